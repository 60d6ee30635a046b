import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { EditorialNote } from './schema.ts';

/**
 * Where an editorial note's `original` is marked in an article, decided on the article's Markdown tree.
 * The remark plugin that renders the notes (src/integrations/remark/editorial-notes.ts) and the content check
 * (validation/validate-archive.ts, on a tree from content/mdx-body.ts) both call `placeEditorialNotes`, so a note that
 * passes validation is the note the site shows, and one the site could not show fails validation.
 *
 * A passage is found in the text of a top-level paragraph as Markdown reads it: escapes resolved, soft
 * line breaks kept as "\n". It must lie within one run of text (not across a link or emphasis) and
 * occur exactly once in the article.
 */

/** Ids of the marks and notes of one article, unique on a page that shows a whole issue. */
export function editorialNoteId(articleSlug: string, index: number): string {
  return `${articleSlug}-note-${index + 1}`;
}

/** A note that could not be marked: which one, how often its original was found, and why, in Chinese. */
export interface UnplacedNote {
  index: number;
  note: EditorialNote;
  /** How many times the original occurs where a note can be marked (0, or more than 1). */
  count: number;
  /** What the editor should do, in Chinese. */
  reason: string;
}

interface Place {
  block: number;
  child: number;
  offset: number;
}

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at >= 0 && part; at = text.indexOf(part, at + part.length)) found.push(at);
  return found;
}

/** Every place where `original` occurs inside one text node of a top-level paragraph. */
function findPlaces(tree: Root, original: string): Place[] {
  const places: Place[] = [];
  tree.children.forEach((block, blockIndex) => {
    if (block.type !== 'paragraph') return;
    block.children.forEach((child, childIndex) => {
      if (child.type !== 'text') return;
      for (const offset of occurrences(child.value, original))
        places.push({ block: blockIndex, child: childIndex, offset });
    });
  });
  return places;
}

/** All the text of a node, formatting and links included. */
function textOf(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string')
    return node.type === 'text' || node.type === 'inlineCode' ? node.value : '';
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

const withoutLineBreaks = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, '');

/** Why a passage was not found where a note can be marked: the closest near miss, in Chinese. */
function explainMissing(tree: Root, original: string): string {
  const exact = '：应与正文中的文字一字不差（包括空格和标点）';
  for (const block of tree.children) {
    const text = textOf(block);
    if (block.type === 'paragraph') {
      if (text.includes(original))
        return '：原文跨过了链接、加粗等格式的边界，编者注只能标在同一段连续的文字上；请只摘格式内或格式外的文字';
      if (!original.includes('\n') && withoutLineBreaks(text).includes(withoutLineBreaks(original))) {
        return '：正文在这段文字中间换了行（网页上显示为一个空格），原文与它不一致；请把正文中这一处接成一行（删去换行），或从换行的前面或后面摘取原文';
      }
    } else if (withoutLineBreaks(text).includes(withoutLineBreaks(original))) {
      return '：原文在标题、列表、引用或表格中，编者注只能标在正文段落里';
    }
  }
  return exact;
}

/** Splits a text node around the passage: [before, marked original with its note reference, after]. */
function markPassage(text: Text, offset: number, note: EditorialNote, id: string, number: number): PhrasingContent[] {
  const before = text.value.slice(0, offset);
  const after = text.value.slice(offset + note.original.length);
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
  return [
    ...(before ? [{ type: 'text', value: before } as Text] : []),
    marked,
    reference,
    ...(after ? [{ type: 'text', value: after } as Text] : []),
  ];
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
      paragraph(
        [
          { type: 'strong', children: [{ type: 'text', value: `编者注${number}` }] },
          { type: 'text', value: `　${note.note}` },
        ],
        'editorial-note-text',
      ),
      paragraph(
        [{ type: 'text', value: `原文：“${note.original}”　建议读作：“${note.reading}”` }],
        'editorial-note-reading',
      ),
    ],
  };
}

/**
 * Marks each note's passage in `tree` (in the order of the notes) and puts the note right after its
 * paragraph. The published text stays as it is; the passage is only wrapped. Returns the notes that
 * could not be marked, with the reason; the tree is left without them.
 */
export function placeEditorialNotes(tree: Root, notes: readonly EditorialNote[], articleSlug: string): UnplacedNote[] {
  const unplaced: UnplacedNote[] = [];
  notes.forEach((note, index) => {
    const places = findPlaces(tree, note.original);
    if (places.length !== 1) {
      const reason = places.length === 0 ? explainMissing(tree, note.original) : `：请多摘几个字，使它只出现一次`;
      unplaced.push({ index, note, count: places.length, reason });
      return;
    }
    const { block, child, offset } = places[0]!;
    const id = editorialNoteId(articleSlug, index);
    const paragraph = tree.children[block] as Paragraph;
    paragraph.children.splice(child, 1, ...markPassage(paragraph.children[child] as Text, offset, note, id, index + 1));
    tree.children.splice(block + 1, 0, noteBlock(note, id, index + 1));
  });
  return unplaced;
}

/** The Chinese message for a note that could not be marked, as validation and the build both say it. */
export function unplacedNoteMessage(problem: Pick<UnplacedNote, 'count' | 'reason'>): string {
  return problem.count === 0
    ? `编者注的“原文”在正文中找不到${problem.reason}`
    : `编者注的“原文”在正文中出现了 ${problem.count} 次${problem.reason}`;
}
