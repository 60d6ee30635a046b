/**
 * In `npm run dev` every page first checks the content as `npm run validate` does, so a content error
 * shows in the browser (Astro's error overlay, HTTP 500) in Chinese, naming file and place, instead of
 * the last good page: the content layer alone keeps serving an entry's previous data when its file
 * breaks, and does not know sections.json. The build validates before Astro runs (scripts/build.ts), so
 * this does nothing there.
 */
import { defineMiddleware } from 'astro:middleware';
import { relative } from 'node:path';
import { contentRoot } from './lib/content/root.ts';
import { ContentError, type ContentProblem } from './lib/content/problem.ts';
import { readContentSnapshot } from './lib/content/snapshot.ts';
import { validateContent } from './lib/validation/validate-archive.ts';

/** The last content checked and its problems: a page load after no change costs one read of the files. */
let checked: { key: string; errors: ContentProblem[] } | undefined;

function contentProblems(): ContentProblem[] {
  const root = contentRoot();
  const label = relative(process.cwd(), root).split('\\').join('/') || '.';
  const snapshot = readContentSnapshot(root, label);
  const key = JSON.stringify(snapshot.files);
  if (checked?.key !== key) checked = { key, errors: validateContent(snapshot).errors };
  return checked.errors;
}

export const onRequest = defineMiddleware((_context, next) => {
  if (!import.meta.env.DEV) return next();
  const errors = contentProblems();
  if (errors.length) {
    const error: ContentError & { hint?: string } = new ContentError(errors);
    // The overlay's title is the error's name, its "Hint" box the hint; the problems are the whole story,
    // so there is no stack to show.
    error.name = '内容检查未通过';
    error.hint = '改好后保存文件，再刷新本页。也可以运行 npm run validate 查看同样的清单。';
    error.stack = '';
    throw error;
  }
  return next();
});
