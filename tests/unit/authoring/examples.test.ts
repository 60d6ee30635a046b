import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../../src/lib/content/snapshot.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import {
  EXAMPLE_MARKER,
  EXAMPLES_FOLDER,
  exampleFiles,
  exampleFolders,
  findExampleLeftovers,
  isExamplePath,
} from '../../../src/lib/authoring/examples.ts';
import { planNewIssue, sectionNames } from '../../../src/lib/authoring/scaffold.ts';
import { rankingFileSchema } from '../../../src/lib/rankings/schema.ts';
import { tableSchema } from '../../../src/lib/tables/collection-schema.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const real = readContentSnapshot(FIXTURE_ARCHIVE).files;
const scaffold = planNewIssue(
  { year: 2020, number: 4, date: '2020-12-10' },
  { files: real, sections: sectionNames(real) },
).plan!;

/** The scaffold with every example copied to its real place, as an editor does, optionally edited. */
function copiedIntoPlace(edit: (text: string) => string = (text) => text): ContentFile[] {
  const copies = scaffold.files
    .filter((f) => f.path.includes(`/${EXAMPLES_FOLDER}/`))
    .map((f) => ({ path: f.path.replace(`/${EXAMPLES_FOLDER}/`, '/'), text: edit(f.text) }));
  return [...real, ...scaffold.files, ...copies];
}

describe('examples', () => {
  it('are recognised by path', () => {
    expect(isExamplePath('_examples/tables/01-example-table.json')).toBe(true);
    expect(isExamplePath('tables/01-example-table.json')).toBe(false);
  });

  it('use sections the archive has, so a copied example validates', () => {
    const [article, brief] = exampleFiles(['国家政策']);
    expect(article!.text).toContain('section: 国家政策');
    expect(brief!.text).toContain('section: 国家政策');
  });

  it('copied but not rewritten, cannot be published: every copy is named for its leftover marker', () => {
    const errors = validateContent({ rootLabel: 'content', files: copiedIntoPlace() }).errors;
    expect(errors.map((e) => e.file).sort()).toEqual([
      'content/issues/2020-04/articles/01-example-article.mdx',
      'content/issues/2020-04/articles/02-example-brief.mdx',
      'content/issues/2020-04/rankings.json',
      'content/issues/2020-04/tables/01-example-table.json',
    ]);
    expect(errors.every((e) => e.message.includes(`还留着示例文字“${EXAMPLE_MARKER}”`) && e.line !== undefined)).toBe(
      true,
    );
  });

  it('once rewritten (marker removed), pass validation and the table and ranking schemas', () => {
    const files = copiedIntoPlace((text) => text.replaceAll(EXAMPLE_MARKER, ''));
    expect(validateContent({ rootLabel: 'content', files }).errors).toEqual([]);
    const table = files.find((f) => f.path === 'issues/2020-04/tables/01-example-table.json')!;
    expect(tableSchema.safeParse(JSON.parse(table.text)).success).toBe(true);
    const rankings = files.find((f) => f.path === 'issues/2020-04/rankings.json')!;
    expect(rankingFileSchema.safeParse(JSON.parse(rankings.text)).success).toBe(true);
  });

  it('the example table adds up: its row totals and printed totals agree with its rows', () => {
    const table = tableSchema.parse(
      JSON.parse(scaffold.files.find((f) => f.path.endsWith('01-example-table.json'))!.text),
    );
    const totalAt = table.columns.findIndex((c) => c.key === table.rowTotalColumn);
    for (const row of table.rows) {
      const cells = row.cells as Array<number | null>;
      expect(cells.filter((_, i) => i !== totalAt).reduce<number>((a, c) => a + (c ?? 0), 0)).toBe(cells[totalAt]);
    }
    table.columns.forEach((_, c) => {
      const values = table.rows.map((r) => (r.cells as Array<number | null>)[c]).filter((v): v is number => v !== null);
      expect((table.printedTotals!.cells as Array<number | null>)[c]).toBe(
        values.length ? values.reduce((a, b) => a + b, 0) : null,
      );
    });
  });

  it('the leftover check ignores the examples themselves and README files', () => {
    const files = [...real, ...scaffold.files];
    expect(findExampleLeftovers({ rootLabel: 'content', files })).toEqual([]);
  });
});

describe('exampleFolders', () => {
  it('lists each issue folder that still holds examples, for the reminder in npm run validate', () => {
    expect(exampleFolders({ rootLabel: 'content', files: [...real, ...scaffold.files] })).toEqual([
      'content/issues/2020-04/_examples/',
    ]);
    expect(exampleFolders({ rootLabel: 'content', files: real })).toEqual([]);
  });
});
