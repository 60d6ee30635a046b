import { hasVisibleText } from '../common/text.ts';
import { z } from 'astro/zod';

/**
 * An editorial note marks a passage whose published text is evidently corrupt. The published text stays
 * as it is; the note shows next to it with a suggested reading.
 */
export const editorialNoteSchema = z.strictObject({
  /** The passage exactly as published; it must occur once in the article's text. */
  original: z.string({ error: '原文应为文字' }).min(1, { error: '原文不能为空' }),
  /** What the passage most likely said. */
  reading: z.string({ error: '建议读法应为文字' }).min(1, { error: '建议读法不能为空' }),
  /** Why: what is wrong with the published text. */
  note: z.string({ error: '说明应为文字' }).min(1, { error: '说明不能为空' }),
});

export const ARTICLE_KINDS = ['article', 'brief'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const KIND_LABELS = { article: '文章', brief: '简讯' } as const satisfies Record<ArticleKind, string>;

const common = {
  /** The section head it was printed under, without brackets: 国家政策. */
  section: z.string({ error: '栏目应为文字，例如 国家政策' }).trim().min(1, { error: '栏目不能为空' }),
  /** The attribution as printed in full-width brackets, without the brackets: 市信用办. */
  source: z
    .string({ error: '来源应为文字，例如 市信用办' })
    .trim()
    .min(1, { error: '来源不能为空' })
    // Each source has its own page, /sources/<来源>/; a slash would split that address in two.
    .refine((source) => !/[/\\]/.test(source), {
      error: '来源中不能有斜杠“/”或“\\”（每个来源有自己的网页，斜杠会使网址出错）；如印刷版确有斜杠，请改用全角“／”',
    }),
  editorialNotes: z.array(editorialNoteSchema).default([]),
};

/**
 * Front matter of an article or short item (MDX). Its issue and printed order come from where the file
 * is (see content/paths.ts), never from a field.
 */
export const articleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('article'),
      /** The headline as printed. */
      title: z
        .string({ error: '文章必须有标题（title）' })
        .trim()
        .min(1, { error: '标题不能为空' })
        // A title of zero-width characters would publish an invisible headline.
        .refine(hasVisibleText, { error: '标题只有空白或看不见的字符（如零宽空格）：请照印刷版填写标题' }),
      ...common,
    }),
    z.strictObject({
      kind: z.literal('brief'),
      /** Short items have no printed title; leave it out and the archive derives one for display. */
      title: z.undefined({ error: '简讯在印刷版中没有标题，请删去 title；网站会自动生成显示用标题' }).optional(),
      /** The bullet it was printed with: ◇ or ☆. */
      marker: z.enum(['◇', '☆'], { error: '简讯标记应为 ◇ 或 ☆' }),
      ...common,
    }),
  ],
  { error: 'kind 应为 article（文章）或 brief（简讯）' },
);

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;
export type EditorialNote = z.output<typeof editorialNoteSchema>;
