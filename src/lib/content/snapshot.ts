import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
}

const READ_EXTENSIONS = /\.(json|mdx|md)$/i;

/** Reads every JSON and MDX file under `root` (sorted, so reports are stable). */
export function readContentSnapshot(root: string, rootLabel = 'content'): ContentSnapshot {
  const files: ContentFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (READ_EXTENSIONS.test(name)) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return { rootLabel, files };
}
