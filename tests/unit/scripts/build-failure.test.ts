import { describe, expect, it } from 'vitest';
import {
  explainBuildFailure,
  placeBuildErrors,
  renderedPage,
  withoutStack,
  type BuildFailureContext,
} from '../../../scripts/lib/build-failure.ts';
import { STACK_TRACE } from '../../support/content-fixture.ts';

const context = (errorLogs: string[] = []): BuildFailureContext => ({
  errorLogs,
  label: (path) => path.replace(/^\/work\/archive\//, ''),
  contentFileOfPage: (page) =>
    page === '/issues/2020-03/articles/quality-month-campaign/'
      ? 'content/issues/2020-03/articles/03-quality-month-campaign.mdx'
      : undefined,
});

/** The shape of the error Astro throws when MDX cannot compile an article (Rolldown gathers them). */
function mdxCompileError(): Error {
  const stack =
    '    at TransformPluginContextImpl.handler (file:///work/archive/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)\n    at async plugin (file:///work/archive/node_modules/rolldown/dist/shared/x.mjs:1758:16)';
  const inner = Object.assign(
    new Error('Unexpected end of file in expression, expected a corresponding closing brace for `{`'),
    {
      loc: {
        file: '/work/archive/content/issues/2020-03/articles/03-quality-month-campaign.mdx',
        line: 12,
        column: 135,
      },
      id: '/work/archive/content/issues/2020-03/articles/03-quality-month-campaign.mdx',
      plugin: '@mdx-js/rolldown',
    },
  );
  return Object.assign(
    new Error(
      `Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] ${inner.loc.file}:12:135\nMDXError: ${inner.message}\n${stack}`,
    ),
    { errors: [inner] },
  );
}

/** The shape of the error Astro throws when rendering a page fails, and what it logs about it. */
function renderError(): Error {
  return Object.assign(
    new Error('Expected component `Foo` to be defined: you likely forgot to import, pass, or provide it.'),
    {
      id: 'src/pages/issues/[issue]/articles/[slug].astro',
      hint: 'This issue often occurs when your MDX component encounters runtime errors.',
    },
  );
}
const RENDER_LOG =
  'Caught error rendering /issues/2020-03/articles/quality-month-campaign/: Error: Expected component `Foo` to be defined: you likely forgot to import, pass, or provide it.\n    at _missingMdxReference (file:///x.mjs:34:8)';

describe('placeBuildErrors', () => {
  it('names the content file, line and column of an MDX compile error, without the stack', () => {
    expect(placeBuildErrors(mdxCompileError(), context())).toEqual([
      {
        file: 'content/issues/2020-03/articles/03-quality-month-campaign.mdx',
        line: 12,
        column: 135,
        reason: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`',
      },
    ]);
  });

  it('names the page being rendered and the content file it is made from', () => {
    expect(placeBuildErrors(renderError(), context([RENDER_LOG]))).toEqual([
      {
        file: 'src/pages/issues/[issue]/articles/[slug].astro',
        page: '/issues/2020-03/articles/quality-month-campaign/',
        pageSource: 'content/issues/2020-03/articles/03-quality-month-campaign.mdx',
        reason: 'Expected component `Foo` to be defined: you likely forgot to import, pass, or provide it.',
        hint: 'This issue often occurs when your MDX component encounters runtime errors.',
      },
    ]);
  });

  it('copes with something thrown that is not an Error', () => {
    expect(placeBuildErrors('disk full', context())).toEqual([{ reason: 'disk full' }]);
  });
});

describe('explainBuildFailure', () => {
  it('reports an MDX error in Chinese, naming the file and line, with the English reason and no stack', () => {
    const report = explainBuildFailure(mdxCompileError(), context(), 'dist');
    expect(report).toBe(
      [
        '构建失败：网站没有生成，原有的 dist/ 未改动。',
        '',
        '  出错的文件：content/issues/2020-03/articles/03-quality-month-campaign.mdx 第 12 行第 135 列',
        '  原因（英文原文）：Unexpected end of file in expression, expected a corresponding closing brace for `{`',
        '',
        '上面这个文件里有网站生成器无法处理的写法：请对照原因修改它，再运行 npm run build。',
      ].join('\n'),
    );
    expect(report).not.toMatch(STACK_TRACE);
  });

  it('reports a rendering error with its page and the article behind it', () => {
    const report = explainBuildFailure(renderError(), context([RENDER_LOG]), 'dist');
    expect(report).toContain(
      '  出错的页面：/issues/2020-03/articles/quality-month-campaign/（由 content/issues/2020-03/articles/03-quality-month-campaign.mdx 生成）',
    );
    expect(report).toContain('  出错的程序文件：src/pages/issues/[issue]/articles/[slug].astro');
    expect(report).toContain('请先检查生成它的内容文件');
    expect(report).not.toMatch(STACK_TRACE);
  });
});

describe('helpers', () => {
  it('withoutStack keeps the message and drops stack lines and colours', () => {
    expect(withoutStack('\u001b[31mBoom\u001b[39m\n    at f (file:///a.js:1:2)\nmore')).toBe('Boom\nmore');
  });
  it('renderedPage reads the page from Astro’s log', () => {
    expect(renderedPage(['something else', RENDER_LOG])).toBe('/issues/2020-03/articles/quality-month-campaign/');
    expect(renderedPage([])).toBeUndefined();
  });
});
