import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/lib/content/file-text.ts';

describe('front matter is split where Astro splits it', () => {
  it('refuses a closing line that merely starts with --- (Astro ends the front matter there)', () => {
    const text = "---\nkind: article\ntitle: 标题\n---x: 1\nexport const a = await import('node:fs')\n---\n正文\n";
    expect(parseFrontMatter(text, 'a.mdx')).toMatchObject({ problem: { line: 4, found: '“---x: 1”' } });
  });
  it('refuses text after the opening ---', () => {
    expect(parseFrontMatter('---kind: article\ntitle: 标题\n---\n正文', 'a.mdx')).toMatchObject({
      problem: { line: 1 },
    });
  });
  it('refuses TOML front matter, which Astro would read', () => {
    expect(parseFrontMatter('+++\nkind = "article"\n+++\n正文', 'a.mdx')).toMatchObject({ problem: { line: 1 } });
  });
  it('reads front matter after blank lines as Astro does, with the file’s line numbers', () => {
    const doc = parseFrontMatter('\n\n---\nkind: article\n---\n正文\n', 'a.mdx');
    expect(doc).toEqual({ data: { kind: 'article' }, body: '正文\n', bodyStartLine: 6 });
  });
  it('keeps trailing blanks after the closing --- acceptable', () => {
    expect(parseFrontMatter('---\nkind: article\n---  \n正文', 'a.mdx')).toMatchObject({
      body: '正文',
      bodyStartLine: 4,
    });
  });
  it('counts YAML error lines from the opening ---', () => {
    expect(parseFrontMatter('\n---\nkind: article\ntitle: [标题\n---\n正文', 'a.mdx')).toMatchObject({
      problem: { line: 4 },
    });
  });
});
