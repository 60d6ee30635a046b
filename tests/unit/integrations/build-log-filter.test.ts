import { describe, expect, it } from 'vitest';
import { onBundlerLog, type BundlerLog } from '../../../src/integrations/build-log-filter.ts';

/** The logs that reach Vite's default handler. */
function passed(logs: Array<[string, BundlerLog]>): Array<[string, BundlerLog]> {
  const out: Array<[string, BundlerLog]> = [];
  for (const [level, log] of logs) onBundlerLog(level, log, (l, g) => out.push([l, g]));
  return out;
}

// As Rolldown reports it for every MDX article of the archive.
const headInject: BundlerLog = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/issues/2020-03/articles/01-civil-servant-credit-check.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('onBundlerLog', () => {
  it('drops the warning about Astro’s head-inject directive', () => {
    expect(passed([['warn', headInject]])).toEqual([]);
  });

  it('passes every other log: other directives, other warnings, errors, and the same text at another level', () => {
    const useClient = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message:
        'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.',
    };
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };
    const logs: Array<[string, BundlerLog]> = [
      ['warn', useClient],
      ['warn', circular],
      ['error', headInject],
      ['info', { message: 'built in 1s' }],
    ];
    expect(passed(logs)).toEqual(logs);
  });

  it('drops warnings about third-party code in the web editor’s bundle, and only those', () => {
    const decapDirective = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      id: '/work/archive/node_modules/jotai/esm/react/utils.mjs',
      message:
        'The semantics of the module level directive "use client" in "node_modules/jotai/esm/react/utils.mjs" may not be preserved when bundling.',
    };
    const decapEval = {
      code: 'EVAL',
      id: '/work/archive/node_modules/@iarna/toml/lib/toml-parser.js',
      message: 'Use of direct `eval` function is strongly discouraged as it poses security risks.',
    };
    const ownEval = { code: 'EVAL', id: '/work/archive/src/client/x.ts', message: 'Use of direct `eval` function …' };
    expect(
      passed([
        ['warn', decapDirective],
        ['warn', decapEval],
        ['warn', ownEval],
      ]),
    ).toEqual([['warn', ownEval]]);
  });
});
