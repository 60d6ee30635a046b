import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig, cmsSettingsFromEnv, GRID_FIELDS, type CmsField } from '../../../src/lib/authoring/cms-config.ts';
import { issueSchema, footerSchema } from '../../../src/lib/issues/schema.ts';
import { observationSchema } from '../../../src/lib/rankings/schema.ts';
import { tableShape } from '../../../src/lib/tables/schema.ts';
import { FIXTURE_ARCHIVE } from '../../support/content-fixture.ts';

const sections = (JSON.parse(readFileSync(join(FIXTURE_ARCHIVE, 'sections.json'), 'utf8')) as { sections: string[] })
  .sections;

interface Collection {
  name: string;
  fields: CmsField[];
  path: string;
  slug: string;
}
const config = cmsConfig(sections) as { collections: Collection[]; backend: Record<string, unknown> };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const names = (fields: CmsField[] | undefined) => (fields ?? []).map((f) => f.name);
const field = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

describe('the web editor configuration is generated from the content model', () => {
  it('offers every field of issue.json, its footer and every ranking observation', () => {
    const issue = collection('issues').fields;
    expect(names(issue)).toEqual(expect.arrayContaining(Object.keys(issueSchema.shape)));
    expect(names(field(issue, 'footer').fields as CmsField[])).toEqual(Object.keys(footerSchema.shape));
    const observation = field(collection('rankings').fields, 'observations').fields as CmsField[];
    const { revision: _revision, ...printed } = observationSchema.shape;
    expect(names(observation)).toEqual([...Object.keys(printed), 'revisionNote']);
  });

  it('offers every field of a table, the layout and the figures through the grid', () => {
    const table = names(collection('tables').fields);
    const inGrid = new Set<string>(GRID_FIELDS);
    const outside = Object.keys(tableShape.shape).filter((key) => !inGrid.has(key));
    expect(table).toEqual(expect.arrayContaining([...outside, 'grid']));
    expect([...outside, ...GRID_FIELDS].sort()).toEqual(Object.keys(tableShape.shape).sort());
    expect(field(collection('tables').fields, 'grid').widget).toBe('table-grid');
  });

  it('lets an article name only a section of sections.json, and edits the body as plain text', () => {
    const article = collection('articles').fields;
    expect(field(article, 'section')).toMatchObject({ widget: 'select', options: sections });
    expect(field(article, 'body').widget).toBe('text');
    expect(field(article, 'kind').options).toEqual([
      { label: '文章', value: 'article' },
      { label: '简讯', value: 'brief' },
    ]);
  });

  it('keeps the printed index as text with its two decimals, and whole numbers as integers', () => {
    const observation = field(collection('rankings').fields, 'observations').fields as CmsField[];
    expect(field(observation, 'index')).toMatchObject({ widget: 'string' });
    expect(new RegExp((field(observation, 'index').pattern as string[])[0]!).test('77.40')).toBe(true);
    expect(new RegExp((field(observation, 'index').pattern as string[])[0]!).test('77.4')).toBe(false);
    expect(field(observation, 'rank')).toMatchObject({ widget: 'number', value_type: 'int' });
  });

  it('names a new article file from the issue, printed order and permalink the editor types', () => {
    const articles = collection('articles');
    expect(articles.path).toBe('{{issue}}/articles/{{order}}-{{slug}}');
    expect(articles.slug).toBe('{{fields.permalink}}');
    expect(new RegExp((field(articles.fields, 'order').pattern as string[])[0]!).test('03')).toBe(true);
    expect(new RegExp((field(articles.fields, 'order').pattern as string[])[0]!).test('3')).toBe(false);
  });

  it('turns on the editorial workflow and the Chinese interface', () => {
    expect(cmsConfig(sections)).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'zh_Hans' });
  });
});

describe('the forge is chosen by environment variables', () => {
  it('defaults to decap-server on this computer', () => {
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' });
  });

  it('logs in to a self-hosted GitLab with PKCE', () => {
    const env = {
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'xyb/archive',
      CMS_BASE_URL: 'https://git.yk.gov.cn/',
      CMS_APP_ID: 'abc',
    };
    expect(cmsConfig(sections, cmsSettingsFromEnv(env)).backend).toEqual({
      name: 'gitlab',
      repo: 'xyb/archive',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'abc',
      api_root: 'https://git.yk.gov.cn/api/v4',
      base_url: 'https://git.yk.gov.cn',
      auth_endpoint: 'oauth/authorize',
    });
  });

  it('talks to Gitea or Forgejo at the office’s address; Gitea has no editorial workflow in Decap', () => {
    const env = { CMS_REPO: 'xyb/archive', CMS_BASE_URL: 'https://code.yk.gov.cn', CMS_APP_ID: 'id' };
    const forgejo = cmsConfig(sections, cmsSettingsFromEnv({ ...env, CMS_BACKEND: 'forgejo' }));
    expect(forgejo).toMatchObject({
      publish_mode: 'editorial_workflow',
      backend: { name: 'forgejo', api_root: 'https://code.yk.gov.cn/api/v1' },
    });
    expect(cmsConfig(sections, cmsSettingsFromEnv({ ...env, CMS_BACKEND: 'gitea' }))).toMatchObject({
      publish_mode: 'simple',
    });
  });

  it('says in Chinese which variable is missing or wrong', () => {
    expect(() => cmsConfig(sections, { backend: 'gitlab', repo: 'a/b' })).toThrow(/CMS_APP_ID/);
    expect(() => cmsConfig(sections, { backend: 'svn' })).toThrow(/CMS_BACKEND 应为/);
  });
});
