import type { ValidatedIssue } from './validate-archive.ts';

/**
 * The content file each page is made from, to name it when rendering the page fails: an issue page is
 * made from its folder, an article page from its file, named as on disk (`01-x.mdx` or `001-x.mdx`) as
 * validation read it. Other pages come from no one file.
 */
export function contentFileOfPage(
  issues: readonly ValidatedIssue[],
  rootLabel: string,
): (page: string) => string | undefined {
  return (page) => {
    const match = /\/issues\/(\d{4}-\d{2})\/(?:articles\/([a-z0-9-]+)\/)?$/.exec(page);
    const issue = match && issues.find((i) => i.id === match[1]);
    if (!match || !issue) return undefined;
    if (!match[2]) return `${rootLabel}/issues/${issue.id}/`;
    const article = issue.articles.find((a) => a.slug === match[2]);
    return article && issue.files.get(article.id);
  };
}
