/**
 * The bulletin's names, once: as its masthead prints them (series title over the large 工作简报), as
 * citations and running text write them, and as the site names itself. Pages read them from
 * src/data/site.ts, which re-exports them.
 */

/** The series title printed at the top of the masthead. */
export const SERIES_TITLE = '营口信用体系建设';
/** The title printed large under it. */
export const SERIES_SUBTITLE = '工作简报';
/** Both run together, as citations and descriptions name the serial: 营口信用体系建设工作简报. */
export const SERIAL_TITLE = `${SERIES_TITLE}${SERIES_SUBTITLE}`;
/** As the site shows it, in 《》 or a heading: 营口信用体系建设 · 工作简报. */
export const SERIAL_DISPLAY_TITLE = `${SERIES_TITLE} · ${SERIES_SUBTITLE}`;
/** The archive's own name. */
export const SITE_NAME = `${SERIAL_DISPLAY_TITLE} 档案`;

/**
 * The serial with its publisher, for descriptions: 营口市社会信用体系建设领导小组办公室编印的《营口信用体系建设 · 工作简报》.
 * The publisher is read from an issue (the latest), never written here; without one, the title alone.
 */
export function serialWithPublisher(publisher: string | undefined): string {
  return `${publisher ? `${publisher}编印的` : ''}《${SERIAL_DISPLAY_TITLE}》`;
}
