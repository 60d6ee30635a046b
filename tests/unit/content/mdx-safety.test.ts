import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../../../src/lib/content/mdx-body.ts';
import { findUnsafeContent } from '../../../src/lib/content/mdx-safety.ts';

const PATH = 'issues/2020-03/articles/04-credit-repair-training.mdx';
const check = (body: string) => findUnsafeContent(parseMdxBody(body), PATH, 10);

describe('the build’s rule for an article body’s syntax tree', () => {
  it('accepts plain text, site links, outside https links and an issue image', () => {
    expect(
      check('正文[信用中国](https://www.creditchina.gov.cn/)与[上一篇](../x/)。\n\n![培训现场](../images/a.jpg)\n'),
    ).toEqual([]);
  });

  it.each([
    ['an inline link', '[点此](javascript:alert(1))'],
    ['an entity-encoded scheme', '[点此](jav&#x61;script:alert(1))'],
    ['a decimal entity', '[点此](&#106;avascript:alert(1))'],
    ['a reference definition', '[点此][1]\n\n[1]: javascript:alert(1)'],
    ['a data URL', '[点此](data:text/html;base64,PHNjcmlwdD4=)'],
  ])('refuses %s, with its line in the file', (_, body) => {
    const problems = check(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({
      message: expect.stringContaining('链接'),
      found: expect.stringMatching(/^“(javascript|data):/),
    });
    expect(problems[0]!.line).toBeGreaterThan(10);
  });

  it.each([
    ['a remote image', '![x](https://tracker.example/p.gif)'],
    ['a remote image by reference', '![x][p]\n\n[p]: https://tracker.example/p.gif'],
    ['an image without alt text', '![](../images/a.jpg)'],
  ])('refuses %s', (_, body) => {
    expect(check(body).some((p) => /图片/.test(p.message))).toBe(true);
  });

  it.each([
    ['an ESM export', "export const fs = await import('node:fs')\n\n正文"],
    ['an import', "import fs from 'node:fs'\n\n正文"],
    ['JSX', '<script>alert(1)</script>'],
    ['an expression', '正文{process.exit(1)}'],
    ['a flow expression', '{globalThis.fetch("https://x")}'],
  ])('refuses %s as code', (_, body) => {
    const problems = check(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('程序代码');
    expect(problems[0]!.line).toBe(11);
  });
});
