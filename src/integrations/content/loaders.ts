import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { glob } from 'astro/loaders';
import remarkMdx from 'remark-mdx';
import { stripBom } from '../../lib/common/text.ts';

/**
 * The content collections' loaders: Astro's glob() with two changes to how it reads files, made through
 * the entry types Astro hands it (by file extension), which are not in the public LoaderContext type.
 * A change in Astro that drops them fails the build here with a message, and fails the BOM build test
 * (tests/cli/hostile-content.test.ts) and the article pages' tests.
 */
type Loader = ReturnType<typeof glob>;
type LoadContext = Parameters<Loader['load']>[0];
type GlobOptions = Parameters<typeof glob>[0];
interface RenderInput {
  body?: string;
  filePath?: string;
}
type RenderFunction = (entry: RenderInput) => Promise<unknown>;
interface EntryType {
  getEntryInfo: (input: { contents: string; fileUrl: URL }) => unknown;
  getRenderFunction?: (config: AstroConfigWithMarkdown) => Promise<RenderFunction>;
}
interface AstroConfigWithMarkdown {
  markdown: { processor: ReturnType<typeof unified> };
}
type GlobContext = LoadContext & { entryTypes: Map<string, EntryType> };

function withEntryTypes(options: GlobOptions, change: (types: Map<string, EntryType>) => void): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (loadContext: LoadContext) => {
      const context = loadContext as GlobContext;
      if (!(context.entryTypes instanceof Map)) {
        throw new Error('Astro 的内容加载接口已变化（没有 entryTypes） / Astro no longer passes entryTypes to glob()');
      }
      const entryTypes = new Map(context.entryTypes);
      change(entryTypes);
      return loader.load({ ...context, entryTypes } as GlobContext);
    },
  };
}

/**
 * glob() with JSON read as validation reads it: a leading byte order mark (Windows Notepad writes one)
 * is dropped before Astro's JSON.parse sees it, so a file validate accepts also builds.
 */
export function globWithoutBom(options: GlobOptions): Loader {
  return withEntryTypes(options, (types) => {
    const json = types.get('.json');
    if (!json) return;
    types.set('.json', {
      ...json,
      getEntryInfo: (input) => json.getEntryInfo({ ...input, contents: stripBom(input.contents) }),
    });
  });
}

/**
 * glob() for the articles: MDX files whose bodies are rendered to HTML while the content is loaded, by
 * Astro's Markdown pipeline (the project's remark plugins, remark-gfm) with the MDX syntax (remark-mdx)
 * read first, instead of each becoming a JavaScript module that Vite compiles (@astrojs/mdx's way).
 *
 * Why: an article may hold no code (no import/export, JSX or expressions: lib/content/mdx-safety.ts,
 * refused by validation and again by the remark step here), so what MDX would compile is Markdown read
 * with MDX's syntax, and rendering it directly gives the same HTML, byte for byte on the real issue and
 * on a 300-issue synthetic archive, while compiling 3,300 modules was a quarter of a 300-issue build.
 * It also means an article's text never becomes JavaScript at all, in the build as in `npm run dev`.
 *
 * A body the pipeline refuses (the remark safety step throws) is logged by glob() and left without
 * HTML; the build then stops here, naming the files. (`npm run build` validates before Astro runs, so
 * this is a last guard; in `npm run dev` the page shows validation's report, src/middleware.ts.)
 */
export function globRenderingMdxAsMarkdown(options: GlobOptions): Loader {
  const failures: string[] = [];
  /** Lines before each article's body (its front matter), by file path, as read for its entry. */
  const linesBeforeBody = new Map<string, number>();
  let dev = false;
  const loader = withEntryTypes(options, (types) => {
    const markdown = types.get('.md');
    const mdx = types.get('.mdx');
    if (!markdown?.getRenderFunction || !mdx) {
      throw new Error(
        'Astro 的 Markdown 内容类型已变化，无法生成文章正文 / Astro’s .md entry type has no getRenderFunction, or .mdx is not registered',
      );
    }
    types.set('.mdx', {
      getEntryInfo: async (input) => {
        const info = (await mdx.getEntryInfo(input)) as { body?: string };
        linesBeforeBody.set(fileURLToPath(input.fileUrl), linesBefore(input.contents, info.body ?? ''));
        return info;
      },
      getRenderFunction: async (config) => {
        const { options: pipeline } = config.markdown.processor;
        const processor = unified({ ...pipeline, remarkPlugins: [remarkMdx, ...pipeline.remarkPlugins] });
        const render = await markdown.getRenderFunction!({ ...config, markdown: { ...config.markdown, processor } });
        return async (entry) => {
          try {
            // The front matter's lines kept as blank lines (as MDX reads a file), so the line numbers the
            // remark steps report are the file's. Blank lines before the text change no HTML.
            const blank = '\n'.repeat(linesBeforeBody.get(entry.filePath ?? '') ?? 0);
            return await render({ ...entry, body: blank + (entry.body ?? '') });
          } catch (error) {
            failures.push(entry.filePath ?? '(文章)');
            throw error;
          }
        };
      },
    });
  });
  return {
    ...loader,
    load: async (context: LoadContext) => {
      failures.length = 0;
      dev ||= Boolean(context.watcher);
      await loader.load(context);
      if (failures.length && !dev) {
        throw new Error(
          `${failures.length} 篇文章的正文无法生成（原因见上），网站没有生成 / article bodies could not be rendered:\n${failures.join('\n')}`,
        );
      }
    },
  };
}

/** How many lines of `source` come before `body` (0 when it is not found). */
function linesBefore(source: string, body: string): number {
  const at = body ? source.indexOf(body) : -1;
  let lines = 0;
  for (let i = 0; i < at; i += 1) if (source.charCodeAt(i) === 10) lines += 1;
  return lines;
}
