import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { EditorialNote } from './article-schema.ts';

/** Ids of the marks and notes of one article, unique on a page that shows a whole issue. */
export function editorialNoteId(articleSlug: string, index: number): string {
  return `${articleSlug}-note-${index + 1}`;
}

interface FileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function slugOfFile(path: string | undefined): string {
  const name = (path ?? '').split(/[\\/]/).pop() ?? '';
  return name.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

/** Splits a text node around `original`: [before, marked original with its note reference, after]. */
function markPassage(text: Text, note: EditorialNote, id: string, number: number): PhrasingContent[] | null {
  const at = text.value.indexOf(note.original);
  if (at < 0) return null;
  const before = text.value.slice(0, at);
  const after = text.value.slice(at + note.original.length);
  const marked: PhrasingContent = {
    type: 'emphasis',
    data: { hName: 'mark', hProperties: { className: ['editorial-original'], id: `${id}-passage` } },
    children: [{ type: 'text', value: note.original }],
  };
  const reference: PhrasingContent = {
    type: 'link',
    url: `#${id}`,
    data: { hProperties: { className: ['editorial-ref'], 'aria-label': `编者注 ${number}` } },
    children: [{ type: 'text', value: `［编者注${number}］` }],
  };
  return [...(before ? [{ type: 'text', value: before } as Text] : []), marked, reference, ...(after ? [{ type: 'text', value: after } as Text] : [])];
}

/** The note itself, shown right after the paragraph that holds the passage. */
function noteBlock(note: EditorialNote, id: string, number: number): RootContent {
  const paragraph = (children: PhrasingContent[], className: string): Paragraph => ({
    type: 'paragraph',
    data: { hProperties: { className: [className] } },
    children,
  });
  return {
    type: 'blockquote',
    data: { hName: 'aside', hProperties: { className: ['editorial-note'], id, 'aria-label': `编者注 ${number}` } },
    children: [
      paragraph([{ type: 'strong', children: [{ type: 'text', value: `编者注${number}` }] }, { type: 'text', value: `　${note.note}` }], 'editorial-note-text'),
      paragraph([{ type: 'text', value: `原文：“${note.original}”　建议读作：“${note.reading}”` }], 'editorial-note-reading'),
    ],
  };
}

/**
 * Marks each passage listed in the front matter's `editorialNotes` and puts the note right after its
 * paragraph. The published text stays as it is; the passage is only wrapped. Validation has already
 * checked that each passage occurs exactly once.
 */
export function remarkEditorialNotes() {
  return (tree: Root, file: FileLike): void => {
    const notes = file.data.astro?.frontmatter?.editorialNotes as EditorialNote[] | undefined;
    if (!notes?.length) return;
    const slug = slugOfFile(file.path);
    notes.forEach((note, index) => {
      const id = editorialNoteId(slug, index);
      for (let i = 0; i < tree.children.length; i++) {
        const block = tree.children[i]!;
        if (block.type !== 'paragraph') continue;
        const childIndex = block.children.findIndex((child) => child.type === 'text' && child.value.includes(note.original));
        if (childIndex < 0) continue;
        const replacement = markPassage(block.children[childIndex] as Text, note, id, index + 1);
        if (!replacement) continue;
        block.children.splice(childIndex, 1, ...replacement);
        tree.children.splice(i + 1, 0, noteBlock(note, id, index + 1));
        return;
      }
    });
  };
}
