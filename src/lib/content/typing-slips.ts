/**
 * The slips a Chinese input method makes in JSON and YAML: a full-width colon, comma, quote or space
 * typed where the format needs the ASCII one, a trailing comma, a thousands comma inside a number.
 * Each is named with its place, so an editor is told what to change instead of "格式有误".
 */

export interface TypingSlip {
  /** Character offset of the slip in the text it was found in. */
  offset: number;
  /** What the slip is and how to fix it, in Chinese. */
  message: string;
  /** The slip as typed, quoted. */
  found: string;
}

const JSON_SLIPS: Record<string, string> = {
  '“': '用了中文引号“”：JSON 的字段名和文字要用英文双引号 " 括起来（文字里面的中文引号不受影响）',
  '”': '用了中文引号“”：JSON 的字段名和文字要用英文双引号 " 括起来（文字里面的中文引号不受影响）',
  '‘': '用了中文单引号‘’：JSON 的字段名和文字要用英文双引号 " 括起来',
  '’': '用了中文单引号‘’：JSON 的字段名和文字要用英文双引号 " 括起来',
  '，': '用了中文逗号“，”：JSON 里各项之间要用英文逗号 ,',
  '：': '用了中文冒号“：”：JSON 的字段名后面要用英文冒号 :',
  '\u3000': '这里有一个全角空格：JSON 里引号以外只能用半角空格，请删掉它或换成半角空格',
};

/** The text around an offset, quoted, with a full-width space made visible. */
function quoteAround(text: string, offset: number): string {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset + 20).split('\n')[0]!;
  return `“${line.trim().slice(0, 40).replaceAll('\u3000', '［全角空格］')}”`;
}

/**
 * The first typing slip outside the strings of a JSON text that does not parse. Inside strings every
 * character is text, so Chinese punctuation there is left alone.
 */
export function jsonTypingSlip(text: string): TypingSlip | undefined {
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset]!;
    if (inString) {
      if (char === '\\') offset++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      continue;
    }
    const slip = JSON_SLIPS[char];
    if (slip) return { offset, message: slip, found: quoteAround(text, offset) };
    if (char === ',') {
      const next = /^\s*([\]}])/.exec(text.slice(offset + 1));
      if (next)
        return {
          offset,
          message: `最后一项后面多了一个逗号：“${next[1]}”前面的最后一项后面不要逗号，请删掉这个逗号`,
          found: quoteAround(text, offset),
        };
      // JSON reads 1,234 as two numbers, but 1,034 stops it: a number cannot start with 0.
      const grouped = /(\d),(0\d{2})(?!\d)/.exec(text.slice(offset - 1, offset + 5));
      if (grouped && grouped.index === 0)
        return {
          offset,
          message: `数字里不要加千分位逗号：这里的“${grouped[1]},${grouped[2]}”像是一个数字，应连写（如 1034）`,
          found: quoteAround(text, offset),
        };
    }
  }
  return undefined;
}

/** A key as the YAML of front matter reads it: letters, digits, - and _. */
const KEY = /^([ \t\u3000]*)([A-Za-z_][\w-]*)([ \t\u3000]*)([:：])([ \t\u3000]*)/;

/** The slip of one front-matter line, with its 0-based column; undefined when the line is fine. */
function frontMatterLineSlip(line: string): { column: number; message: string } | undefined {
  const match = KEY.exec(line);
  if (!match) {
    const indent = /^[ \t]*\u3000/.exec(line);
    return indent
      ? {
          column: indent[0].length - 1,
          message: '行首有一个全角空格：属性区的缩进只能用半角空格，请删掉它或换成半角空格',
        }
      : undefined;
  }
  const [, indent, key, beforeColon, colon, afterColon] = match as unknown as string[];
  if (indent!.includes('\u3000'))
    return {
      column: indent!.indexOf('\u3000'),
      message: `“${key}”前面有一个全角空格：属性区的缩进只能用半角空格，请删掉它或换成半角空格`,
    };
  if (colon === '：')
    return {
      column: indent!.length + key!.length + beforeColon!.length,
      message: `“${key}”后面用了中文冒号“：”：属性名后面要用英文冒号加一个半角空格，写作“${key}: ”`,
    };
  if (beforeColon!.includes('\u3000') || afterColon!.startsWith('\u3000'))
    return {
      column: line.indexOf('\u3000'),
      message: `“${key}”的冒号旁边有一个全角空格：属性名的冒号后面要用半角空格，写作“${key}: ”`,
    };
  return undefined;
}

/**
 * The first typing slip in the YAML of a front matter, with its 1-based line and column within that
 * YAML. Only key lines are read, so a full-width colon inside a value (标题：副标题) is not a slip.
 */
export function frontMatterTypingSlip(
  yaml: string,
): { line: number; column: number; message: string; found: string } | undefined {
  const lines = yaml.split('\n');
  for (const [index, line] of lines.entries()) {
    const slip = frontMatterLineSlip(line);
    if (slip)
      return {
        line: index + 1,
        column: slip.column + 1,
        message: slip.message,
        found: `“${line.trim().slice(0, 40).replaceAll('\u3000', '［全角空格］')}”`,
      };
  }
  return undefined;
}
