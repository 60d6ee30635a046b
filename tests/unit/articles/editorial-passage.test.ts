/**
 * Editorial notes are placed by one function (articles/editorial-passage.ts) for both the content check and the
 * build's remark plugin, on the same Markdown tree: whatever validation accepts, the site shows, and a
 * note the site cannot show fails validation, then the build, never silently.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import type { EditorialNote } from '../../../src/lib/articles/schema.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { placeEditorialNotes } from '../../../src/lib/articles/editorial-passage.ts';
import { parseMdxBody } from '../../../src/lib/content/mdx-body.ts';
import { remarkEditorialNotes } from '../../../src/integrations/remark/editorial-notes.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { PROJECT_ROOT } from '../../support/content-fixture.ts';

const note = (original: string): EditorialNote => ({ original, reading: original, note: '说明。' });
const FILE = '/content/issues/2020-03/articles/01-civil-servant-credit-check.mdx';

/** What validation says about the notes of a body: the reasons, one per note it cannot place. */
function validationReasons(body: string, notes: EditorialNote[]): string[] {
  return placeEditorialNotes(parseMdxBody(body), notes, 'a').map((p) => p.reason);
}

/** Whether the build's remark plugin places every note, on the tree the build parses. */
function pluginPlacesAll(body: string, notes: EditorialNote[]): boolean {
  const tree = parseMdxBody(body);
  try {
    remarkEditorialNotes()(tree, { path: FILE, data: { astro: { frontmatter: { editorialNotes: notes } } } });
    return true;
  } catch {
    return false;
  }
}

describe('validation and the build agree on every note', () => {
  const cases: Array<[string, string, string[], string | null]> = [
    ['a passage in one paragraph', '第一段。\n\n要发挥重要表率 and 导向作用。', ['表率 and 导向'], null],
    ['a passage across a soft line break', '要发挥重要表率\nand 导向作用。', ['表率and 导向'], '换了行'],
    ['the same passage with its line break', '要发挥重要表率\nand 导向作用。', ['表率\nand 导向'], null],
    [
      'a passage across a web address, which GFM makes a link',
      '请登录 www.creditchina.gov.cn 查询。',
      ['登录 www.creditchina.gov.cn 查询'],
      '链接',
    ],
    ['a passage across bold text', '重要**表率** and 导向', ['重要表率'], '格式'],
    ['a passage with escaped characters, read as printed', '公式 \\{a\\} 与 a\\<b 成立', ['{a} 与 a<b'], null],
    ['a passage with a character reference, read as printed', 'A&amp;B 两家企业', ['A&B'], null],
    ['a passage printed twice', '重要表率。\n\n又是重要表率。', ['重要表率'], '只出现一次'],
    ['a passage in a list item', '- 列表中的重要表率', ['重要表率'], '列表'],
    ['a passage that is not there', '正文。', ['别的文字'], '一字不差'],
  ];

  it.each(cases)('%s', (_name, body, originals, reason) => {
    const notes = originals.map(note);
    const reasons = validationReasons(body, notes);
    if (reason === null) expect(reasons).toEqual([]);
    else expect(reasons).toEqual([expect.stringContaining(reason)]);
    expect(pluginPlacesAll(body, notes)).toBe(reasons.length === 0);
  });

  it('places notes in order, so a second note inside the first one’s passage fails in both', () => {
    const notes = [note('重要表率 and 导向作用'), note('and')];
    expect(validationReasons('要发挥重要表率 and 导向作用。', notes)).toHaveLength(1);
    expect(pluginPlacesAll('要发挥重要表率 and 导向作用。', notes)).toBe(false);
  });
});

describe('the build’s remark plugin', () => {
  async function render(markdown: string, editorialNotes: EditorialNote[]) {
    const processor = await createMarkdownProcessor({
      remarkPlugins: [remarkEditorialNotes],
      gfm: true,
      smartypants: false,
    });
    return processor.render(markdown, { frontmatter: { editorialNotes }, fileURL: new URL(`file://${FILE}`) });
  }

  it('fails, naming the file and the note, when a note cannot be marked (it used to vanish from the page)', async () => {
    const rendering = render('要发挥政务诚信的重要表率\nand 导向作用。', [
      note('重要表率 and 导向作用'),
      note('表率and 导向'),
    ]);
    await expect(rendering).rejects.toThrow(FILE);
    await expect(rendering).rejects.toThrow(
      /editorialNotes\[0\]\.original “重要表率 and 导向作用”：编者注的“原文”在正文中找不到/,
    );
    await expect(rendering).rejects.toThrow(
      /editorialNotes\[1\]\.original “表率and 导向”：编者注的“原文”在正文中找不到：正文在这段文字中间换了行/,
    );
  });

  it('marks a passage that includes the line break, as validation accepts it', async () => {
    const { code } = await render('要发挥政务诚信的重要表率\nand 导向作用。', [note('表率\nand 导向')]);
    expect(code).toContain(
      '<mark class="editorial-original" id="civil-servant-credit-check-note-1-passage">表率\nand 导向</mark>',
    );
  });
});

describe('validateContent', () => {
  const real = readContentSnapshot(`${PROJECT_ROOT}/content`);
  const PATH = 'issues/2020-03/articles/01-civil-servant-credit-check.mdx';
  const edited = (edit: (text: string) => string) => ({
    rootLabel: 'content',
    files: real.files.map((f) => (f.path === PATH ? { ...f, text: edit(f.text) } : f)),
  });

  it('reports a note whose passage runs across a line break of the body, which the site could not mark', () => {
    const { errors } = validateContent(
      edited((text) =>
        text
          .replace('original: "重要表率 and 导向作用"', 'original: "表率and 导向"')
          .replace('重要表率 and 导向作用。', '重要表率\nand 导向作用。'),
      ),
    );
    expect(errors).toEqual([
      {
        file: `content/${PATH}`,
        place: 'editorialNotes[0].original',
        message:
          '编者注的“原文”在正文中找不到：正文在这段文字中间换了行（网页上显示为一个空格），原文与它不一致；请把正文中这一处接成一行（删去换行），或从换行的前面或后面摘取原文',
        found: '“表率and 导向”',
      },
    ]);
  });

  it('accepts the real notes, which the site marks', () => {
    expect(validateContent(real).errors).toEqual([]);
  });
});
