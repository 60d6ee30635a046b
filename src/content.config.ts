import { relative, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/articles/schema.ts';
import { entryId, issueFolderOf, parseArticlePath, parseTablePath } from './lib/content/paths.ts';
import { contentRoot } from './lib/content/root.ts';
import { stripBom } from './lib/common/text.ts';
import { ContentError } from './lib/content/problem.ts';
import { readContentSnapshot } from './lib/content/snapshot.ts';
import { issueSchema } from './lib/issues/schema.ts';
import { rankingFileSchema } from './lib/rankings/schema.ts';
import { tableSchema } from './lib/tables/collection-schema.ts';

// Every collection reads the editors' folder, content/ (or ARCHIVE_CONTENT_DIR for test fixtures).
// Ids come from paths: an issue is its folder, an article is folder + slug, so nothing is said twice.
const base = contentRoot();

// `npm run build` validates first, but `npm run dev` does not: refuse links, special files, oversized
// and non-UTF-8 files here too (lib/content/snapshot.ts), before Astro's loaders read any of them.
const unreadable = readContentSnapshot(base, relative(process.cwd(), base).split(sep).join('/') || '.').problems ?? [];
if (unreadable.length) throw new ContentError(unreadable);

type Loader = ReturnType<typeof glob>;
type LoadContext = Parameters<Loader['load']>[0];
/** glob() reads files through the entry types Astro passes it; not in the public LoaderContext type. */
type EntryType = { getEntryInfo: (input: { contents: string }) => unknown };
type GlobContext = LoadContext & { entryTypes: Map<string, EntryType> };

/**
 * glob() with JSON read as validation reads it: a leading byte order mark (Windows Notepad writes one)
 * is dropped before Astro's JSON.parse sees it, so a file validate accepts also builds.
 */
function globWithoutBom(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (loadContext: LoadContext) => {
      // A change in Astro that drops entryTypes fails the BOM build test (tests/cli/hostile-content.test.ts).
      const context = loadContext as GlobContext;
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [
          extension,
          extension === '.json'
            ? {
                ...type,
                getEntryInfo: (input: Parameters<typeof type.getEntryInfo>[0]) =>
                  type.getEntryInfo({ ...input, contents: stripBom(input.contents) }),
              }
            : type,
        ]),
      );
      return loader.load({ ...context, entryTypes } as GlobContext);
    },
  };
}

const issues = defineCollection({
  loader: globWithoutBom({
    base,
    pattern: 'issues/*/issue.json',
    generateId: ({ entry }) => issueFolderOf(entry.replace(/^issues\//, '')),
  }),
  schema: issueSchema,
});

const articles = defineCollection({
  loader: glob({
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

export const collections = { issues, articles, tables, rankings };
