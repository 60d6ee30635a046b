/**
 * The web editor end to end, as an editor at the credit office uses it: Decap CMS at /admin/ (served by
 * nginx with deploy/nginx.conf, CSP included) against decap-server in git mode on a throw-away git
 * repository holding a copy of the content. The editor logs in, starts issue 2020-04, adds an article
 * and a short item, pastes a 3 × 4 table from tab-separated text with one blank cell, records a ranking
 * month and saves; each save is a branch, as a merge request would be. Merged, the files validate and
 * the build shows them on the home page, the issue page, the table page and in search.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { FIXTURE_ARCHIVE, PROJECT_ROOT, runScript } from '../support/content-fixture.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';

const ISSUE = '2020-04';
const ARTICLE_TITLE = '网页编辑器测试：诚信宣传月活动启动';
const ARTICLE_WORD = '网页编辑器录入的诚信宣传月';
const BRIEF_TEXT = '◇ 市信用办通过网页编辑器录入本条简讯，内容照印刷版。';
const TABLE_TITLE = '网页编辑器粘贴测试表';
const TABLE_UNITS = ['市公安局', '市税务局', '市法院'];
// Three rows of four columns as Excel copies them: tabs, CRLF, one blank cell (税务局, 第 2 栏).
const PASTED = ['市公安局\t12\t3\t0\t15', '市税务局\t7\t\t2\t9', '市法院\t1\t1\t1\t3'].join('\r\n') + '\r\n';
const STAMP = join(PROJECT_ROOT, '.build/last-build.json');

let repo: string;
let decap: ChildProcess;
let decapUrl: string;
let nginx: NginxServer;
let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];
const cspViolations: string[] = [];
const timings: Record<string, number> = {};
const consoleLines: string[] = [];

const git = (...args: string[]) => {
  const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
};

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, body: unknown): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`decap-server did not start at ${url}`);
}

/** The input of a Decap field, by its label, inside `scope`. */
/** Screenshots for the editors' guide (docs/images/), taken when WEB_EDITOR_SCREENSHOTS names a folder. */
async function guideShot(name: string, target: Page | ReturnType<Page['locator']> = page): Promise<void> {
  const folder = process.env.WEB_EDITOR_SCREENSHOTS;
  if (folder) await target.screenshot({ path: join(folder, name) });
}

const field = (scope: ReturnType<Page['locator']> | Page, label: string) =>
  scope.getByLabel(new RegExp(`^${label}( \\(可选\\))?$`)).first();

/** The input of the last item of a list field, by the item's label (after 新增… added it). */
async function lastItem(label: string) {
  const id = await page
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .last()
    .getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Adds an item to a list of single values (报、送、编辑、重要提示) and types it. */
async function addItem(label: string, value: string): Promise<void> {
  await page
    .getByRole('button', { name: `新增${label}` })
    .first()
    .click();
  await (await lastItem(label)).fill(value);
}

/** Chooses an option of a Decap select (react-select) by typing it and pressing Enter. */
async function choose(label: string, option: string): Promise<void> {
  const input = field(page, label);
  await input.click();
  await input.fill(option);
  await page.keyboard.press('Enter');
}

/** Saves the entry and waits until Decap says it is saved. */
async function save(): Promise<void> {
  await page.screenshot({ path: join(tmpdir(), 'web-editor-before-save.png') });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  try {
    await expect.poll(async () => page.getByText('修改已保存').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  } catch (error) {
    await page.screenshot({ path: join(tmpdir(), 'web-editor-failure.png') });
    writeFileSync(
      join(tmpdir(), 'web-editor-failure.txt'),
      `${page.url()}\n${await page.locator('body').innerText()}\n${consoleLines.join('\n')}`,
    );
    throw new Error(`not saved: ${(await page.locator('body').innerText()).slice(0, 1500)}`, { cause: error });
  }
}

async function openNew(collection: string): Promise<void> {
  await page.goto(`${nginx.origin}/admin/#/collections/${collection}/new`);
  // A fresh page for each entry, as an editor clicking 新建 gets: no draft of the last one carries over.
  await page.reload();
  await field(page, collection === 'issues' ? '期文件夹' : '所属期').waitFor({ timeout: 30_000 });
}

async function pasteInto(selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** The content of a file on a branch of the editors' repository. */
const fileOn = (branch: string, path: string) => git('show', `${branch}:content/${path}`);
const cmsBranches = () =>
  git('branch', '--format=%(refname:short)')
    .split('\n')
    .filter((b) => b.startsWith('cms/'));

beforeAll(async () => {
  repo = join(mkdtempSync(join(tmpdir(), 'bulletin-cms-')), 'repo');
  cpSync(FIXTURE_ARCHIVE, join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'editor@example.org');
  git('config', 'user.name', '编辑');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-qm', '档案');

  const port = await freePort();
  decapUrl = `http://127.0.0.1:${port}/api/v1`;
  decap = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1' },
    stdio: ['ignore', openSync(join(repo, '..', 'decap-server.log'), 'w'), 'inherit'],
  });
  await waitFor(decapUrl, { action: 'info' });

  // The built /admin/ as an office would host it: deploy/nginx.conf with the forge (here decap-server)
  // named in the editor's CSP, and config.yml pointing at it, as CMS_LOCAL_URL would at build time.
  nginx = await startNginx({
    distDir: inject('distDir'),
    editConfig: (text) => text.replace('http://localhost:8081', `http://127.0.0.1:${port}`),
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith(nginx.origin) &&
      !url.startsWith(decapUrl) &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:')
    )
      foreignRequests.push(url);
  });
  page.on('console', (message) => {
    consoleLines.push(`${message.type()}: ${message.text()}`);
    if (/Content Security Policy|Content-Security-Policy/.test(message.text())) cspViolations.push(message.text());
  });
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace('http://localhost:8081/api/v1', decapUrl);
    await route.fulfill({ response, body: text });
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.close();
  if (decap?.exitCode === null) decap.kill();
});

