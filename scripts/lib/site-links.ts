/**
 * A link checker for the built site: every internal link, asset, form action and fragment in every
 * HTML page, and every URL on the site in the sitemap, the feed and the JSON files, must resolve to a
 * file in dist/ — under the base path the site was built for.
 *
 * Run it by hand with `node scripts/check-links.ts [dist] [base]`; the tests run it over the root and
 * the sub-path builds.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  /** The file the link is in, relative to dist/. */
  file: string;
  /** The link as written. */
  link: string;
  /** Why it is broken. */
  reason: string;
}

export interface LinkCheckResult {
  /** How many links were checked. */
  checked: number;
  broken: BrokenLink[];
}

export interface LinkCheckOptions {
  /** The base path the site was built for: `/` or `/archive/`. */
  base: string;
  /**
   * The site's own absolute root URL (https://example.org/archive/). Absolute URLs under it are internal
   * and checked; every other absolute URL is external and left alone.
   */
  siteRoot: string;
}

export interface SiteFiles {
  /** Every file path relative to dist/, with forward slashes: `issues/2020-03/index.html`. */
  files: ReadonlySet<string>;
  read(path: string): string;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  '#34': '"',
};
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (ENTITIES[name.toLowerCase()]) return ENTITIES[name.toLowerCase()]!;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return whole;
  });
}

/** The links an HTML page makes: href, src, srcset, form action, og:url. */
export function htmlLinks(html: string): string[] {
  const links: string[] = [];
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) =>
    tag.replace(/>[\s\S]*<\/script>$/i, '></script>'),
  );
  for (const match of withoutScripts.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const attributes = match[2]!;
    for (const attribute of attributes.matchAll(/\s(href|src|action|srcset|content)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
      const name = attribute[1]!.toLowerCase();
      const value = decodeEntities(attribute[3] ?? attribute[4] ?? '');
      if (name === 'content') {
        if (/\sproperty\s*=\s*["']og:url["']/i.test(attributes)) links.push(value);
      } else if (name === 'srcset') {
        links.push(
          ...value
            .split(',')
            .map((part) => part.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
      } else {
        links.push(value);
      }
    }
  }
  return links;
}

/** The ids a page offers as fragment targets (id and a[name]). */
export function htmlIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*("([^"]*)"|'([^']*)')/gi))
    ids.add(decodeEntities(match[2] ?? match[3] ?? ''));
  return ids;
}

/** URLs in an XML file (sitemap, RSS): <loc>, <link>, <guid>, and href attributes. */
export function xmlLinks(xml: string): string[] {
  const links = [...xml.matchAll(/<(loc|link|guid)(?:\s[^>]*)?>([^<]+)<\/\1>/g)].map((m) =>
    decodeEntities(m[2]!.trim()),
  );
  links.push(...[...xml.matchAll(/\shref="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
  return links;
}

/** Every string in a JSON document that is an absolute http(s) URL. */
export function jsonLinks(text: string): string[] {
  const links: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/^https?:\/\//.test(value)) links.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(text));
  return links;
}

const SKIPPED_SCHEMES = /^(mailto|tel|javascript|data|blob):/i;

/** The dist/ file a root-relative path (already without the base) is served from, or null. */
function fileFor(files: ReadonlySet<string>, path: string): string | null {
  const clean = path.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return files.has(`${clean}index.html`) ? `${clean}index.html` : null;
  return files.has(clean) ? clean : null;
}

/** The URL a page is served at, from its file: `issues/2020-03/index.html` → `/base/issues/2020-03/`. */
export function pageUrlPath(file: string, base: string): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${path}`;
}

/** Checks every link of every page, feed, sitemap and JSON file of a built site. */
export function checkLinks(site: SiteFiles, options: LinkCheckOptions): LinkCheckResult {
  const { base } = options;
  const siteRoot = new URL(options.siteRoot);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = htmlIds(site.read(file))));
    return ids;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;

  const check = (file: string, link: string, pageUrl: URL) => {
    if (!link || SKIPPED_SCHEMES.test(link)) return;
    let url: URL;
    try {
      url = new URL(link, pageUrl);
    } catch {
      broken.push({ file, link, reason: '不是有效的网址 / not a valid URL' });
      return;
    }
    // Relative links resolve onto the site's origin; an absolute URL elsewhere is external.
    if (url.origin !== siteRoot.origin) return;
    checked++;
    if (!url.pathname.startsWith(base)) {
      broken.push({ file, link, reason: `不在网站的基本路径 ${base} 之下 / outside the base path` });
      return;
    }
    let rootPath: string;
    try {
      rootPath = '/' + decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      broken.push({ file, link, reason: '网址编码有误 / bad percent-encoding' });
      return;
    }
    const target = fileFor(site.files, rootPath);
    if (!target) {
      const asDirectory = !rootPath.endsWith('/') && fileFor(site.files, rootPath + '/');
      broken.push({
        file,
        link,
        reason: asDirectory
          ? '缺少结尾的斜杠（目录网址应以“/”结尾） / missing trailing slash'
          : '找不到目标文件 / no such file in dist',
      });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      broken.push({ file, link, reason: `目标页面没有 id="${fragment}" / no such fragment` });
    }
  };

  for (const file of [...site.files].sort()) {
    const pageUrl = new URL(pageUrlPath(file, base), siteRoot.origin);
    if (file.endsWith('.html')) {
      for (const link of htmlLinks(site.read(file))) check(file, link, pageUrl);
    } else if (file.endsWith('.xml')) {
      for (const link of xmlLinks(site.read(file))) check(file, link, pageUrl);
    } else if (file.endsWith('.json')) {
      let links: string[];
      try {
        links = jsonLinks(site.read(file));
      } catch (error) {
        broken.push({ file, link: '', reason: `JSON 无法解析 / invalid JSON: ${String(error)}` });
        continue;
      }
      for (const link of links) check(file, link, pageUrl);
    }
  }
  return { checked, broken };
}

/** A built site folder as `SiteFiles`. */
export function readSite(distDir: string): SiteFiles {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.add(relative(distDir, path).split(sep).join('/'));
    }
  };
  if (existsSync(distDir)) walk(distDir);
  return { files, read: (path) => readFileSync(join(distDir, path), 'utf8') };
}

/** The site's root URL as the build wrote it: the canonical link of the home page. */
export function siteRootOf(site: SiteFiles): string {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(site.read('index.html'))?.[1];
  if (!canonical) throw new Error('index.html has no canonical link; cannot tell the site URL');
  return decodeEntities(canonical);
}
