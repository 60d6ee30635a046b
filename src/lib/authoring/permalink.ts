/**
 * Readable permalinks from Chinese titles, so an editor does not have to invent English names: the
 * title's pinyin without tones, a hyphen between syllables, shortened to its first few syllables
 * (营口市信用办将公益性信用修复纳入常态 → xin-yong-ban-gong-yi-xing-xin-yong). An editor may still rename
 * the file before the issue is published; after that the address must not change.
 */
import { pinyin } from 'pinyin-pro';

/** The place every item is about, and dates that open short items, say nothing about one item. */
const LEADING_NOISE =
  /^(?:(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚)?[，,、]?|近日[，,]?|日前[，,]?|营口市|我市|全市)+/u;
/** Words that carry no meaning in a short name. */
const FILLER = new Set(['的', '了', '和', '与', '及', '将', '对', '在', '于', '把', '为', '由', '之']);

export interface PermalinkOptions {
  /** At most this many syllables (or ASCII words); the name stays short in an address. */
  maxWords?: number;
  /** Names already used where this one must be unique; `-2`, `-3`… is added on a clash. */
  taken?: ReadonlySet<string>;
  /** The name when the text has nothing to read (no Han or ASCII letters or digits). */
  fallback: string;
}

/** `xin-yong-ban-…` from a title or label: lower-case ASCII letters and digits between hyphens. */
export function permalinkFrom(text: string, { maxWords = 8, taken = new Set(), fallback }: PermalinkOptions): string {
  const meaningful = text.trim().replace(LEADING_NOISE, '') || text.trim();
  const words = [...meaningful]
    .filter((char) => !FILLER.has(char))
    .join('')
    // Whole runs of Han characters, so a character read two ways is read as in its word (银行 yin-hang).
    .split(/(\p{Script=Han}+)/u)
    .flatMap((part) =>
      /\p{Script=Han}/u.test(part)
        ? pinyin(part, { toneType: 'none', v: true, type: 'array' })
        : part.split(/[^A-Za-z0-9]+/),
    )
    .map((word) => word.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, maxWords);
  const base = words.join('-') || fallback;
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
