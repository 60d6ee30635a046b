import { stripBom } from '../common/text.ts';
import { parse as parseTolerantJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import type { ContentProblem } from './problem.ts';
import { frontMatterTypingSlip, jsonTypingSlip } from './typing-slips.ts';

/** 1-based line and column of a character offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * Parses a JSON file's text. A syntax error becomes a problem with the line and column where the
 * parser stopped, so an editor can go straight there.
 */
export function parseJsonText(text: string, file: string): { value: unknown } | { problem: ContentProblem } {
  try {
    return { value: JSON.parse(stripBom(text)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 names the position for some errors only ("Unexpected token ']'" has none), so a second,
    // strict parser that always reports offsets finds where the editor should look.
    const located: ParseError[] = [];
    parseTolerantJson(text, located, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const position = /position (\d+)/.exec(reason);
    const slip = jsonTypingSlip(text);
    const offset = slip?.offset ?? (position ? Number(position[1]) : located[0]?.offset);
    const at = offset === undefined ? undefined : lineColumnAt(text, offset);
    return {
      problem: {
        file,
        ...(at ?? {}),
        message: `JSON 格式有误，文件无法读取：${slip?.message ?? '请检查这一处附近是否缺少逗号、引号或括号，或多了一个逗号'}`,
        ...(slip ? { found: slip.found } : {}),
        detail: located[0] ? `${reason} (${printParseErrorCode(located[0].error)})` : reason,
      },
    };
  }
}

export interface FrontMatterDocument {
  data: unknown;
  /** The text after the front matter. */
  body: string;
  /** The line on which the body starts, for messages about the body. */
  bodyStartLine: number;
}

/** Splits an MDX file into its YAML front matter and body, and parses the YAML. */
export function parseFrontMatter(text: string, file: string): FrontMatterDocument | { problem: ContentProblem } {
  const source = stripBom(text).replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (!match) {
    return {
      problem: {
        file,
        line: 1,
        message: '文件开头应是以 --- 开始、以 --- 结束的属性区（front matter），其中写 kind、title、section、source 等',
        detail: 'missing YAML front matter',
      },
    };
  }
  const document = parseDocument(match[1]!);
  const error = document.errors[0];
  // A slip can also parse, as a key such as "title：标题" or "　title", so keys are checked too.
  const slip = error || hasSlippedKey(document.toJS()) ? frontMatterTypingSlip(match[1]!) : undefined;
  if (slip) {
    return {
      problem: {
        file,
        line: slip.line + 1,
        column: slip.column,
        message: `属性区（front matter）的 YAML 格式有误：${slip.message}`,
        found: slip.found,
        detail: error ? error.message.split('\n')[0] : 'full-width character in a front matter key',
      },
    };
  }
  if (error) {
    // The front matter starts on the file's second line, after the opening ---.
    const at = error.pos ? lineColumnAt(match[1]!, error.pos[0]) : undefined;
    const lineText = at ? match[1]!.split('\n')[at.line - 1]?.trim() : undefined;
    return {
      problem: {
        file,
        ...(at ? { line: at.line + 1, column: at.column } : {}),
        message: '属性区（front matter）的 YAML 格式有误：请检查冒号后是否有空格、缩进是否对齐、含冒号的文字是否加了引号',
        ...(lineText ? { found: `“${lineText.slice(0, 40)}”` } : {}),
        detail: error.message.split('\n')[0],
      },
    };
  }
  const body = source.slice(match[0].length);
  return { data: document.toJS() ?? {}, body, bodyStartLine: match[0].split('\n').length };
}

/** Whether an object parsed from YAML has a key with a full-width colon or space in it. */
function hasSlippedKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, inner]) => /[：\u3000]/.test(key) || hasSlippedKey(inner));
}

const FULL_WIDTH: Record<string, string> = { '<': '＜', '{': '｛', '}': '｝' };

/** Characters a backslash escapes in Markdown (CommonMark: any ASCII punctuation). */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** The text around a position of a line, for the `found` of a problem. */
function around(chars: readonly string[], index: number): string {
  return `“${chars.slice(Math.max(0, index - 15), index + 15).join('').trim()}”`;
}

/**
 * What MDX reads as code rather than text: every `<` (JSX), `{` and `}` (expressions) not escaped with
 * a backslash, and a line starting with `import ` or `export ` (a JavaScript import or export). The
 * bulletin uses no components, so in its text these are always meant literally, and left as they are
 * they stop the build with an English compiler error. Each one is named with its line and column.
 */
export function findMdxHazards(body: string, bodyStartLine: number, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  body.split('\n').forEach((lineText, index) => {
    const line = bodyStartLine + index;
    const chars = [...lineText];
    const statement = /^(import|export) /.exec(lineText);
    if (statement) {
      problems.push({
        file,
        line,
        column: 1,
        message: `以“${statement[1]} ”开头的行在 MDX 里会被当作程序代码（导入或导出），网站无法生成：如这是正文，请在行首加一个空格（不会显示），或改写这一行，使它不以这个英文词开头`,
        found: `“${chars.slice(0, 30).join('').trim()}”`,
        detail: `MDX would parse a line starting with "${statement[1]} " as an ES module ${statement[1]}`,
      });
    }
    for (let column = 0; column < chars.length; column++) {
      const char = chars[column]!;
      if (char === '\\' && ESCAPABLE.test(chars[column + 1] ?? '')) {
        column++; // The escaped character is text.
        continue;
      }
      if (!(char in FULL_WIDTH)) continue;
      problems.push({
        file,
        line,
        column: column + 1,
        message: `正文中的“${char}”在 MDX 里有特殊含义（${char === '<' ? '标签' : '表达式'}），网站无法生成：如要原样显示，请写成 \\${char}（前加反斜杠），或改用全角的“${FULL_WIDTH[char]}”`,
        found: around(chars, column),
        detail: `MDX would parse “${char}” as ${char === '<' ? 'JSX' : 'an expression'}; escape it as \\${char}`,
      });
    }
  });
  return problems;
}
