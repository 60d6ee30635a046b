import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/content-fixture.ts';

/**
 * ESLint's import-x/no-cycle skips `import type`, by design: a type-only cycle costs nothing at run time.
 * It still ties modules together, so this test walks every import of src/ and scripts/, types included
 * (read with TypeScript's own pre-processor), and requires the graph to have no cycle.
 */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .map((imported) => imported.fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => resolve(dirname(file), name))
        .filter((target) => known.has(target));
      return [file, targets];
    }),
  );
}

/** Every cycle found by depth-first search, each as a list of files from the project root. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles.map((cycle) => cycle.map((file) => relative(PROJECT_ROOT, file)));
}

describe('imports', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      [join(PROJECT_ROOT, 'a.ts'), [join(PROJECT_ROOT, 'b.ts')]],
      [join(PROJECT_ROOT, 'b.ts'), [join(PROJECT_ROOT, 'a.ts')]],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it('form no cycle in src/ and scripts/, type-only imports included', () => {
    const files = [...sourceFiles(join(PROJECT_ROOT, 'src')), ...sourceFiles(join(PROJECT_ROOT, 'scripts'))];
    expect(files.length).toBeGreaterThan(100);
    expect(findCycles(importGraph(files))).toEqual([]);
  });
});
