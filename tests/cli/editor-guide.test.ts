import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE, renderValidationMessages, updatedGuide, caseProblems } from '../../scripts/guide-messages.ts';
import { BROKEN_CONTENT_CASES } from '../../scripts/lib/broken-content.ts';
import { readContentSnapshot } from '../../src/lib/content/snapshot.ts';
import { FIXTURE_ARCHIVE, PROJECT_ROOT } from '../support/content-fixture.ts';

const guide = readFileSync(GUIDE, 'utf8');
const files = readContentSnapshot(FIXTURE_ARCHIVE).files;

describe('docs/编辑指南.md', () => {
  it('lists the validation messages exactly as npm run validate prints them today', () => {
    // If this fails after a message changed: node scripts/guide-messages.ts --write
    expect(updatedGuide(guide, renderValidationMessages(files))).toBe(guide);
  });

  it('shows one kind of mistake per case: each case yields messages, all in Chinese', () => {
    for (const validationCase of BROKEN_CONTENT_CASES) {
      const problems = caseProblems(validationCase, files);
      expect(problems.length, validationCase.title).toBeGreaterThan(0);
      for (const problem of problems) expect(problem.message, validationCase.title).toMatch(/\p{Script=Han}/u);
    }
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain('docs/编辑指南.md');
  });

  it('shows screenshots that exist and are small PNGs', () => {
    const images = [...guide.matchAll(/!\[[^\]]*\]\((images\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThanOrEqual(4);
    for (const image of images) {
      const path = join(PROJECT_ROOT, 'docs', image);
      expect(existsSync(path), image).toBe(true);
      expect(readFileSync(path).subarray(1, 4).toString(), image).toBe('PNG');
      expect(statSync(path).size, image).toBeLessThan(100_000);
    }
  });

  it('links only to sections it has', () => {
    const anchors = new Set(
      [...guide.matchAll(/^#{2,4} (.+)$/gm)].map((m) =>
        m[1]!
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s-]/gu, '')
          .replace(/\s/g, '-'),
      ),
    );
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const anchor of links) expect(anchors, anchor).toContain(anchor);
  });
});
