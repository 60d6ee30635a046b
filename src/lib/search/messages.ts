/** What the search page says, in Chinese, in one place. */

export const SEARCH_MESSAGES = {
  searching: '正在搜索……',
  failed: '搜索暂时无法使用：搜索索引没有载入。请稍后重试，或按期浏览往期简报。',
  more: '显示更多结果',
  olderFailed: '只搜索了最近各期：更早各期的搜索索引没有载入，请稍后重试。',
} as const;

/** 找到 23 条结果，显示第 1–10 条 */
export function resultSummary(total: number, shown: number, query: string): string {
  const about = query ? `与“${query}”相关的` : '';
  if (total === 0) return `没有找到${about}内容。`;
  const range = shown < total ? `，显示第 1–${shown} 条` : '';
  return `找到 ${total} 条${about}结果${range}。`;
}

/**
 * The first results, from the newest issues' bundle, while the older issues' bundles load
 * (lib/search/bundles.ts): 最近各期中找到 12 条……结果，显示第 1–5 条；正在搜索更早的各期……
 */
export function partialSummary(total: number, shown: number, query: string): string {
  return `最近各期中${resultSummary(total, shown, query).replace(/。$/, '')}；正在搜索更早的各期……`;
}

/** The page title while a search is shown, so history and shared tabs say what was searched. */
export function searchPageTitle(query: string): string {
  return query ? `“${query}”的搜索结果` : '搜索';
}

/** A result's details line: 2020年第3期 · 2020年10月10日 · 工作推进 · 市信用办 (what the page has of them). */
export function resultDetails(meta: Readonly<Record<string, string | undefined>>): string {
  const title = meta.title ?? '';
  const issue = meta.issue && !title.includes(meta.issue) ? meta.issue : undefined;
  return [issue, meta.date, meta.section, meta.source].filter(Boolean).join(' · ');
}
