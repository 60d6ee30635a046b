import { describe, expect, it } from 'vitest';
import { findMdxHazards, lineColumnAt, parseFrontMatter, parseJsonText } from '../../src/lib/source-text.ts';

describe('JSON syntax errors name the line and column', () => {
  it.each([
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 3, 1],
    ['a trailing comma in an array', '{\n  "a": [1, 2,]\n}', 2, 14],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['an unclosed object', '{\n  "a": 1\n', 3, 1],
    ['a full-width comma', '{\n  "a": 1，\n  "b": 2\n}', 2, 9],
  ])('%s', (_name, text, line, column) => {
    const result = parseJsonText(text, 'content/x.json');
    expect('problem' in result && result.problem).toMatchObject({ file: 'content/x.json', line, column, message: expect.stringContaining('JSON 格式有误') });
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
    expect(parseFrontMatter('正文。', 'a.mdx')).toMatchObject({ problem: { line: 1, message: expect.stringContaining('属性区') } });
  });
  it('reports YAML errors at their line in the file', () => {
    expect(parseFrontMatter('---\nkind: article\ntitle: [标题\n---\n正文', 'a.mdx')).toMatchObject({ problem: { line: 3, column: 11 } });
  });
});

describe('MDX hazards', () => {
  it('finds braces and stray angle brackets with their line', () => {
    expect(findMdxHazards('第一行\n数量{300}家\n<br>', 5, 'a.mdx').map((p) => [p.line, p.column])).toEqual([[6, 3], [7, 1]]);
    expect(findMdxHazards('转义的 \\{ 可以', 1, 'a.mdx')).toEqual([]);
  });
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