describe('the web editor', () => {
  it('logs in with the local git backend, in Chinese', async () => {
    timings.opened = Date.now();
    await page.goto(`${nginx.origin}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('文章和简讯').first().waitFor({ timeout: 30_000 });
    await guideShot('web-editor-collections.png');
    expect(await page.locator('body').innerText()).toContain('城市信用排名');
  });

  it('adds an article to a new issue and saves it as a branch, with the file name the archive expects', async () => {
    await openNew('articles');
    await field(page, '所属期').fill(ISSUE);
    await field(page, '印刷顺序').fill('01');
    await field(page, '网址短名').fill('web-editor-campaign');
    await field(page, '标题').fill(ARTICLE_TITLE);
    await choose('栏目', '工作推进');
    await field(page, '来源').fill('市信用办');
    await guideShot('web-editor-article.png');
    await field(page, '正文（Markdown）').fill(`为推进诚信建设，${ARTICLE_WORD}活动于11月启动。\n\n活动将持续一个月。`);
    await save();
    timings.articleSaved = Date.now();
    const branch = cmsBranches().find((b) => b.includes('web-editor-campaign'));
    expect(branch).toBeDefined();
    expect(fileOn(branch!, `issues/${ISSUE}/articles/01-web-editor-campaign.mdx`)).toBe(
      `---\nkind: article\ntitle: "${ARTICLE_TITLE}"\nsection: 工作推进\nsource: 市信用办\n---\n\n为推进诚信建设，${ARTICLE_WORD}活动于11月启动。\n\n活动将持续一个月。\n`,
    );
  });

  it('refuses a section that is not in sections.json', async () => {
    await openNew('articles');
    await field(page, '所属期').fill(ISSUE);
    await field(page, '印刷顺序').fill('03');
    await field(page, '网址短名').fill('misspelled-section');
    await field(page, '标题').fill('栏目写错的文章');
    await choose('栏目', '工做推进');
    await field(page, '来源').fill('市信用办');
    await field(page, '正文（Markdown）').fill('正文。');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('“栏目”是必填项').waitFor({ timeout: 10_000 });
    expect(cmsBranches().some((b) => b.includes('misspelled-section'))).toBe(false);
  });

  it('adds a short item', async () => {
    await openNew('articles');
    await field(page, '所属期').fill(ISSUE);
    await field(page, '印刷顺序').fill('02');
    await field(page, '网址短名').fill('web-editor-brief');
    await choose('类型', '简讯');
    await choose('简讯标记', '◇');
    await choose('栏目', '我市简讯');
    await field(page, '来源').fill('市信用办');
    await field(page, '正文（Markdown）').fill(BRIEF_TEXT.replace(/^◇ /, ''));
    await save();
    const branch = cmsBranches().find((b) => b.includes('web-editor-brief'))!;
    expect(fileOn(branch, `issues/${ISSUE}/articles/02-web-editor-brief.mdx`)).toMatch(
      /^---\nkind: brief\nmarker: "◇"\n/,
    );
  });

  it('starts issue 2020-04', async () => {
    await openNew('issues');
    await field(page, '期文件夹').fill(ISSUE);
    await field(page, '年份').fill('2020');
    await field(page, '期号').fill('4');
    await field(page, '总期号').fill('11');
    await field(page, '出版日期').fill('2020-12-10');
    await field(page, '编印单位').fill('营口市社会信用体系建设领导小组办公室');
    await addItem('重要提示', '网页编辑器录入的重要提示。');
    await addItem('报', '辽宁省信用办');
    await addItem('送', '市社会信用体系建设领导成员单位');
    await addItem('编辑', '费文兵');
    await field(page, '审核').fill('李洪广');
    await field(page, '电子邮件').fill('ykfgwxyglk@163.com');
    await field(page, '联系电话').fill('0417—2998573');
    await field(page, '提示语').fill('更多内容可点击信用营口网');
    await field(page, '网址').fill('http://credit.yingkou.gov.cn/');
    await field(page, '印数（共印几份）').fill('80');
    await save();
    const branch = cmsBranches().find((b) => b.startsWith('cms/issues/'))!;
    const issue = JSON.parse(fileOn(branch, `issues/${ISSUE}/issue.json`)) as Record<string, unknown>;
    expect(issue).toMatchObject({ year: 2020, number: 4, cumulativeNumber: 11, date: '2020-12-10' });
    expect(Object.keys(issue)).toEqual([
      'year',
      'number',
      'cumulativeNumber',
      'date',
      'publisher',
      'keyNotes',
      'footer',
    ]);
  });

  it('pastes a 3 × 4 table from tab-separated text, keeping the blank cell blank, with totals beside the printed ones', async () => {
    await openNew('tables');
    await field(page, '所属期').fill(ISSUE);
    await field(page, '印刷顺序').fill('01');
    await field(page, '网址短名').fill('pasted-table');
    await field(page, '标题').fill(TABLE_TITLE);
    await field(page, '行标题').fill('部门名称');
    const columns = [
      ['penalties', '行政处罚'],
      ['licences', '行政许可'],
      ['pledges', '信用承诺'],
      ['total', '数据总量'],
    ];
    const grid = page.locator('.archive-grid');
    for (const [index, [key, label]] of columns.entries()) {
      await grid.getByRole('button', { name: '添加一栏' }).click();
      await grid.getByLabel(`第 ${index + 1} 栏的列名`).fill(label!);
      await grid.getByLabel(`第 ${index + 1} 栏的英文名`).fill(key!);
    }
    await grid.getByLabel(/^行合计列/).selectOption('total');
    await pasteInto('.archive-grid textarea', PASTED);
    await page
      .getByText('已粘贴 3 行')
      .waitFor()
      .catch(async (error: unknown) => {
        await page.locator('.archive-grid').screenshot({ path: join(tmpdir(), 'web-editor-grid.png') });
        writeFileSync(join(tmpdir(), 'web-editor-grid.txt'), await page.locator('.archive-grid').innerText());
        throw error;
      });
    await expect.poll(() => grid.getByLabel('市税务局 · 行政许可').inputValue()).toBe('');
    // The row total check: 12 + 3 + 0 = 15 as printed.
    expect(await grid.locator('tbody tr').first().innerText()).toContain('计算 15');
    await grid.getByLabel('印刷合计 · 行政处罚').fill('21');
    // Printed 21 against computed 20: shown while typing.
    await expect.poll(() => grid.locator('tfoot').innerText()).toContain('≠ 印刷 21');
    await guideShot('web-editor-table-grid.png', grid);
    await grid.getByLabel('印刷合计 · 行政处罚').fill('20');
    await save();
    const branch = cmsBranches().find((b) => b.includes('pasted-table'))!;
    const text = fileOn(branch, `issues/${ISSUE}/tables/01-pasted-table.json`);
    const table = JSON.parse(text) as { rows: Array<{ unit: string; cells: unknown[] }> };
    expect(table.rows).toEqual([
      { unit: '市公安局', cells: [12, 3, 0, 15] },
      { unit: '市税务局', cells: [7, null, 2, 9] },
      { unit: '市法院', cells: [1, 1, 1, 3] },
    ]);
    expect(text).toContain('    { "unit": "市税务局", "cells": [7, null, 2, 9] },\n');
  });

  it('changes one line of the table file when one cell is edited again', async () => {
    const branch = cmsBranches().find((b) => b.includes('pasted-table'))!;
    const before = git('rev-parse', branch).trim();
    // Opened again later from the workflow, as an editor correcting a figure would.
    await page.goto(`${nginx.origin}/admin/#/collections/tables/entries/${ISSUE}/tables/01-pasted-table`);
    await page.reload();
    const grid = page.locator('.archive-grid');
    await grid
      .getByLabel('市法院 · 行政许可')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: join(tmpdir(), 'web-editor-reopen.png') });
        throw error;
      });
    await grid.getByLabel('市法院 · 行政许可').fill('2');
    await grid.getByLabel('市法院 · 数据总量').fill('4');
    await save();
    await expect.poll(() => git('rev-parse', branch).trim()).not.toBe(before);
    const numstat = git('diff', '--numstat', before, branch).trim();
    expect(numstat).toBe(`1\t1\tcontent/issues/${ISSUE}/tables/01-pasted-table.json`);
  });

  it('records a ranking month, the index as text with its two decimals', async () => {
    await openNew('rankings');
    await field(page, '所属期').fill(ISSUE);
    await page.getByRole('button', { name: '新增月度排名' }).click();
    await (await lastItem('城市')).fill('营口市');
    await choose('级别', '地级');
    await (await lastItem('月份')).fill('2020-10');
    await (await lastItem('综合指数')).fill('83.40');
    await (await lastItem('名次')).fill('70');
    await (await lastItem('参评城市数')).fill('261');
    await save();
    const branch = cmsBranches().find((b) => b.startsWith('cms/rankings/'))!;
    expect(fileOn(branch, `issues/${ISSUE}/rankings.json`)).toBe(
      '{\n  "observations": [\n    { "city": "营口市", "level": "地级", "month": "2020-10", "index": "83.40", "rank": 70, "groupSize": 261 }\n  ]\n}\n',
    );
  });

  it('asks no host but the site and the git backend, with no CSP violation', () => {
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});

