import { relative, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { globRenderingMdxAsMarkdown, globWithoutBom } from './integrations/content/loaders.ts';
import { articleSchema } from './lib/articles/schema.ts';
import { entryId, issueFolderOf, parseArticlePath, parseTablePath } from './lib/content/paths.ts';
import { contentRoot } from './lib/content/root.ts';
import { ContentError } from './lib/content/problem.ts';
import { readContentSnapshot } from './lib/content/snapshot.ts';
import { issueSchema } from './lib/issues/schema.ts';
import { rankingFileSchema } from './lib/rankings/schema.ts';
import { tableSchema } from './lib/tables/collection-schema.ts';
import { UNITS_FILE, unitsFileSchema } from './lib/units/schema.ts';

// Every collection reads the editors' folder, content/ (or ARCHIVE_CONTENT_DIR for test fixtures).
// Ids come from paths: an issue is its folder, an article is folder + slug, so nothing is said twice.
const base = contentRoot();

// `npm run build` validates first, but `npm run dev` does not: refuse links, special files, oversized
// and non-UTF-8 files here too (lib/content/snapshot.ts), before Astro's loaders read any of them.
const unreadable = readContentSnapshot(base, relative(process.cwd(), base).split(sep).join('/') || '.').problems ?? [];
if (unreadable.length) throw new ContentError(unreadable);

const issues = defineCollection({
  loader: globWithoutBom({
    base,
    pattern: 'issues/*/issue.json',
    generateId: ({ entry }) => issueFolderOf(entry.replace(/^issues\//, '')),
  }),
  schema: issueSchema,
});

const articles = defineCollection({
  loader: globRenderingMdxAsMarkdown({
    base,
    pattern: 'issues/*/articles/*.mdx',
    generateId: ({ entry }) => {
      const key = parseArticlePath(entry.replace(/^issues\//, ''));
      // Validation runs before the build and reports misnamed files; this is only a last guard.
      if (!key) throw new Error(`文章文件名不合规则 / bad article path: ${entry}`);
      return entryId(key);
    },
  }),
  schema: articleSchema,
});

const tables = defineCollection({
  loader: globWithoutBom({
    base,
    pattern: 'issues/*/tables/*.json',
    generateId: ({ entry }) => {
      const key = parseTablePath(entry.replace(/^issues\//, ''));
      if (!key) throw new Error(`数据表文件名不合规则 / bad table path: ${entry}`);
      return entryId(key);
    },
  }),
  schema: tableSchema,
});

const rankings = defineCollection({
  loader: globWithoutBom({
    base,
    pattern: 'issues/*/rankings.json',
    generateId: ({ entry }) => issueFolderOf(entry.replace(/^issues\//, '')),
  }),
  schema: rankingFileSchema,
});

// The editors' unit alias list (optional): one entry, `units`.
const units = defineCollection({
  loader: glob({ base, pattern: UNITS_FILE, generateId: () => 'units' }),
  schema: unitsFileSchema,
});

export const collections = { issues, articles, tables, rankings, units };
