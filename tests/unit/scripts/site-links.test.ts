import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  htmlIds,
  htmlLinks,
  pageUrlPath,
  xmlLinks,
  type SiteFiles,
} from '../../../scripts/lib/site-links.ts';

function site(files: Record<string, string>): SiteFiles {
  return { files: new Set(Object.keys(files)), read: (path) => files[path]! };
}

const page = (body: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/archive/_astro/a.css"></head><body>${body}</body></html>`;

describe('htmlLinks and htmlIds', () => {
  it('finds href, src, srcset, form action and og:url, decoding entities, and ignores script bodies', () => {
    const html = `<a href="/x/?a=1&amp;b=2">x</a><img src="i.png" srcset="i1.png 1x, i2.png 2x"><form action="/search/"></form>
      <meta property="og:url" content="https://e.org/p/"><meta name="description" content="not a link">
      <script type="module">const s = '<a href="/inside-script/">';</script>`;
    expect(htmlLinks(html)).toEqual(['/x/?a=1&b=2', 'i.png', 'i1.png', 'i2.png', '/search/', 'https://e.org/p/']);
  });

  it('finds ids and anchor names, Chinese included', () => {
    expect([...htmlIds('<h2 id="section-国家政策">x</h2><a name="top"></a><p class="id">')]).toEqual([
      'section-国家政策',
      'top',
    ]);
  });

  it('finds URLs in sitemaps and feeds', () => {
    expect(
      xmlLinks('<urlset><url><loc>https://e.org/a/</loc></url></urlset><atom:link href="https://e.org/rss.xml"/>'),
    ).toEqual(['https://e.org/a/', 'https://e.org/rss.xml']);
  });
});

describe('pageUrlPath', () => {
  it('serves index.html at its folder, under the base path', () => {
    expect(pageUrlPath('issues/2020-03/index.html', '/archive/')).toBe('/archive/issues/2020-03/');
    expect(pageUrlPath('404.html', '/')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const files = {
    'index.html': page(
      `<a href="/archive/issues/">期</a><a href="issues/#y2020">2020</a><a href="https://other.example/">外</a><a href="mailto:a@b.c">信</a>`,
    ),
    'issues/index.html': page(
      `<h2 id="y2020">2020</h2><a href="../sections/%E5%9B%BD%E5%AE%B6%E6%94%BF%E7%AD%96/#top">栏目</a>`,
    ),
    'sections/国家政策/index.html': page('<a id="top"></a>'),
    '_astro/a.css': 'body{}',
    'sitemap-0.xml': '<urlset><url><loc>https://e.org/archive/issues/</loc></url></urlset>',
    'issues/index.json': JSON.stringify({ url: 'https://e.org/archive/issues/', other: 'https://elsewhere.org/x' }),
  };
  const options = { base: '/archive/', siteRoot: 'https://e.org/archive/' };

  it('passes a site whose every internal link, fragment and feed URL resolves (percent-encoded Chinese included)', () => {
    const result = checkLinks(site(files), options);
    expect(result.broken).toEqual([]);
    expect(result.checked).toBe(8);
  });

  it('reports a missing page, a missing fragment, a link outside the base path and a missing trailing slash', () => {
    const result = checkLinks(
      site({
        ...files,
        'index.html': page(
          '<a href="/archive/nope/">a</a><a href="/archive/issues/#y1999">b</a><a href="/issues/">c</a><a href="/archive/issues">d</a>',
        ),
        'issues/index.json': JSON.stringify({ url: 'https://e.org/archive/gone/' }),
      }),
      options,
    );
    expect(result.broken.map((b) => [b.file, b.link, b.reason.split(' / ')[0]])).toEqual([
      ['index.html', '/archive/nope/', '找不到目标文件'],
      ['index.html', '/archive/issues/#y1999', '目标页面没有 id="y1999"'],
      ['index.html', '/issues/', '不在网站的基本路径 /archive/ 之下'],
      ['index.html', '/archive/issues', '缺少结尾的斜杠（目录网址应以“/”结尾）'],
      ['issues/index.json', 'https://e.org/archive/gone/', '找不到目标文件'],
    ]);
  });
});
