import { stripBom } from '../common/text.ts';
import { parse as parseTolerantJson, printParseErrorCode, visit as visitJson, type ParseError } from 'jsonc-parser';
import { load as loadYaml, YAMLException } from 'js-yaml';
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
  const source = stripBom(text);
  // V8's JSON.parse does not recurse, so it reads any nesting; the depth is checked on the value it gives
  // (one walk, which also finds 1e400), and the text is scanned for the bracket only when too deep.
  const tooDeep = (): { problem: ContentProblem } => ({
    problem: {
      file,
      ...lineColumnAt(source, offsetBeyondDepth(source, MAX_JSON_DEPTH) ?? 0),
      message: `括号嵌套太深（超过 ${MAX_JSON_DEPTH} 层），文件无法读取：档案的 JSON 文件只有几层，请检查是否多了括号`,
      detail: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
    },
  });
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    // The second parser below recurses, so a deep file is refused before it is read again.
    if (offsetBeyondDepth(source, MAX_JSON_DEPTH) !== null) return tooDeep();
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
  const shape = walkJsonValue(value, MAX_JSON_DEPTH);
  if (shape === 'too deep') return tooDeep();
  if (shape === 'non-finite') return { problem: { file, ...findHugeNumber(source) } };
  return { value };
}

/** The archive's JSON files nest four or five levels; far deeper only overflows the parsers' stacks. */
const MAX_JSON_DEPTH = 64;

/** The offset of the first bracket that opens level `limit + 1`, outside strings, or null. */
function offsetBeyondDepth(source: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (++depth > limit) return i;
    } else if (char === ']' || char === '}') depth--;
  }
  return null;
}

/**
 * One walk of a parsed JSON value: whether it nests deeper than `limit` containers (each one a bracket
 * of the text, so the same count as offsetBeyondDepth's) or holds a number too large for a double
 * (1e400 parses as Infinity).
 */
function walkJsonValue(value: unknown, limit: number): 'too deep' | 'non-finite' | null {
  let nonFinite = false;
  const walk = (node: unknown, depth: number): boolean => {
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) nonFinite = true;
      return false;
    }
    if (node === null || typeof node !== 'object') return false;
    if (depth > limit) return true;
    if (Array.isArray(node)) {
      for (const item of node) if (walk(item, depth + 1)) return true;
    } else for (const key in node) if (walk((node as Record<string, unknown>)[key], depth + 1)) return true;
    return false;
  };
  if (walk(value, 1)) return 'too deep';
  return nonFinite ? 'non-finite' : null;
}

/** A number JSON.parse turned into Infinity, as typed and where, so the message does not say “null”. */
function findHugeNumber(source: string): Omit<ContentProblem, 'file'> {
  let found: Omit<ContentProblem, 'file'> | null = null;
  visitJson(source, {
    onLiteralValue: (literal: unknown, offset: number, length: number) => {
      if (found || typeof literal !== 'number' || Number.isFinite(literal)) return;
      found = {
        ...lineColumnAt(source, offset),
        message: '数字大得无法表示（JSON 会把它当作无穷大）：请照印刷版填写这个数',
        found: `“${source.slice(offset, offset + Math.min(length, 40))}”`,
        detail: 'number out of range for a double',
      };
    },
  });
  return found ?? { message: '文件中有大得无法表示的数字', detail: 'number out of range for a double' };
}

export interface FrontMatterDocument {
  data: unknown;
  /** The text after the front matter. */
  body: string;
  /** The line on which the body starts, for messages about the body. */
  bodyStartLine: number;
}

/**
 * Astro's own front matter rule (@astrojs/internal-helpers/frontmatter, used by @astrojs/mdx): after
 * optional blank lines, `---` (or TOML's `+++`), then everything up to the first later line that merely
 * starts with `---`. Validation splits a file exactly where Astro does, so both agree on where the body
 * (and any code in it) starts; text Astro would silently move into the body is refused instead.
 */
const ASTRO_FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

const YAML_MESSAGE =
  '属性区（front matter）的 YAML 格式有误：请检查冒号后是否有空格、缩进是否对齐、含冒号的文字是否加了引号';

