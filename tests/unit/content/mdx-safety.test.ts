import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../../../src/lib/content/mdx-body.ts';
import { findUnsafeContent, mayHoldUnsafeContent } from '../../../src/lib/content/mdx-safety.ts';
import { parseFrontMatter } from '../../../src/lib/content/file-text.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';

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

/** Node types the rule looks at, or that only MDX's code syntax makes. */
const LOOKED_AT =
  /^(link|linkReference|image|imageReference|definition|footnoteReference|footnoteDefinition|html|mdx.*)$/;
function typesIn(node: { type: string; children?: unknown[] }): string[] {
  return [node.type, ...(node.children ?? []).flatMap((child) => typesIn(child as typeof node))];
}

describe('which bodies validation parses (mayHoldUnsafeContent)', () => {
  const fixtureBodies = readContentSnapshot('tests/fixtures/archive')
    .files.filter((f) => f.path.endsWith('.mdx'))
    .map((f) => parseFrontMatter(f.text, f.path))
    .flatMap((d) => ('body' in d ? [d.body] : []));
  const constructs = [
    '[点此](javascript:alert(1))',
    '[点此][1]\n\n[1]: javascript:alert(1)',
    '![x](https://tracker.example/p.gif)',
    '![](../images/a.jpg)',
    '见注释[^1]。\n\n[^1]: 注释',
    '网址 www.creditchina.gov.cn 可查',
    '网址 WWW.creditchina.gov.cn 可查',
    '网址 https://xn--a.example/ 可查',
    '网址 ftp://example.org/ 可查',
    '邮箱 xinyong@yingkou.gov.cn 联系',
    "export const fs = await import('node:fs')",
    "import fs from 'node:fs'",
    '正文\\<b>',
    '正文\\{x\\}',
    '<script>alert(1)</script>',
    '正文{process.exit(1)}',
  ];

  it('parses every body whose tree has a link, image, definition, footnote or code', () => {
    for (const body of [...fixtureBodies, ...constructs]) {
      const looked = typesIn(parseMdxBody(body) as never).filter((type) => LOOKED_AT.test(type));
      if (looked.length) expect({ body, parsed: mayHoldUnsafeContent(body) }).toEqual({ body, parsed: true });
    }
  });

  it('every body the rule refuses is parsed', () => {
    const refused = constructs.filter((body) => check(body).length > 0);
    expect(refused.length).toBeGreaterThan(5);
    for (const body of refused) expect({ body, parsed: mayHoldUnsafeContent(body) }).toEqual({ body, parsed: true });
  });

  it('leaves plain text unparsed: most of the bulletin', () => {
    const plain = fixtureBodies.filter((body) => !mayHoldUnsafeContent(body));
    expect(plain.length).toBeGreaterThan(fixtureBodies.length / 2);
    for (const body of plain) expect(check(body)).toEqual([]);
    expect(mayHoldUnsafeContent('2020年10月，市信用办：开展“信用修复”培训（第1期）。\n\n- 一是…\n\n**二是**')).toBe(
      false,
    );
  });
});
