import { describe, expect, inject, it } from 'vitest';
import { checkLinks, readSite, siteRootOf } from '../../scripts/lib/site-links.ts';

// Every internal href, src, form action and #fragment of every page, and every site URL in the sitemap,
// the feed and the JSON files, resolves to a file of the built site.
describe('links in the built site', () => {
  const site = readSite(inject('distDir'));
  const result = checkLinks(site, { base: inject('base'), siteRoot: siteRootOf(site) });

  it('checks a real number of links, from pages, feed, sitemap and JSON', () => {
    const pages = [...site.files].filter((f) => f.endsWith('.html')).length;
    expect(pages).toBeGreaterThan(20);
    expect(result.checked).toBeGreaterThan(pages * 10);
  });

  it('has no broken link or fragment', () => {
    expect(result.broken.map((b) => `${b.file}: ${b.link} — ${b.reason}`)).toEqual([]);
  });
});
