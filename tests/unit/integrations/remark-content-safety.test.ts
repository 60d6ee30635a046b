import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remarkContentSafety } from '../../../src/integrations/remark/content-safety.ts';

let root: string;
const saved = process.env.ARCHIVE_CONTENT_DIR;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'content-safety-'));
  mkdirSync(join(root, 'issues/2020-03/images'), { recursive: true });
  writeFileSync(join(root, 'issues/2020-03/images/photo.jpg'), 'jpeg');
  process.env.ARCHIVE_CONTENT_DIR = root;
});
afterAll(() => {
  if (saved === undefined) delete process.env.ARCHIVE_CONTENT_DIR;
  else process.env.ARCHIVE_CONTENT_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

/** Runs the plugin as the MDX pipeline does, on a file of the content folder. */
function run(body: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkContentSafety);
  const path = join(root, 'issues/2020-03/articles/04-credit-repair-training.mdx');
  return () => processor.runSync(processor.parse(body), { path, data: {} } as never);
}

describe('the MDX pipeline’s safety step', () => {
  it('passes plain text, an outside https link and a photo of the issue', () => {
    expect(run('正文[信用中国](https://www.creditchina.gov.cn/)。\n\n![培训现场](../images/photo.jpg)')).not.toThrow();
  });
  it('stops an export line before MDX compiles it, naming the file and line', () => {
    expect(run("正文\n\nexport const fs = await import('node:fs')")).toThrow(
      /issues\/2020-03\/articles\/04-credit-repair-training\.mdx[\s\S]*第 3 行第 1 列：正文里有 MDX 程序代码/,
    );
  });
  it('stops a javascript: link and a missing photo', () => {
    expect(run('[详见](javascript:alert(1))')).toThrow(/不允许“javascript:”开头的链接/);
    expect(run('![培训现场](../images/none.jpg)')).toThrow(/找不到图片文件 issues\/2020-03\/images\/none\.jpg/);
  });
});
