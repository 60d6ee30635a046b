/**
 * The bundler's log filter for `astro build` (vite.build.rolldownOptions.onLog in astro.config.mjs).
 *
 * Astro marks every MDX module with the directive "use astro:head-inject", and Rolldown warns, ten
 * lines per article, that it "may not be preserved when bundling". Astro reads the directive before
 * bundling, so the warning says nothing an editor or developer can act on, and at 100 issues its
 * ~11,000 lines bury the build's own report. Exactly that warning is dropped; every other log,
 * including other MODULE_LEVEL_DIRECTIVE warnings, goes on to Vite as usual.
 */

/** The part of a Rolldown log this filter reads. */
export interface BundlerLog {
  code?: string;
  message: string;
  /** The module the log is about, where there is one. */
  id?: string;
}

const ASTRO_HEAD_INJECT = '"use astro:head-inject"';

/** Whether a log is Rolldown's warning about Astro's own head-inject directive. */
export function isAstroHeadInjectWarning(level: string, log: BundlerLog): boolean {
  return level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes(ASTRO_HEAD_INJECT);
}

/**
 * Whether a log is a warning about third-party code in the web editor's bundle (Decap CMS and its
 * dependencies use "use client" directives and a direct eval). Nothing in this project can change
 * that code; the warnings would make every build's report a screen of noise.
 */
export function isThirdPartyCodeWarning(level: string, log: BundlerLog): boolean {
  return (
    level === 'warn' &&
    (log.code === 'MODULE_LEVEL_DIRECTIVE' || log.code === 'EVAL') &&
    /[\\/]node_modules[\\/]/.test(log.id ?? log.message)
  );
}

/** Rolldown's `onLog`: passes every log but those two kinds of warning to the default handler. */
export function onBundlerLog<Level extends string, Log extends BundlerLog>(
  level: Level,
  log: Log,
  defaultHandler: (level: Level, log: Log) => void,
): void {
  if (isAstroHeadInjectWarning(level, log) || isThirdPartyCodeWarning(level, log)) return;
  defaultHandler(level, log);
}
