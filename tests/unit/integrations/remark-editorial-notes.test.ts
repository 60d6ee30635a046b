import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkEditorialNotes } from '../../../src/integrations/remark/editorial-notes.ts';

async function render(markdown: string, frontmatter: Record<string, unknown>) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [remarkEditorialNotes],
    gfm: true,
    smartypants: false,
  });
  const result = await processor.render(markdown, {
    frontmatter,
    fileURL: new URL('file:///content/issues/2020-03/articles/01-civil-servant-credit-check.mdx'),
  });
  return result.code;
}

const note = {
  original: '重要表率 and 导向作用',
  reading: '重要表率和导向作用',
  note: '印刷版此句中夹有英文单词“and”。',
};

describe('editorial notes in the rendered article', () => {
  it('mark the published passage, keep it word for word, and put the note right after its paragraph', async () => {
    const html = await render('第一段。\n\n要发挥政务诚信对其他社会主体诚信建设的重要表率 and 导向作用。\n\n第三段。', {
      editorialNotes: [note],
    });
    expect(html).toContain(
      '<mark class="editorial-original" id="civil-servant-credit-check-note-1-passage">重要表率 and 导向作用</mark>',
    );
    expect(html).toContain('href="#civil-servant-credit-check-note-1"');
    const paragraphEnd = html.indexOf('</p>', html.indexOf('<mark'));
    const aside = html.indexOf('<aside class="editorial-note" id="civil-servant-credit-check-note-1"');
    expect(aside).toBeGreaterThan(paragraphEnd);
    expect(aside).toBeLessThan(html.indexOf('第三段'));
    expect(html).toContain('建议读作：“重要表率和导向作用”');
    // The published text reads on unbroken around the mark.
    expect(html.replace(/<a [^>]*class="editorial-ref"[^>]*>.*?<\/a>/, '').replace(/<[^>]+>/g, '')).toContain(
      '诚信建设的重要表率 and 导向作用。',
    );
  });

  it('leaves an article without notes as it is', async () => {
    const html = await render('要发挥政务诚信的重要表率 and 导向作用。', {});
    expect(html).toBe('<p>要发挥政务诚信的重要表率 and 导向作用。</p>');
  });
});

describe('the printed bullet of a short item', () => {
  it('is put back in front of the first paragraph as text', async () => {
    const { remarkBriefMarker } = await import('../../../src/integrations/remark/brief-marker.ts');
    const processor = await createMarkdownProcessor({ remarkPlugins: [remarkBriefMarker], smartypants: false });
    const brief = await processor.render('近日，我市出租汽车……\n\n活动由市出租汽车行业协会主办。', {
      frontmatter: { kind: 'brief', marker: '☆' },
    });
    expect(brief.code).toBe(
      '<p><span class="brief-marker">☆</span> 近日，我市出租汽车……</p>\n<p>活动由市出租汽车行业协会主办。</p>',
    );
    const article = await processor.render('正文。', { frontmatter: { kind: 'article', marker: '☆' } });
    expect(article.code).toBe('<p>正文。</p>');
  });
});
