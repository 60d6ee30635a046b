/**
 * Previewing an outside pull request with `npm run dev` must not run its code: article bodies are rendered
 * to HTML, never compiled to JavaScript (src/integrations/content/loaders.ts), their remark step
 * (src/integrations/remark/content-safety.ts) refuses the article, and the dev server shows the Chinese
 * message instead of the page.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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

describe('npm run dev with a symbolic link in content/', () => {
  // Astro runs one dev server per project at a time: the first one goes before this one starts.
  beforeAll(async () => {
    if (dev.process.exitCode !== null) return;
    const exited = new Promise((resolve) => dev.process.once('exit', resolve));
    dev.stop();
    await exited;
  });
  it('refuses it, in Chinese, without echoing the linked file', async () => {
    const linked = copyOfContent();
    symlinkSync('/etc/passwd', join(linked, 'issues/2020-03/tables/03-passwd.json'));
    // Astro either stops at start-up or serves an error page; either way it says why and reads nothing.
    let output = '';
    try {
      const server = await startDevServer(linked);
      try {
        const response = await fetch(`${server.origin}/issues/2020-03/`);
        output = `${await response.text()}${server.log()}`;
        expect(response.status).toBe(500);
      } finally {
        server.stop();
      }
    } catch (error) {
      output = String(error);
    } finally {
      rmSync(linked, { recursive: true, force: true });
    }
    expect(output).toContain('03-passwd.json');
    expect(output).toContain('符号链接');
    expect(output).not.toMatch(/root:/);
  });
});
