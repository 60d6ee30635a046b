import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { latestIssue, loadIssues } from '../data/archive.ts';
import { absolute, paths, serialWithPublisher, SITE_NAME } from '../data/site.ts';
import { plainText } from '../lib/articles/article.ts';
import { feedItems } from '../lib/site/feed.ts';

/** The RSS feed: the newest issues, each followed by its articles and short items. */
export const GET: APIRoute = async () => {
  const issues = await loadIssues();
  const feedUrl = absolute(paths.feed());
  return rss({
    title: SITE_NAME,
    description: `${serialWithPublisher((await latestIssue())?.publisher)}：新的一期及其各篇文章和简讯。`,
    site: absolute(paths.home()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(issues, {
      url: absolute,
      summary: (article) => [...plainText(article.entry.body ?? '')].slice(0, 160).join(''),
    }),
  });
};
