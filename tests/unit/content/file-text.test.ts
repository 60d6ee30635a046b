import { describe, expect, it } from 'vitest';
import { findMdxHazards, lineColumnAt, parseFrontMatter, parseJsonText } from '../../../src/lib/content/file-text.ts';

describe('JSON syntax errors name the line and column', () => {
  it.each([
    // A trailing comma is pointed at itself, the character to delete.
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 2, 9],
    ['a trailing comma in an array', '{\n  "a": [1, 2,]\n}', 2, 13],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['an unclosed object', '{\n  "a": 1\n', 3, 1],
    ['a full-width comma', '{\n  "a": 1，\n  "b": 2\n}', 2, 9],
  ])('%s', (_name, text, line, column) => {
    const result = parseJsonText(text, 'content/x.json');
    expect('problem' in result && result.problem).toMatchObject({
      file: 'content/x.json',
      line,
      column,
      message: expect.stringContaining('JSON 格式有误'),
    });
  });

  it('parses good JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, null]}', 'x.json')).toEqual({ value: { a: [1, null] } });
  });
});

describe('front matter', () => {
  it('splits YAML from the body and says where the body starts', () => {
    const doc = parseFrontMatter('---\nkind: article\ntitle: 标题\n---\n\n正文。\n', 'a.mdx');
    expect(doc).toEqual({ data: { kind: 'article', title: '标题' }, body: '\n正文。\n', bodyStartLine: 5 });
  });
  it('reports a file without front matter', () => {
    expect(parseFrontMatter('正文。', 'a.mdx')).toMatchObject({
      problem: { line: 1, message: expect.stringContaining('属性区') },
    });
  });
  it('reports YAML errors at their line in the file', () => {
    expect(parseFrontMatter('---\nkind: article\ntitle: [标题\n---\n正文', 'a.mdx')).toMatchObject({
      problem: { line: 3, column: 11 },
    });
  });
  it('reads YAML as the build does (js-yaml): what only the build would refuse is refused, at its line', () => {
    // `yaml` reads an unknown tag as plain text; Astro's js-yaml stops the build on it.
    expect(parseFrontMatter('---\nkind: article\ntitle: !foo 标题\n---\n正文', 'a.mdx')).toMatchObject({
      problem: { line: 3, column: 15, found: '“title: !foo 标题”', detail: 'unknown tag !<!foo>' },
    });
    // An alias to no anchor is a problem, not a crash.
    expect(parseFrontMatter('---\nkind: article\ntitle: *x\n---\n正文', 'a.mdx')).toMatchObject({
      problem: { line: 3, message: expect.stringContaining('YAML 格式有误') },
    });
    // A date is a date to the build, so the schema sees what the build's schema will.
    expect(parseFrontMatter('---\ntitle: 2020-10-01\n---\n正文', 'a.mdx')).toMatchObject({
      data: { title: new Date('2020-10-01') },
    });
  });
});

describe('MDX hazards', () => {
  const places = (body: string) => findMdxHazards(body, 1, 'a.mdx').map((p) => [p.line, p.column]);

  it('finds every brace and angle bracket with its line and column', () => {
    expect(findMdxHazards('第一行\n数量{300}家\n<br>', 5, 'a.mdx').map((p) => [p.line, p.column])).toEqual([
      [6, 3],
      [6, 7],
      [7, 1],
    ]);
    expect(findMdxHazards('转义的 \\{ 可以', 1, 'a.mdx')).toEqual([]);
  });

  // Each of these passed the old check and then stopped `npm run build` with an English compiler error.
  it.each([
    ['a self-closing component', '见附件<Foo />。', [[1, 4]]],
    ['a closing tag', '加粗</b>结束', [[1, 3]]],
    ['< before a capital letter', '指数A<B时', [[1, 4]]],
    [
      'a component at the start of a line',
      '第一段\n<Chart data={x} />',
      [
        [2, 1],
        [2, 13],
        [2, 15],
      ],
    ],
  ])('flags %s', (_name, body, expected) => {
    expect(places(body)).toEqual(expected);
  });

  it('flags a line that starts with import or export, which MDX reads as JavaScript', () => {
    const problems = findMdxHazards('正文。\n\nimport Foo from "./foo"\n\nexport const a = 1', 10, 'a.mdx');
    expect(problems.map((p) => [p.line, p.column, p.found])).toEqual([
      [12, 1, '“import Foo from "./foo"”'],
      [14, 1, '“export const a = 1”'],
    ]);
    expect(problems[0]!.message).toContain('在行首加一个空格');
    expect(places('文中提到 import 一词\n important 不是\nexporter 也不是\nImport 大写不算')).toEqual([]);
  });

  it('gives the fix in Chinese: a backslash or the full-width character', () => {
    const [brace, angle] = findMdxHazards('{ <', 1, 'a.mdx');
    expect(brace!.message).toBe(
      '正文中的“{”在 MDX 里有特殊含义（表达式），网站无法生成：如要原样显示，请写成 \\{（前加反斜杠），或改用全角的“｛”',
    );
    expect(angle!.message).toContain('请写成 \\<（前加反斜杠），或改用全角的“＜”');
  });

  it('accepts the escaped forms, but not a brace after an escaped backslash', () => {
    expect(places('写成 \\<Foo />、\\{x\\} 和 \\</b>')).toEqual([]);
    expect(places('反斜杠 \\\\{x}')).toEqual([
      [1, 7],
      [1, 9],
    ]);
    expect(places('全角 ＜Foo /＞ ｛x｝')).toEqual([]);
  });
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
