import type { Root } from 'mdast';
import type { EditorialNote } from '../../lib/articles/schema.ts';
import { placeEditorialNotes, unplacedNoteMessage } from '../../lib/articles/editorial-passage.ts';

export { editorialNoteId } from '../../lib/articles/editorial-passage.ts';

interface FileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function slugOfFile(path: string | undefined): string {
  const name = (path ?? '').split(/[\\/]/).pop() ?? '';
  return name.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

/**
 * Marks each passage listed in the front matter's `editorialNotes` and puts the note right after its
 * paragraph (articles/editorial-passage.ts). Validation runs the same placement, so a note that cannot be marked
 * has normally stopped the build already; if one gets here anyway, the build fails naming the file and
 * the note rather than publish the article with the note silently missing.
 */
export function remarkEditorialNotes() {
  return (tree: Root, file: FileLike): void => {
    const notes = file.data.astro?.frontmatter?.editorialNotes as EditorialNote[] | undefined;
    if (!notes?.length) return;
    const unplaced = placeEditorialNotes(tree, notes, slugOfFile(file.path));
    if (!unplaced.length) return;
    const lines = unplaced.map(
      (problem) =>
        `  editorialNotes[${problem.index}].original “${problem.note.original}”：${unplacedNoteMessage(problem)}`,
    );
    throw new Error(
      `${file.path ?? '(文章)'}：有 ${unplaced.length} 条编者注无法在正文中标出，网站不能生成（否则编者注会缺失）：\n${lines.join('\n')}\n` +
        `Editorial note(s) ${unplaced.map((p) => p.index).join(', ')} of ${file.path ?? 'an article'} could not be placed in the text.`,
    );
  };
}
