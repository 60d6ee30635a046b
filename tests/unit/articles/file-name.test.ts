import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/lib/articles/article.ts';
import { articleSchema } from '../../../src/lib/articles/schema.ts';
import { articleFileText, escapeParagraph } from '../../../src/lib/articles/file-name.ts';
import { findMdxHazards, parseFrontMatter } from '../../../src/lib/content/file-text.ts';

function read(text: string) {
  const document = parseFrontMatter(text, 'x.mdx');
  if ('problem' in document) throw new Error(document.problem.message);
  return document;
}

describe('articleFileText', () => {
  it('writes front matter the schema accepts and the paragraphs one blank line apart', () => {
    const text = articleFileText(
      {
        kind: 'article',
        title: '我市开展“构建诚信环境、共创质量强市” 主题宣传活动',
        section: '工作推进',
        source: '市信用办',
      },
      ['第一段。', '第二段。'],
    );
    expect(text).toBe(
      '---\nkind: article\ntitle: "我市开展“构建诚信环境、共创质量强市” 主题宣传活动"\nsection: 工作推进\nsource: 市信用办\n---\n\n第一段。\n\n第二段。\n',
    );
    const document = read(text);
    expect(articleSchema.parse(document.data)).toEqual({
      kind: 'article',
      title: '我市开展“构建诚信环境、共创质量强市” 主题宣传活动',
      section: '工作推进',
      source: '市信用办',
      editorialNotes: [],
    });
  });

  it('writes a short item with its marker and no title, and quotes a source YAML would misread', () => {
    const text = articleFileText({ kind: 'brief', marker: '☆', section: '我市简讯', source: 'yes' }, [
      '线上签约 5700 万美元。',
    ]);
    expect(articleSchema.parse(read(text).data)).toEqual({
      kind: 'brief',
      marker: '☆',
      section: '我市简讯',
      source: 'yes',
      editorialNotes: [],
    });
    expect(text).toContain('source: "yes"');
  });

  it('writes editorial notes that read back as written', () => {
    const note = {
      original: '重要表率 and 导向作用',
      reading: '重要表率和导向作用',
      note: '印刷版此句中夹有英文单词“and”。',
    };
    const text = articleFileText(
      { kind: 'article', title: 'T', section: '国家政策', source: '市信用办', editorialNotes: [note] },
      ['要发挥重要表率 and 导向作用。'],
    );
    expect(articleSchema.parse(read(text).data).editorialNotes).toEqual([note]);
  });
});

describe('escapeParagraph', () => {
  it('escapes what MDX reads as code, so the text passes validation and reads back as printed', () => {
    const printed = '公式 {a} 与 a<b 以及 *号';
    const escaped = escapeParagraph(printed);
    expect(findMdxHazards(escaped, 1, 'x.mdx')).toEqual([]);
    expect(escaped).toBe('公式 \\{a\\} 与 a\\<b 以及 \\*号');
  });

  it('escapes a list or heading marker at the start of a paragraph only', () => {
    expect(escapeParagraph('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeParagraph('- 不是列表 - 真的')).toBe('\\- 不是列表 - 真的');
    expect(escapeParagraph('1. 不是编号')).toBe('1\\. 不是编号');
    expect(escapeParagraph('2020.07 的排名')).toBe('2020.07 的排名');
    expect(plainText(escapeParagraph('公式 {a}'))).toBe('公式 {a}');
  });

  it('keeps a paragraph starting with import or export from being read as JavaScript', () => {
    const escaped = escapeParagraph('export 订单同比增长');
    expect(escaped).toBe(' export 订单同比增长');
    expect(findMdxHazards(escaped, 1, 'x.mdx')).toEqual([]);
    expect(plainText(escaped)).toBe('export 订单同比增长');
    expect(escapeParagraph('exporter 一词')).toBe('exporter 一词');
  });
});
