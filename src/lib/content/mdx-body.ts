import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * One frozen processor for every body: freezing combines the syntax extensions of remark-mdx and
 * remark-gfm, which cost more than parsing a bulletin article, so a processor per body made validating
 * 1,000 issues several seconds slower. A frozen processor keeps no state between parses.
 */
const createProcessor = () => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
let processor: ReturnType<typeof createProcessor> | undefined;

/**
 * An article body read into a Markdown syntax tree the way `npm run build` reads it: Markdown with the
 * MDX syntax (@astrojs/mdx) and GFM (remark-gfm, as astro.config.mjs adds it). Validation uses it to see
 * the text exactly as the site's remark plugins will, e.g. where editorial notes can be marked.
 * Throws MDX's own error (with line and column) on a body MDX cannot read.
 */
export function parseMdxBody(body: string): Root {
  // remark-gfm adds its syntax when the processor is frozen; its tree transforms run in runSync.
  processor ??= createProcessor();
  return processor.runSync(processor.parse(body)) as Root;
}
