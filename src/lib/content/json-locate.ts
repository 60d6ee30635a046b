import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { stripBom } from '../common/text.ts';
import { lineColumnAt } from './file-text.ts';

/**
 * Finds where a value sits in a JSON file's text, so that a message about `rows[5].cells[3]` can also
 * say “第 9 行第 41 列” and an editor can jump there. Only for text that JSON.parse accepted; returns
 * null when the path is not in the text (for example a missing key). jsonc-parser keeps every node's
 * offset, which JSON.parse throws away.
 */
export function locateJsonPath(
  text: string,
  path: ReadonlyArray<string | number>,
): { line: number; column: number } | null {
  // Editors do not see a byte order mark, so columns are counted without it.
  const source = stripBom(text);
  const root = parseTree(source, [], { disallowComments: true });
  const node = root && findNodeAtLocation(root, [...path]);
  return node ? lineColumnAt(source, node.offset) : null;
}
