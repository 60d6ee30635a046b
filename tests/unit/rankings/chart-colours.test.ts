import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../support/contrast.ts';
import {
  customProperties,
  resolveValue,
  stylesheetText,
  type ColourScheme,
} from '../../support/css-custom-properties.ts';

// The rankings charts (src/client/ranking-chart.ts) take their colours from CSS custom properties on
// <ranking-chart>, set in src/styles/ranking-city.css over the page's own in src/styles/global.css. Read at that
// source, in both colour schemes: each line (and its legend mark) must stand out from the page at 3:1
// (WCAG 1.4.11 non-text contrast), and the axis text at 4.5:1 (1.4.3). The line under each chart that tells the
// month under the pointer is page text on the page.
const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => stylesheetText(readFileSync(join(PROJECT_ROOT, path), 'utf8'), path);
const globalCss = read('src/styles/global.css');
const componentCss = read('src/styles/ranking-city.css');

function chartColours(scheme: ColourScheme) {
  const page = customProperties(globalCss, ':root', scheme);
  const chart = customProperties(componentCss, 'ranking-chart', scheme);
  const colour = (name: string) => resolveValue(`var(${name})`, chart, page);
  return {
    background: colour('--bg'),
    index: colour('--chart-index'),
    rank: colour('--chart-rank'),
    text: colour('--chart-text'),
  };
}

describe('WCAG contrast ratio', () => {
  it('gives the known values', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0b57a4', '#0b57a4')).toBe(1);
  });

  it('refuses what is not a hex colour rather than guessing', () => {
    expect(() => contrastRatio('blue', '#fff')).toThrow(/not a #rgb or #rrggbb colour/);
  });
});

describe('custom properties read from the CSS', () => {
  it('come from the top-level rules in light mode and the prefers-color-scheme: dark block in dark mode, never print', () => {
    const css =
      ':root { --bg: #fff; } @media (prefers-color-scheme: dark) { :root { --bg: #111; } } @media print { :root { --bg: #eee; } }';
    expect(customProperties(css, ':root', 'light').get('--bg')).toBe('#fff');
    expect(customProperties(css, ':root', 'dark').get('--bg')).toBe('#111');
  });
});

describe.each(['light', 'dark'] as const)('rankings chart colours, %s scheme', (scheme) => {
  const colours = chartColours(scheme);

  it('are read for this scheme (the page background differs between the two)', () => {
    expect(colours.background).not.toBe(chartColours(scheme === 'light' ? 'dark' : 'light').background);
  });

  it.each(['index', 'rank'] as const)('the %s line stands out from the page at ≥3:1', (series) => {
    expect(contrastRatio(colours[series], colours.background)).toBeGreaterThanOrEqual(3);
  });

  it('axis text reads at ≥4.5:1', () => {
    expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
  });
});