/** Splits an MDX file into its YAML front matter and body, and parses the YAML. */
export function parseFrontMatter(text: string, file: string): FrontMatterDocument | { problem: ContentProblem } {
  const source = stripBom(text).replace(/\r\n?/g, '\n');
  const astro = ASTRO_FRONT_MATTER.exec(source);
  if (!astro) {
    return {
      problem: {
        file,
        line: 1,
        message: '文件开头应是以 --- 开始、以 --- 结束的属性区（front matter），其中写 kind、title、section、source 等',
        detail: 'missing YAML front matter',
      },
    };
  }
  const openAt = astro[0].length - astro[1]!.length - 6;
  const openLine = source.slice(0, openAt).split('\n').length;
  const closeLine = openLine + astro[1]!.split('\n').length - 1;
  const opening = source.slice(openAt, openAt + 3);
  const closing = astro[0].slice(-3);
  const afterOpening = astro[1]!.slice(0, astro[1]!.indexOf('\n'));
  const afterClosing = source.slice(astro[0].length).split('\n')[0]!;
  const delimiterProblem = (line: number, found: string): { problem: ContentProblem } => ({
    problem: {
      file,
      line,
      message:
        '属性区（front matter）的开始和结束各占一行，只写三个减号 ---，后面不能紧跟其他文字（网站会把其后的文字当作正文甚至程序）',
      found: `“${found.slice(0, 40)}”`,
      detail: 'front matter delimiter line must be exactly ---',
    },
  });
  if (opening !== '---' || afterOpening.trim()) return delimiterProblem(openLine, `${opening}${afterOpening}`);
  if (closing !== '---' || afterClosing.trim()) return delimiterProblem(closeLine, `${closing}${afterClosing}`);
  const yamlText = astro[1]!.slice(afterOpening.length + 1, -1);
  const bodyStart = astro[0].length + afterClosing.length + 1;
  const body = source.slice(Math.min(bodyStart, source.length));
  // Read with the build's own YAML parser (js-yaml, as Astro's front matter helper reads it), which is
  // also several times faster. Only a front matter it refuses, or one with a slipped key, is read again
  // with `yaml`, whose error positions and typing-slip hints the messages give.
  let data: unknown;
  let buildError: YAMLException | undefined;
  try {
    data = loadYaml(yamlText);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    buildError = error;
  }
  if (!buildError && !hasSlippedKey(data)) return { data: data ?? {}, body, bodyStartLine: closeLine + 1 };
  const document = parseDocument(yamlText);
  const error = document.errors[0];
  // A slip can also parse, as a key such as "title：标题" or "　title", so keys are checked too.
  const slip = error || buildError || hasSlippedKey(data) ? frontMatterTypingSlip(yamlText) : undefined;
  if (slip) {
    return {
      problem: {
        file,
        line: slip.line + openLine,
        column: slip.column,
        message: `属性区（front matter）的 YAML 格式有误：${slip.message}`,
        found: slip.found,
        detail: error
          ? error.message.split('\n')[0]
          : buildError
            ? buildError.reason
            : 'full-width character in a front matter key',
      },
    };
  }
  if (error) {
    // The front matter starts on the line after the opening ---.
    const at = error.pos ? lineColumnAt(yamlText, error.pos[0]) : undefined;
    const lineText = at ? yamlText.split('\n')[at.line - 1]?.trim() : undefined;
    return {
      problem: {
        file,
        ...(at ? { line: at.line + openLine, column: at.column } : {}),
        message: YAML_MESSAGE,
        ...(lineText ? { found: `“${lineText.slice(0, 40)}”` } : {}),
        detail: error.message.split('\n')[0],
      },
    };
  }
  // js-yaml refused what `yaml` reads: the build would fail, so it is named with js-yaml's own position.
  if (buildError) {
    const line = buildError.mark ? buildError.mark.line + 1 : undefined;
    const lineText = line ? yamlText.split('\n')[line - 1]?.trim() : undefined;
    return {
      problem: {
        file,
        ...(line && buildError.mark ? { line: line + openLine, column: buildError.mark.column + 1 } : {}),
        message: YAML_MESSAGE,
        ...(lineText ? { found: `“${lineText.slice(0, 40)}”` } : {}),
        detail: buildError.reason || buildError.message.split('\n')[0]!,
      },
    };
  }
  return { data: data ?? {}, body, bodyStartLine: closeLine + 1 };
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
  return `“${chars
    .slice(Math.max(0, index - 15), index + 15)
    .join('')
    .trim()}”`;
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
    const statement = /^(import|export) /.exec(lineText);
    // Most lines have nothing MDX would read as code; only those are looked at character by character.
    if (!statement && !/[<{}]/.test(lineText)) return;
    const line = bodyStartLine + index;
    const chars = [...lineText];
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
