import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, constants } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problem.ts';

/** One file of the content folder: its path relative to the content root (forward slashes) and text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** The content folder read into memory, so validation is pure and testable without a disk. */
export interface ContentSnapshot {
  /** How to name the content root in messages, e.g. `content`. */
  rootLabel: string;
  files: ContentFile[];
  /** Regular files that are not text (images), by path: their existence matters, not their bytes. */
  assets?: string[];
  /** Files refused while reading: links, special files, oversized or not UTF-8 text. */
  problems?: ContentProblem[];
}

const READ_EXTENSIONS = /\.(json|mdx|md)$/i;

/** No text file of the bulletin comes near this; a bigger one is a mistake or an attack (/dev/zero). */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;
/** A photo larger than this should be made smaller before it goes into the archive. */
export const MAX_ASSET_BYTES = 20 * 1024 * 1024;
/** Hundreds of issues have a few thousand files; far more means something was copied in by mistake. */
export const MAX_FILES = 50_000;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes (decoded once, as before), or null when they are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The line of the first byte that is not UTF-8, or null when the text is valid UTF-8. One sentence
 * pasted from a GBK document is enough to break the build, so it is named by line.
 */
export function firstNonUtf8Line(bytes: Uint8Array): number | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    // Decode line by line to find the first line that does not decode.
    let line = 1;
    let start = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
    return line;
  }
}

/**
 * Reads a regular file of at most `limit` bytes without following a symbolic link (O_NOFOLLOW), so no
 * byte from outside the content folder is ever read, let alone echoed into a message. Returns the
 * bytes, or why the file was refused.
 */
function readRegularFile(full: string, limit: number): Uint8Array | { refused: string; detail: string } {
  const fd = openSync(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return { refused: '这不是普通文件（例如设备或管道），内容文件夹里只能放普通文件', detail: 'not a regular file' };
    if (stat.size > limit)
      return {
        refused: `文件太大（${megabytes(stat.size)}），上限为 ${megabytes(limit)}：请检查是否放错了文件`,
        detail: `file of ${stat.size} bytes exceeds the ${limit}-byte limit`,
      };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads every JSON and MDX file under `root` (sorted, so reports are stable) and lists the other files.
 * Content is untrusted: a symbolic link (which could point outside the repository, at /etc/passwd, at
 * /dev/zero or at itself), a device, a pipe, an oversized file or text that is not UTF-8 is not read
 * but reported in `problems`, by its path inside the content folder only.
 */
export function readContentSnapshot(root: string, rootLabel = 'content'): ContentSnapshot {
  const files: ContentFile[] = [];
  const assets: string[] = [];
  const problems: ContentProblem[] = [];
  let count = 0;
  const refuse = (path: string, message: string, detail: string, line?: number) =>
    problems.push({ file: `${rootLabel}/${path}`, ...(line ? { line } : {}), message, detail });
  const walk = (dir: string, prefix: string): void => {
    // Each entry's type comes with the listing (Node falls back to lstat where the file system gives none), so
    // only assets, whose size matters, are stat'ed: a text file is sized by readRegularFile's fstat.
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const path = prefix ? `${prefix}/${name}` : name;
      if (++count > MAX_FILES) {
        if (count === MAX_FILES + 1)
          refuse(
            path,
            `内容文件夹里的文件超过 ${MAX_FILES} 个，其余的没有检查：请检查是否误复制了其他文件夹`,
            'too many files',
          );
        return;
      }
      const full = join(dir, name);
      if (entry.isSymbolicLink()) {
        refuse(path, '这是一个符号链接（快捷方式）：内容文件夹里不接受链接，请放入文件本身', 'symbolic link refused');
        continue;
      }
      if (entry.isDirectory()) {
        walk(full, path);
        continue;
      }
      if (!entry.isFile()) {
        refuse(path, '这不是普通文件（例如设备或管道），内容文件夹里只能放普通文件', 'not a regular file');
        continue;
      }
      const isText = READ_EXTENSIONS.test(name);
      if (!isText) {
        const size = lstatSync(full).size;
        if (size > MAX_ASSET_BYTES)
          refuse(
            path,
            `文件太大（${megabytes(size)}），上限为 ${megabytes(MAX_ASSET_BYTES)}：图片请先压缩`,
            'asset too large',
          );
        else assets.push(path);
        continue;
      }
      let bytes: ReturnType<typeof readRegularFile>;
      try {
        bytes = readRegularFile(full, MAX_TEXT_BYTES);
      } catch (error) {
        // Swapped for a link or removed between listing and reading.
        refuse(path, '文件无法读取（可能是链接或刚被删除）', (error as { code?: string }).code ?? 'unreadable');
        continue;
      }
      if ('refused' in bytes) {
        refuse(path, bytes.refused, bytes.detail);
        continue;
      }
      const text = decodeUtf8(bytes);
      if (text === null) {
        const badLine = firstNonUtf8Line(bytes) ?? 1;
        refuse(
          path,
          '文件不是 UTF-8 编码：这一行有无法读取的字节，常见于从 GBK（GB2312）编码的文档粘贴来的文字；请把这一行重新输入，或把文件另存为 UTF-8 编码',
          'file is not valid UTF-8',
          badLine,
        );
        continue;
      }
      files.push({ path, text });
    }
  };
  walk(root, '');
  return { rootLabel, files, assets, problems };
}
