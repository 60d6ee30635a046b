import { describe, expect, it } from 'vitest';
import { parseFrontMatter, parseJsonText } from '../../../src/lib/content/file-text.ts';

/** The problem parseJsonText gives for a text that does not parse. */
function jsonProblem(text: string) {
  const result = parseJsonText(text, 'content/x.json');
  if (!('problem' in result)) throw new Error('expected a problem');
  return result.problem;
}

function frontMatterProblem(yaml: string) {
  const result = parseFrontMatter(`---\n${yaml}\n---\n正文。\n`, 'a.mdx');
  if (!('problem' in result)) throw new Error('expected a problem');
  return result.problem;
}

describe('JSON typing slips are named and pointed at', () => {
  it.each([
    ['Chinese quotes around a value', '{\n  "title": “汇总表”\n}', 2, 12, '中文引号'],
    ['a Chinese quote around a key', '{\n  “title": "汇总表"\n}', 2, 3, '中文引号'],
    ['a full-width comma', '{\n  "a": 1，\n  "b": 2\n}', 2, 9, '中文逗号“，”'],
    ['a full-width colon', '{\n  "a"：1\n}', 2, 6, '中文冒号“：”'],
    ['a full-width space', '{\n  "a": 1,\u3000"b": 2\n}', 2, 10, '全角空格'],
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, '最后一项后面多了一个逗号'],
    ['a trailing comma in an array', '{\n  "a": [1, 2,]\n}', 2, 13, '最后一项后面多了一个逗号'],
    ['a thousands comma JSON rejects', '{\n  "cells": [1,034, 5]\n}', 2, 14, '数字里不要加千分位逗号'],
  ])('%s', (_name, text, line, column, named) => {
    expect(jsonProblem(text)).toMatchObject({
      line,
      column,
      message: expect.stringMatching(new RegExp(`^JSON 格式有误，文件无法读取：.*${named}`)),
    });
  });

  it('leaves Chinese punctuation inside strings alone', () => {
    expect(parseJsonText('{"title": "关于“信用”，见：附件"}', 'x.json')).toEqual({
      value: { title: '关于“信用”，见：附件' },
    });
    // A plain missing comma still gets the general message.
    expect(jsonProblem('{\n  "a": "“x”"\n  "b": 2\n}').message).toContain('是否缺少逗号');
  });
});

describe('front matter typing slips are named and pointed at', () => {
  it.each([
    [
      'a full-width colon after a key',
      'kind: article\ntitle：食品安全\nsection: 国家政策',
      3,
      6,
      '“title”后面用了中文冒号“：”',
    ],
    ['a full-width colon on the first line', 'title：食品安全\nkind: article', 2, 6, '中文冒号'],
    ['a full-width space after the colon', 'kind:\u3000article\ntitle: x', 2, 6, '全角空格'],
    // This one parses, as the key "　title"; it is caught all the same.
    ['a full-width space before a key', 'kind: article\n\u3000title: x', 3, 1, '全角空格'],
  ])('%s', (_name, yaml, line, column, named) => {
    expect(frontMatterProblem(yaml)).toMatchObject({ line, column, message: expect.stringContaining(named) });
  });

  it('leaves a full-width colon inside a value alone', () => {
    expect(parseFrontMatter('---\nkind: article\ntitle: 关于：副标题\n---\n正文', 'a.mdx')).toMatchObject({
      data: { kind: 'article', title: '关于：副标题' },
    });
  });
});
