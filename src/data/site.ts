import { absoluteUrl, withBase } from '../lib/common/urls.ts';

export { paths } from '../lib/common/urls.ts';

/** A root path (`/issues/`) as a link that works under the configured base path. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export {
  SERIAL_DISPLAY_TITLE,
  SERIAL_TITLE,
  SERIES_SUBTITLE,
  SERIES_TITLE,
  serialWithPublisher,
  SITE_NAME,
} from '../lib/common/serial.ts';

/**
 * A root path as an absolute URL on the configured site (SITE_URL) and base path: canonical links, feeds,
 * JSON, citations.
 */
export function absolute(path: string): string {
  // astro.config.mjs always sets `site` (SITE_URL, or its default), so SITE is defined in a build.
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs has no `site`: set SITE_URL');
  return absoluteUrl(site, import.meta.env.BASE_URL, path);
}
