import { lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { contentRoot } from '../../lib/content/root.ts';
import { findUnsafeContent } from '../../lib/content/mdx-safety.ts';
import { formatProblems } from '../../lib/content/problem.ts';

interface FileLike {
  path?: string;
}

/**
 * Refuses an article whose body holds MDX code (import/export, JSX, expressions), a link that is not
 * http(s), mailto or a site path, or an image that is not a file of its issue (lib/content/mdx-safety.ts,
 * the rule validation applies too). It runs first on the syntax tree of the articles' rendering
 * (src/integrations/content/loaders.ts: Markdown read with the MDX syntax, straight to HTML, never to
 * JavaScript), so in `npm run dev` as in the build an outside pull request's page is never made.
 */
export function remarkContentSafety() {
  return (tree: Root, file: FileLike): void => {
    const root = contentRoot();
    const path = file.path ? relative(root, file.path).split(sep).join('/') : '(文章)';
    // Astro keeps the front matter's lines as blank lines, so the tree's lines are the file's.
    const isRegularFile = (contentPath: string) =>
      lstatSync(join(root, contentPath), { throwIfNoEntry: false })?.isFile() ?? false;
    const problems = findUnsafeContent(tree, path, 0, isRegularFile);
    if (!problems.length) return;
    const label = `${relative(process.cwd(), root).split(sep).join('/') || '.'}/${path}`;
    throw new Error(
      `${label}：正文有 ${problems.length} 处不安全的内容，网站不能生成：\n` +
        formatProblems(problems.map((problem) => ({ file: label, ...problem }))) +
        `\nUnsafe content in ${label}: ${problems.map((p) => p.detail).join('; ')}`,
    );
  };
}
