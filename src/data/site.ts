import { withBase } from '../lib/urls.ts';

export { paths } from '../lib/urls.ts';

/** A root path (`/issues/`) as a link that works under the configured base path. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export const SERIES_TITLE = '营口信用体系建设';
export const SERIES_SUBTITLE = '工作简报';
export const SITE_NAME = '营口信用体系建设 · 工作简报 档案';
