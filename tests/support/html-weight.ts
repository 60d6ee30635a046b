import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The HTML a built site writes, in bytes as files on disk: every reader page (the web editor, /admin/, has its
 * own page and budget), and the unit and table-series pages apart, which split their figures by year so that
 * none grows with the archive (src/lib/units/periods.ts).
 */

/** A unit page, its overview or one of its years, and the list of units: at most this many bytes. */
export const UNIT_PAGE_BUDGET_BYTES = 16 * 1024;
/**
 * A table series page, its overview or one of its years: at most this many bytes. A year of the department
 * series (57 units × 22 columns × 4 issues, half the cells blank) is about 79 KB at four issues a year.
 */
export const SERIES_PAGE_BUDGET_BYTES = 96 * 1024;
/** The mean HTML per reader page: half of the 35.2 KB it was at 100 issues. */
export const MEAN_PAGE_BUDGET_BYTES = 17.6 * 1024;

export interface PageSize {
  /** The file, relative to the site's folder: `units/公安局/2020/index.html`. */
  file: string;
  bytes: number;
}

export interface HtmlWeight {
  pages: PageSize[];
  meanBytes: number;
  /** units/ (the list, each unit's overview and years). */
  unitPages: PageSize[];
  /** tables/ (each series' overview and years). */
  seriesPages: PageSize[];
}

const total = (list: readonly PageSize[]) => list.reduce((sum, page) => sum + page.bytes, 0);

export function htmlWeight(distDir: string): HtmlWeight {
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .sort()
    .map((file) => ({ file, bytes: statSync(join(distDir, file)).size }));
  return {
    pages,
    meanBytes: pages.length ? total(pages) / pages.length : 0,
    unitPages: pages.filter((p) => p.file.startsWith('units/')),
    seriesPages: pages.filter((p) => p.file.startsWith('tables/')),
  };
}

/** One line for a test's log: how many pages, how many bytes in all, the largest. */
export function describeWeight(label: string, list: readonly PageSize[]): string {
  const largest = list.reduce<PageSize | null>((max, page) => (!max || page.bytes > max.bytes ? page : max), null);
  return `${label}: ${list.length} pages, ${(total(list) / 1024 / 1024).toFixed(2)} MB, mean ${(
    total(list) /
    Math.max(1, list.length) /
    1024
  ).toFixed(1)} KB, largest ${largest ? `${largest.file} ${(largest.bytes / 1024).toFixed(1)} KB` : '—'}`;
}

/** The pages over a budget. */
export function overBudget(list: readonly PageSize[], budget: number): PageSize[] {
  return list.filter((page) => page.bytes > budget);
}
