import { describe, expect, it } from 'vitest';
import { refuseImage, refuseLink, resolvedContentPath } from '../../../src/lib/content/link-policy.ts';
import { hasVisibleText } from '../../../src/lib/common/text.ts';

describe('link destinations', () => {
  it.each([
    'https://www.creditchina.gov.cn/',
    'http://xyxx.yingkou.gov.cn/',
    'mailto:ykxyb@163.com',
    '/issues/2020-03/',
    '../credit-repair-training/',
    '#section',
    '?q=信用',
  ])('allows %s', (url) => expect(refuseLink(url)).toBeNull());

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'blob:https://x/1',
    'ftp://example.org/',
    'tel:+86-417-1234567',
    '//evil.example/',
    '\\\\evil.example/',
    '/\\evil.example/',
  ])('refuses %j', (url) => {
    const refusal = refuseLink(url);
    expect(refusal?.message).toMatch(/链接/);
  });

  it('names the scheme it refuses', () => {
    expect(refuseLink('javascript:alert(1)')?.message).toContain('“javascript:”');
  });
});

describe('image sources', () => {
  const from = 'issues/2020-03/articles';
  const issue = 'issues/2020-03';
  it('allows an alt-texted raster image inside the issue folder', () => {
    expect(refuseImage('../images/photo.jpg', '培训现场', from, issue)).toBeNull();
    expect(refuseImage('./photo.webp', '培训现场', from, issue)).toBeNull();
  });
  it.each([
    ['a remote image', 'https://tracker.example/p.gif'],
    ['a protocol-relative image', '//tracker.example/p.gif'],
    ['a data URL', 'data:image/png;base64,AAAA'],
    ['a site-root path', '/favicon.svg'],
    ['another issue', '../../2020-04/images/a.jpg'],
    ['outside the content folder', '../../../../etc/passwd.png'],
    ['an encoded climb', '..%2F..%2F..%2Fsecret.png'],
    ['an SVG', '../images/a.svg'],
    ['a file that is no image', '../issue.json'],
  ])('refuses %s', (_, src) => {
    expect(refuseImage(src, '说明', from, issue)).not.toBeNull();
  });
  it.each([[''], [null], ['\u200B\u200B'], ['   ']])('requires alt text (%j)', (alt) => {
    expect(refuseImage('../images/photo.jpg', alt, from, issue)?.message).toContain('替代文字');
  });
  it('resolves relative paths from the file’s folder', () => {
    expect(resolvedContentPath('../images/a.jpg', from)).toBe('issues/2020-03/images/a.jpg');
    expect(resolvedContentPath('../../../../x', from)).toBeNull();
  });
});

describe('visible text', () => {
  it.each(['\u200B', '\u200B\u200D\uFEFF', ' \u3000\t', '\u2060\u00AD', ''])('%j shows nothing', (text) =>
    expect(hasVisibleText(text)).toBe(false),
  );
  it.each(['信用', ' a ', '\u200B信'])('%j shows something', (text) => expect(hasVisibleText(text)).toBe(true));
});
