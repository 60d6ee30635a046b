import type { DecapCmsApp } from 'decap-cms-app';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import {
  articleFileToRecord,
  jsonFileToRecord,
  recordToArticleFile,
  recordToJsonFile,
  type CmsRecord,
} from '../../lib/authoring/cms-format.ts';
import { formatProblem } from '../../lib/content/problem.ts';
import { entryProblems, type CmsCollection } from '../../lib/validation/cms-entry.ts';
import { TableGridControl, TableGridPreview } from './table-grid-widget.ts';
import './admin.css';

/**
 * The web editor: Decap CMS from npm (no CDN), in Simplified Chinese, reading and writing the archive's
 * files with the archive's own formatters and checking every save with the archive's own validation.
 * Its configuration is /admin/config.yml (src/lib/authoring/cms-config.ts). Decap itself is its own
 * prebuilt bundle, copied to /admin/decap/ (src/integrations/decap/integration.ts); this script gives it
 * the React it expects as globals, loads it, and registers the archive's formats, widget and checks.
 */

declare global {
  interface Window {
    React?: typeof React;
    ReactDOM?: typeof ReactDOM;
    DecapCmsApp?: typeof DecapCmsApp;
  }
}

/** Decap's prebuilt bundle (it registers its locales, Simplified Chinese among them, itself). */
function loadDecap(): Promise<typeof DecapCmsApp> {
  window.React = React;
  window.ReactDOM = ReactDOM;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    // Relative to /admin/, so it works under a sub-path (BASE_PATH) as config.yml does.
    script.src = new URL('decap/decap-cms-app.js', document.baseURI).href;
    script.onload = () => (window.DecapCmsApp ? resolve(window.DecapCmsApp) : reject(new Error('Decap CMS 没有加载')));
    script.onerror = () => reject(new Error('Decap CMS 加载失败 / decap-cms-app.js did not load'));
    document.head.append(script);
  });
}

const CMS = await loadDecap();
CMS.registerCustomFormat('archive-json', 'json', {
  fromFile: (text: string) => jsonFileToRecord(text),
  toFile: (data: CmsRecord) => recordToJsonFile(data),
});
CMS.registerCustomFormat('archive-mdx', 'mdx', {
  fromFile: (text: string) => articleFileToRecord(text),
  toFile: (data: CmsRecord) => recordToArticleFile(data),
});
// Decap's widget types expect its own prop types; the grid declares only the props it uses.
CMS.registerWidget('table-grid', TableGridControl as never, TableGridPreview as never);

const sections = JSON.parse(
  document.querySelector<HTMLMetaElement>('meta[name="archive-sections"]')?.content ?? '[]',
) as string[];

interface EntryLike {
  get(key: string): unknown;
}

// The same rules as `npm run validate`, before anything is committed: a save with a problem stops
// here, and Decap shows the message (保存内容失败: …) naming the file and the place.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: EntryLike }) => {
    const collection = entry.get('collection') as CmsCollection;
    const data = (entry.get('data') as { toJS(): CmsRecord }).toJS();
    const isNew = Boolean(entry.get('newRecord'));
    const path = isNew ? undefined : String(entry.get('path')).replace(/^content\//, '');
    const problems = entryProblems(collection, data, sections, path);
    if (problems.length) {
      throw new Error(`${problems[0]!.file} 有 ${problems.length} 处问题：\n${problems.map(formatProblem).join('\n')}`);
    }
    return undefined;
  },
});

CMS.init();
