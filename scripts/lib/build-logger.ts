/**
 * Astro's logger during `npm run build` (the `logger` option that scripts/build.ts passes to Astro).
 * Warnings and information print as Astro prints them. Errors are kept, not printed: Astro logs them
 * with stack traces, and build.ts reports them once, in Chinese, naming the file or page
 * (scripts/lib/build-failure.ts). `astro dev` and `astro check` keep Astro's own logger.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';

/** Shared through globalThis: Astro may load this module apart from build.ts's own import of it. */
const ERRORS = Symbol.for('yingkou-archive.build-errors');

/** The error messages Astro logged during this build. */
export function loggedErrors(): string[] {
  const store = globalThis as { [ERRORS]?: string[] };
  return (store[ERRORS] ??= []);
}

/**
 * Astro says this on every build because build.ts asks for a fresh content cache (`force`); it is not
 * about the content and only alarms an editor.
 */
const FORCED_CACHE_CLEAR = 'data store cleared (force)';

export default function buildLogger(): AstroLoggerDestination {
  const console = nodeDestination();
  return {
    write(event: AstroLoggerMessage): void {
      if (event.level === 'error') {
        loggedErrors().push(event.message);
        return;
      }
      if (event.label === 'content' && event.message === FORCED_CACHE_CLEAR) return;
      console.write(event);
    },
  };
}
