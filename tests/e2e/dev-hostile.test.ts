/**
 * Previewing an outside pull request with `npm run dev` must not run its code: the MDX pipeline's remark
 * step (src/integrations/remark/content-safety.ts) refuses the article before MDX compiles it, and the
 * dev server shows the Chinese message instead of the page.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfContent, editFile } from '../support/content-fixture.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const ARTICLE = 'issues/2020-03/articles/04-credit-repair-training.mdx';
const LINKED = 'issues/2020-03/articles/05-mayor-holiday-inspection.mdx';

let content: string;
let witness: string;
let dev: DevServer;

beforeAll(async () => {
  content = copyOfContent();
  witness = join(mkdtempSync(join(tmpdir(), 'dev-hostile-')), 'ran.txt');
  // An export that writes a file when the module is evaluated, and a javascript: link in another article.
  editFile(content, ARTICLE, (text) =>
    text.replace(
      /\n---\n/,
      `\n---\n\nexport const ran = await import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(witness)}, 'ran'))\n`,
    ),
  );
  editFile(content, LINKED, (text) => `${text}\n[详见](jav&#x61;script:alert(document.domain))\n`);
  dev = await startDevServer(content);
});

afterAll(() => {
  dev?.stop();
  if (content) rmSync(content, { recursive: true, force: true });
  if (witness) rmSync(join(witness, '..'), { recursive: true, force: true });
});

describe('npm run dev with hostile content', () => {
  it('does not run an article’s export line, and says why in Chinese naming the file', async () => {
    const response = await fetch(`${dev.origin}/issues/2020-03/articles/credit-repair-training/`);
    const body = await response.text();
    expect(existsSync(witness)).toBe(false);
    expect(response.status).toBe(500);
    expect(`${body}\n${dev.log()}`).toContain('04-credit-repair-training.mdx');
    // The remark step's message, or the same finding from validation, which dev runs first (src/middleware.ts).
    expect(`${body}\n${dev.log()}`).toMatch(/MDX 程序代码|在 MDX 里会被当作程序代码/);
  });

  it('does not serve a page with a javascript: link', async () => {
    const response = await fetch(`${dev.origin}/issues/2020-03/articles/mayor-holiday-inspection/`);
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(body).not.toMatch(/href="javascript:/i);
    expect(`${body}\n${dev.log()}`).toContain('“javascript:”');
  });
});