describe('what the web editor saved, merged', () => {
  let dist: string;
  let site: RunningServer;
  const stamp = existsSync(STAMP) ? readFileSync(STAMP) : null;

  beforeAll(async () => {
    // The editor is done: nothing touches the repository while the requests are merged.
    await page.close();
    if (decap.exitCode === null) {
      const exited = new Promise((resolveExit) => decap.once('exit', resolveExit));
      decap.kill();
      await exited;
    }
    git('checkout', '-q', 'main');
    // Merging every request, as the office does on its forge once CI has passed.
    for (const branch of cmsBranches()) git('merge', '-q', '--no-edit', branch);
    dist = mkdtempSync(join(tmpdir(), 'bulletin-cms-dist-'));
  }, 60_000);

  afterAll(async () => {
    await site?.close();
    if (stamp) writeFileSync(STAMP, stamp);
  });

  it('validates', () => {
    const run = runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT_DIR: join(repo, 'content') });
    expect(run.stdout + run.stderr).not.toContain('✗');
    expect(run.status).toBe(0);
  });

  it('builds, and the site shows the new issue on the home page, the issue page, the table page and in search', async () => {
    const build = runScript('scripts/build.ts', [], {
      ARCHIVE_CONTENT_DIR: join(repo, 'content'),
      ARCHIVE_DIST_DIR: dist,
    });
    expect(build.status, build.stderr).toBe(0);
    site = await serveStatic(dist);
    const home = await browser.newPage();
    await home.goto(`${site.origin}/`);
    expect(await home.locator('main').innerText()).toContain('第4期');
    await home.goto(`${site.origin}/issues/${ISSUE}/`);
    const issueText = await home.locator('main').innerText();
    expect(issueText).toContain(ARTICLE_TITLE);
    expect(issueText).toContain(TABLE_TITLE);
    await home.goto(`${site.origin}/issues/${ISSUE}/tables/pasted-table/`);
    const tableText = await home.locator('main').innerText();
    for (const unit of TABLE_UNITS) expect(tableText).toContain(unit);
    await home.goto(`${site.origin}/search/?q=${encodeURIComponent(ARTICLE_WORD)}`);
    await expect.poll(() => home.locator('main').innerText(), { timeout: 20_000 }).toContain(ARTICLE_TITLE);
    await home.close();
  }, 300_000);
});

describe('the web editor’s bundle', () => {
  it('loads only on /admin/, which is kept out of the sitemap and search engines', () => {
    const distDir = inject('distDir');
    const admin = readFileSync(join(distDir, 'admin/index.html'), 'utf8');
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    const bundles = [...admin.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!.split('/').pop()!);
    expect(bundles.length).toBeGreaterThan(0);
    const readerPages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && !file.startsWith('admin/'),
    );
    expect(readerPages.length).toBeGreaterThan(10);
    for (const file of readerPages) {
      const html = readFileSync(join(distDir, file), 'utf8');
      for (const bundle of bundles) expect(html, file).not.toContain(bundle);
      expect(html, file).not.toContain('/admin/');
    }
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });
});

describe('the time from opening /admin/ to a saved article', () => {
  it('is measured (reported in the README)', () => {
    expect(timings.articleSaved).toBeGreaterThan(timings.opened!);
    console.log(
      `web editor: /admin/ opened to article saved in ${((timings.articleSaved! - timings.opened!) / 1000).toFixed(1)} s (scripted)`,
    );
  });
});
