import { describe, expect, it } from 'vitest';
import { BROKEN_CONTENT_CASES } from '../../../scripts/lib/broken-content.ts';
import { readContentSnapshot } from '../../../src/lib/content/snapshot.ts';
import { validateContent } from '../../../src/lib/validation/validate-archive.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const files = readContentSnapshot(FIXTURE_ARCHIVE).files;

// The same cases as the guide's message list and the CLI tests (scripts/lib/broken-content.ts).
describe.each(BROKEN_CONTENT_CASES)('validateContent: $title', ({ breakContent, pointsAt }) => {
  it('fails, and its first message points at the file and place the case names', () => {
    const errors = validateContent({ rootLabel: 'content', files: breakContent([...files]) }).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({
      file: `content/${pointsAt.file}`,
      ...(pointsAt.place ? { place: pointsAt.place } : {}),
      ...(pointsAt.line ? { line: pointsAt.line } : {}),
    });
  });
});

it('the fixture archive itself is valid, so each message comes from its case alone', () => {
  expect(validateContent({ rootLabel: 'content', files }).errors).toEqual([]);
});
