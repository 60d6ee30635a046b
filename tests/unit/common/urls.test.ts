import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, withBase, withoutBase } from '../../../src/lib/common/urls.ts';

describe('paths', () => {
  it('gives issues and articles permalinks made only of the folder and file names', () => {
    expect(paths.issue('2020-03')).toBe('/issues/2020-03/');
    expect(paths.article('2020-03/credit-repair-training')).toBe('/issues/2020-03/articles/credit-repair-training/');
    expect(paths.issueJson('2020-03')).toBe('/issues/2020-03/index.json');
  });

  it('percent-encodes Chinese section and source names, and anything that would break a path', () => {
    expect(paths.section('国家政策')).toBe('/sections/%E5%9B%BD%E5%AE%B6%E6%94%BF%E7%AD%96/');
    expect(decodeURIComponent(paths.source('市信用办'))).toBe('/sources/市信用办/');
    expect(paths.source('a/b?c#d')).toBe('/sources/a%2Fb%3Fc%23d/');
  });
});

describe('withBase', () => {
  it('leaves root paths alone at the domain root', () => {
    expect(withBase('/', '/issues/')).toBe('/issues/');
  });

  it('puts a sub-path in front, with or without its trailing slash', () => {
    expect(withBase('/archive/', '/issues/')).toBe('/archive/issues/');
    expect(withBase('/archive', '/issues/')).toBe('/archive/issues/');
    expect(withBase('/archive/', 'rss.xml')).toBe('/archive/rss.xml');
  });
});

describe('absoluteUrl', () => {
  it('joins site, base and path', () => {
    expect(absoluteUrl('https://example.org', '/', '/issues/2020-03/')).toBe('https://example.org/issues/2020-03/');
    expect(absoluteUrl('https://owner.github.io', '/archive/', paths.section('国家政策'))).toBe(
      'https://owner.github.io/archive/sections/%E5%9B%BD%E5%AE%B6%E6%94%BF%E7%AD%96/',
    );
  });

  it('uses the base path, not a path written into the site URL', () => {
    expect(absoluteUrl('https://example.org/old/', '/archive/', '/rss.xml')).toBe(
      'https://example.org/archive/rss.xml',
    );
  });
});

describe('withoutBase', () => {
  it('takes the base path off a page address, and undoes withBase', () => {
    expect(withoutBase('/', '/issues/')).toBe('/issues/');
    expect(withoutBase('/archive/', '/archive/issues/2020-03/')).toBe('/issues/2020-03/');
    expect(withoutBase('/archive/', withBase('/archive/', '/rss.xml'))).toBe('/rss.xml');
  });

  it('leaves an address outside the base path as it is', () => {
    expect(withoutBase('/archive/', '/archived/x/')).toBe('/archived/x/');
  });
});
