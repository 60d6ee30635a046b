/**
 * What the importer tells the editor: what it did on its own (so it can be checked against the print)
 * and what it could not decide (so an editor looks at it). Never silent, never a guess.
 */
export interface ImportNote {
  /** `applied`: done and reported; `review`: written as found, an editor must look. */
  kind: 'applied' | 'review';
  /** File in the new issue folder it concerns (`tables/02-table-02.json`), once files are named. */
  file?: string;
  /** Line of the export it comes from. */
  line?: number;
  /** Where in the file: a row (`第 52 行“市文明办”`), a paragraph, a field. */
  place?: string;
  /** What was found and what was done or is needed, in Chinese. */
  message: string;
  /** The likely correction, where there is one. */
  suggestion?: string;
}

/** One note as a terminal line; `unit` is what the source's numbers count (行 of a text export, 段 of a Word file). */
export function formatImportNote(note: ImportNote, index: number, unit = '行'): string {
  const where = [note.file, note.line !== undefined ? `原文第 ${note.line} ${unit}` : undefined, note.place]
    .filter(Boolean)
    .join(' · ');
  const suggestion = note.suggestion ? `\n      可能的改法：${note.suggestion}` : '';
  return `  ${index + 1}. ${where ? `${where}：` : ''}${note.message}${suggestion}`;
}

/** The applied and review notes as two numbered lists, for the terminal. */
export function formatImportNotes(notes: readonly ImportNote[], unit = '行'): string {
  const format = (note: ImportNote, index: number) => formatImportNote(note, index, unit);
  const applied = notes.filter((n) => n.kind === 'applied');
  const review = notes.filter((n) => n.kind === 'review');
  const parts: string[] = [];
  if (applied.length) parts.push(`已自动处理（请对照印刷版核对）：\n${applied.map(format).join('\n')}`);
  if (review.length) parts.push(`需要编辑过目（按原样写入，未作改动）：\n${review.map(format).join('\n')}`);
  return parts.join('\n\n');
}
