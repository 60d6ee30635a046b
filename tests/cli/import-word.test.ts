/**
 * `npm run import` on the office's Word file: a .docx generated from the fixture archive's 2020-3
 * (tests/support/docx-bulletin.ts), and the same converted to Word's old .doc by LibreOffice, each
 * imported into an archive without that issue. Needs LibreOffice (`libreoffice-writer-nogui`; `.ci/run`
 * installs it) for the .doc.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE, STACK_TRACE, runScript } from '../support/content-fixture.ts';
import { bulletinDocx } from '../support/docx-bulletin.ts';

const work = mkdtempSync(join(tmpdir(), 'bulletin-word-'));
const DOCX = join(work, '营口信用简报2020-3.docx');
const COMMITTED = join(FIXTURE_ARCHIVE, 'issues/2020-03');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  writeFileSync(DOCX, await bulletinDocx(COMMITTED));
});

let archives = 0;
function emptyArchive(): string {
  const dir = join(work, `archive-${++archives}`);
  cpSync(join(FIXTURE_ARCHIVE, 'sections.json'), join(dir, 'sections.json'));
  return dir;
}

/** The imported issue's tables and articles, by printed order, to compare with the committed ones. */
function tableRows(content: string): unknown[] {
  const folder = join(content, 'issues/2020-03/tables');
  return readdirSync(folder)
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')).rows);
}
const committedRows = () => tableRows(FIXTURE_ARCHIVE);

describe('npm run import on a Word file', { timeout: 120_000 }, () => {
  it('imports the .docx: 15 files, the tables cell for cell, and the result validates', () => {
    const content = emptyArchive();
    const run = runScript('scripts/import.ts', [DOCX], { ARCHIVE_CONTENT_DIR: content });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已导入 〔2020〕第3期 总第10期');
    expect(run.stdout).toContain('写入了 15 个文件');
    // Word kept every cell in its column: nothing was moved back, and places are paragraphs, not lines.
    expect(run.stdout).not.toContain('已归位');
    expect(run.stdout).toMatch(/原文第 \d+ 段 · 部门名称“市场监督管理局”/);
    expect(tableRows(content)).toEqual(committedRows());
    expect(runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: content }).status).toBe(0);
  });

  it('imports a .doc through LibreOffice, with the same result', () => {
    const converted = join(work, 'doc');
    const soffice = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'doc',
        '--outdir',
        converted,
        DOCX,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (soffice.error) throw new Error('LibreOffice (soffice) is needed: apt-get install -y libreoffice-writer-nogui');
    const doc = join(converted, '营口信用简报2020-3.doc');
    expect(existsSync(doc)).toBe(true);
    const content = emptyArchive();
    const run = runScript('scripts/import.ts', [doc], { ARCHIVE_CONTENT_DIR: content });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('写入了 15 个文件');
    expect(tableRows(content)).toEqual(committedRows());
    const docxImport = join(work, 'archive-1/issues/2020-03');
    for (const name of readdirSync(join(docxImport, 'articles')))
      expect(readFileSync(join(content, 'issues/2020-03/articles', name), 'utf8')).toBe(
        readFileSync(join(docxImport, 'articles', name), 'utf8'),
      );
  });

  it('says how to install LibreOffice when a .doc cannot be converted', () => {
    const doc = join(work, 'old.doc');
    writeFileSync(doc, 'not really a doc');
    const run = runScript('scripts/import.ts', [doc], {
      ARCHIVE_CONTENT_DIR: emptyArchive(),
      SOFFICE: join(work, 'no-soffice'),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有导入：读取 .doc 或 .wps 文件需要 LibreOffice');
    expect(run.stderr).toContain('apt-get install -y libreoffice-writer-nogui');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('explains a .docx that is not a Word document, without a stack trace', () => {
    const fake = join(work, 'fake.docx');
    writeFileSync(fake, '这不是 Word 文件');
    const run = runScript('scripts/import.ts', [fake], { ARCHIVE_CONTENT_DIR: emptyArchive() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('这不是可读的 Word 文档（.docx）');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
