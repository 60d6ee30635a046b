/**
 * Word's old binary format (.doc) and WPS files (.wps) are converted to .docx with LibreOffice, headless,
 * so that the one .docx reader reads them all. LibreOffice is optional: without it the editor is told how
 * to install it, or to save the file as .docx.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Formats LibreOffice converts for the importer. */
export const CONVERTED_EXTENSIONS = ['.doc', '.wps', '.rtf', '.odt'];

export const LIBREOFFICE_MISSING =
  '读取 .doc 或 .wps 文件需要 LibreOffice（用来转换成 .docx），本机没有找到 soffice 命令。' +
  '请安装：sudo apt-get install -y libreoffice-writer-nogui（Debian / Ubuntu），' +
  '或在 Word / WPS 里把文件“另存为” .docx 后再导入';

/** The .docx bytes of a file LibreOffice can open, or a Chinese message saying why not. */
export function convertToDocx(
  path: string,
  soffice = process.env.SOFFICE ?? 'soffice',
): Uint8Array | { error: string } {
  const work = mkdtempSync(join(tmpdir(), 'bulletin-convert-'));
  try {
    const run = spawnSync(
      soffice,
      [
        // A profile of its own, so a LibreOffice the editor has open (or another conversion) does not interfere.
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        join(work, 'out'),
        path,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') return { error: LIBREOFFICE_MISSING };
    const converted = readdirSafe(join(work, 'out')).find((name) => name.endsWith('.docx'));
    if (run.status !== 0 || !converted)
      return {
        error: `LibreOffice 没能把这个文件转换成 .docx（${(run.stderr || run.stdout || run.error?.message || '').trim().split('\n')[0] || `退出码 ${run.status}`}）：请在 Word / WPS 里打开，另存为 .docx 后再导入`,
      };
    return new Uint8Array(readFileSync(join(work, 'out', converted)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readdirSafe(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
