import { resolve } from 'node:path';

/**
 * The editors' folder. Tests and benchmarks point ARCHIVE_CONTENT_DIR at a fixture or a synthetic
 * archive; everyone else uses content/ at the project root.
 */
export function contentRoot(cwd: string = process.cwd()): string {
  return resolve(cwd, process.env.ARCHIVE_CONTENT_DIR ?? 'content');
}
