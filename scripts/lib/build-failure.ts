/**
 * `npm run build`'s report when Astro fails after validation passed: in Chinese, naming the content file
 * (and line) or the page where the error arose, with the tool's English message alongside, and never a
 * stack trace. Pure: the build script gives it the error and what Astro logged.
 */

/** What the report needs besides the error. */
export interface BuildFailureContext {
  /** The messages Astro logged at level error during the build (they name the page being rendered). */
  errorLogs: readonly string[];
  /** How to name a file path for the reader (relative to the project where it can be). */
  label: (path: string) => string;
  /** The content file a page was made from, e.g. an article page's .mdx file, when known. */
  contentFileOfPage: (pagePath: string) => string | undefined;
}

/** One error, as far as it can be placed. */
export interface PlacedError {
  /** The file the error names: a content file, or a file of the site's code. */
  file?: string;
  line?: number;
  column?: number;
  /** The page being rendered when the error arose, and the content file it is made from. */
  page?: string;
  pageSource?: string;
  /** The error's own message without stack lines. */
  reason: string;
  hint?: string;
}

interface ErrorLike {
  message?: unknown;
  loc?: { file?: unknown; line?: unknown; column?: unknown };
  id?: unknown;
  hint?: unknown;
  errors?: unknown;
}

const STACK_LINE = /^\s*at\s/;

/** A message without the stack lines some tools put inside it, and without colour codes. */
export function withoutStack(message: string): string {
  return message
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => !STACK_LINE.test(line))
    .join('\n')
    .trim();
}

/** The page path of Astro's "Caught error rendering /issues/2020-03/articles/x/: …" log. */
export function renderedPage(errorLogs: readonly string[]): string | undefined {
  for (const log of errorLogs) {
    const match = /Caught error rendering (\S+?):? /.exec(withoutStack(log));
    if (match) return match[1]!.replace(/:$/, '');
  }
  return undefined;
}

function placeOf(error: ErrorLike, context: BuildFailureContext): PlacedError {
  const loc = error.loc ?? {};
  const rawFile =
    typeof loc.file === 'string'
      ? loc.file
      : typeof error.id === 'string' && /[/\\.]/.test(error.id)
        ? error.id
        : undefined;
  const file = rawFile?.replace(/\?.*$/, '');
  return {
    ...(file ? { file: context.label(file) } : {}),
    ...(typeof loc.line === 'number' ? { line: loc.line } : {}),
    ...(typeof loc.column === 'number' ? { column: loc.column } : {}),
    reason: withoutStack(typeof error.message === 'string' ? error.message : String(error)),
    ...(typeof error.hint === 'string' && error.hint ? { hint: withoutStack(error.hint) } : {}),
  };
}

/** Every error a build failure carries: Rolldown gathers several under `errors`. */
export function placeBuildErrors(error: unknown, context: BuildFailureContext): PlacedError[] {
  const candidate = (error ?? {}) as ErrorLike;
  const parts =
    Array.isArray(candidate.errors) && candidate.errors.length ? (candidate.errors as ErrorLike[]) : [candidate];
  const page = renderedPage(context.errorLogs);
  const pageSource = page ? context.contentFileOfPage(page) : undefined;
  return parts.map((part) => {
    const placed = placeOf(typeof part === 'object' && part !== null ? part : { message: String(part) }, context);
    if (page) placed.page = page;
    if (pageSource) placed.pageSource = pageSource;
    return placed;
  });
}

/** Whether a named file is the editors' (an article, issue or table file) rather than the site's code. */
const isContentFile = (file: string) => /\.(mdx|json)$/.test(file) && !/^(src|scripts|node_modules)\//.test(file);

function where(placed: PlacedError & { file: string }): string {
  const at = placed.line ? ` 第 ${placed.line} 行${placed.column ? `第 ${placed.column} 列` : ''}` : '';
  return `${placed.file}${at}`;
}

/** The report, in lines: what failed, where, the English reason, and what to do. */
export function explainBuildFailure(error: unknown, context: BuildFailureContext, distLabel: string): string {
  const placed = placeBuildErrors(error, context);
  const lines = [`构建失败：网站没有生成，原有的 ${distLabel}/ 未改动。`, ''];
  for (const item of placed) {
    if (item.file && isContentFile(item.file)) lines.push(`  出错的文件：${where({ ...item, file: item.file })}`);
    if (item.page) lines.push(`  出错的页面：${item.page}${item.pageSource ? `（由 ${item.pageSource} 生成）` : ''}`);
    if (item.file && !isContentFile(item.file)) lines.push(`  出错的程序文件：${where({ ...item, file: item.file })}`);
    lines.push(`  原因（英文原文）：${item.reason.split('\n').join('\n    ')}`);
    if (item.hint) lines.push(`  提示（英文原文）：${item.hint}`);
    lines.push('');
  }
  if (placed.some((p) => p.file && isContentFile(p.file))) {
    lines.push('上面这个文件里有网站生成器无法处理的写法：请对照原因修改它，再运行 npm run build。');
  } else if (placed.some((p) => p.pageSource)) {
    lines.push(
      '出错时正在生成上面这一页：请先检查生成它的内容文件；如内容没有问题而构建仍然失败，请把以上信息交给维护网站的人员。',
    );
  } else {
    lines.push('请先运行 npm run validate 检查内容；如内容没有问题而构建仍然失败，请把以上信息交给维护网站的人员。');
  }
  return lines.join('\n');
}
