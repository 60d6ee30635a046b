import { hasVisibleText } from '../common/text.ts';

/**
 * What a link or image in the editors' content may point at. Content comes from pull requests and pastes,
 * so it is untrusted: a `javascript:` link would run in a reader's browser on hosts that send no
 * Content-Security-Policy (GitHub Pages), and an image from another host is a tracking pixel and breaks
 * the promise that the site asks no other host for anything. Validation and the remark step that the
 * build and `npm run dev` run (src/integrations/remark/content-safety.ts) both use these two functions.
 */

/** Schemes a reader may follow a link to. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Raster formats Astro's image pipeline processes. SVG is left out: it is a document that can carry script. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;
const IMAGE_FILE = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

// A host no destination can name: relative destinations resolve onto it, so a different host or
// scheme after resolving means the destination left the site.
const SITE = 'https://site.invalid/issues/x/articles/a/';

/** A refused destination: why, in Chinese, and in English. */
export interface UrlRefusal {
  message: string;
  detail: string;
}

/**
 * Parses a destination the way a browser does (WHATWG URL: tabs, newlines and leading control characters
 * are dropped, so `java\tscript:` is `javascript:`). The Markdown parser has already decoded character
 * references, so `jav&#x61;script:` arrives here as `javascript:`.
 */
function parse(destination: string): URL | null {
  try {
    return new URL(destination, SITE);
  } catch {
    return null;
  }
}

/** Why a link destination is refused, or null when it is http(s), mailto or a path inside the site. */
export function refuseLink(destination: string): UrlRefusal | null {
  const url = parse(destination);
  if (!url) return { message: '链接地址无法识别', detail: `unparsable link destination` };
  if (!LINK_SCHEMES.has(url.protocol))
    return {
      message: `不允许“${url.protocol}”开头的链接：链接只能指向 http://、https:// 网址、mailto: 邮箱或本网站内的页面`,
      detail: `link scheme ${url.protocol} is not allowed (only http, https, mailto and site paths)`,
    };
  // `//host/…` reads as a path but leaves the site; an outside address is written in full.
  if (/^[\s\\/]*[\\/][\\/]/.test(destination))
    return {
      message: '以“//”开头的链接会指向其他网站：外部网址请写完整的 https://，本站页面以单个“/”开头',
      detail: 'protocol-relative link',
    };
  return null;
}

/**
 * Why an image source is refused, or null when it names an image file inside the issue's own folder.
 * `fromFolder` is the folder of the file that uses the image, relative to the content root
 * (`issues/2020-03/articles`); `issueFolder` the issue's (`issues/2020-03`).
 */
export function refuseImage(
  source: string,
  alt: string | null | undefined,
  fromFolder: string,
  issueFolder: string,
): UrlRefusal | null {
  if (!alt || !hasVisibleText(alt))
    return {
      message: '图片必须有替代文字：写成 ![图片内容的简短说明](../images/照片.jpg)，供看不见图片的读者使用',
      detail: 'image without alt text',
    };
  const url = parse(source);
  const resolved = url && url.origin === new URL(SITE).origin && !/^[\s\\/]/.test(source) ? url : null;
  if (!resolved)
    return {
      message: '图片只能是本期文件夹里的图片文件（例如 ../images/照片.jpg），不能引用其他网站或网站根目录的图片',
      detail: 'image source must be a relative path to a file in the issue folder',
    };
  const path = resolvedContentPath(source, fromFolder);
  if (!path || !path.startsWith(`${issueFolder}/`))
    return {
      message: '图片只能放在本期的文件夹里（例如 images/照片.jpg），不能引用其他期或内容文件夹以外的文件',
      detail: 'image outside the issue folder',
    };
  if (!IMAGE_FILE.test(path))
    return {
      message: `图片格式应为 ${IMAGE_EXTENSIONS.join('、')} 之一（不接受 SVG 等可含程序的格式）`,
      detail: 'image format not allowed',
    };
  return null;
}

/** The content-root-relative path a relative source names from `fromFolder`, or null when it climbs out. */
export function resolvedContentPath(source: string, fromFolder: string): string | null {
  const parts = fromFolder.split('/').filter(Boolean);
  let decoded: string;
  try {
    decoded = decodeURIComponent(source.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  for (const part of decoded.split(/[\\/]/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
