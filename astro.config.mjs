// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkContentSafety } from './src/integrations/remark/content-safety.ts';
import { remarkBriefMarker } from './src/integrations/remark/brief-marker.ts';
import { remarkEditorialNotes } from './src/integrations/remark/editorial-notes.ts';
import { onBundlerLog } from './src/integrations/build-log-filter.ts';
import { pagefindIntegration } from './src/integrations/pagefind/integration.ts';
import { decapIntegration } from './src/integrations/decap/integration.ts';

// Where the site is served from. SITE_URL gives canonical and feed URLs; BASE_PATH serves it under a
// sub-path such as a project page (/archive/). ARCHIVE_OUT_DIR lets `npm run build` write to a staging
// folder and swap it in whole, so a failed build never leaves a half-written dist/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.ARCHIVE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Styles and scripts go to hashed files under /_astro/, never inline: the Content-Security-Policy in
  // deploy/nginx.conf then allows only 'self' (no 'unsafe-inline', no per-page hashes), and the files
  // are cached for a year. assetsInlineLimit 0 stops Vite inlining small scripts into the HTML.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // onBundlerLog drops one meaningless Rolldown warning per MDX article (see src/integrations/build-log-filter.ts).
  // The web editor's own script (/admin/ only) carries the archive's validation (zod, the MDX parser), about
  // 0.7 MB; reader pages' JavaScript is held to its budgets in bytes by the tests, so Vite's generic 500 kB
  // chunk warning says nothing here.
  vite: { build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 1024, rolldownOptions: { onLog: onBundlerLog } } },
  devToolbar: { enabled: false },
  markdown: {
    // The owner chose remark-gfm, so Markdown runs through the unified pipeline with it as a plugin.
    // Smart punctuation is off: the bulletin's Chinese quotes and dashes are printed as they are.
    processor: unified({
      gfm: false,
      smartypants: false,
      // remarkContentSafety first: it refuses code, unsafe links and outside images before anything else
      // sees the tree. The articles (MDX files) are rendered by this pipeline with the MDX syntax read
      // first (src/integrations/content/loaders.ts), so `npm run dev` refuses them as the build does.
      remarkPlugins: [remarkContentSafety, remarkGfm, remarkBriefMarker, remarkEditorialNotes],
    }),
  },
  integrations: [
    // Registers .mdx as a content type (its front matter); the articles' bodies are rendered as above.
    mdx(),
    // The 404 page and the web editor (/admin/) are not pages for readers or search engines.
    sitemap({ filter: (page) => !/\/(404|admin)\/?$/.test(new URL(page).pathname) }),
    pagefindIntegration(),
    // The web editor's Decap CMS: its own prebuilt bundle, copied to /admin/decap/ (not re-bundled by Vite).
    decapIntegration(),
  ],
});
