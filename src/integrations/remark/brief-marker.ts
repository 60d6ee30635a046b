import type { Root } from 'mdast';

interface FileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Short items were printed with a bullet (◇ or ☆) in front of their first paragraph. The marker is kept
 * in the front matter, so the body is the editor's plain text; this puts the printed bullet back in front
 * as real text, so it reads, copies and prints as published.
 */
export function remarkBriefMarker() {
  return (tree: Root, file: FileLike): void => {
    const frontmatter = file.data.astro?.frontmatter;
    const marker = frontmatter?.kind === 'brief' ? frontmatter.marker : undefined;
    if (typeof marker !== 'string' || !marker) return;
    const first = tree.children.find((node) => node.type === 'paragraph');
    if (!first || first.type !== 'paragraph') return;
    first.children.unshift(
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['brief-marker'] } },
        children: [{ type: 'text', value: marker }],
      },
      { type: 'text', value: ' ' },
    );
  };
}
