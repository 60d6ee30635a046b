import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { pagesOfEveryKind, REQUIRED_KINDS } from '../support/page-kinds.ts';

// One page of every kind in the built site (tests/support/page-kinds.ts), checked by axe-core against
// WCAG 2.2 AA in light and dark mode.
const origin = inject('origin');
const pages = pagesOfEveryKind(inject('distDir'));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('every kind of page the archive builds is present', () => {
  it.each(REQUIRED_KINDS)('%s', (kind) => {
    expect(pages.map((p) => p.kind)).toContain(kind);
  });

  it('and no kind the list does not name (add a new kind of page to REQUIRED_KINDS)', () => {
    expect(pages.map((p) => p.kind).filter((kind) => !(REQUIRED_KINDS as readonly string[]).includes(kind))).toEqual(
      [],
    );
  });
});

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 AA, %s colour scheme', (colorScheme) => {
  it.each(pages.map((p) => [p.kind, p.path] as const))('%s (%s)', async (kind, path) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      // The 404 page is checked as a reader meets it: at an address that does not exist.
      const url = kind === '404' ? `${origin}/${encodeURIComponent('没有这一页')}/` : origin + path;
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(' | ')}`,
      );
      expect(violations, `${url}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
