import type { ArticleInput } from './schema.ts';

/** A YAML scalar: plain where that is unambiguous (国家政策), otherwise double-quoted (JSON quoting is valid YAML). */
function yamlScalar(value: string, alwaysQuote: boolean): string {
  const plain =
    /^[\p{Script=Han}\p{L}\p{N}（）、·]+$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);
  return alwaysQuote || !plain ? JSON.stringify(value) : value;
}

/**
 * Escapes what MDX or Markdown would read as code or markup in a bulletin paragraph: braces and `<`
 * (expressions, JSX), `*` (emphasis), `import `/`export ` and a list or heading marker at the start of
 * the paragraph.
 * The site's plain text (articles/article.ts) reads the escapes back, so the text stays as printed.
 */
export function escapeParagraph(text: string): string {
  const escaped = text.replace(/[{}<*]/g, (c) => `\\${c}`);
  // MDX reads a line starting with "import " or "export " as JavaScript; a leading space makes it text.
  if (/^(import|export) /.test(escaped)) return ` ${escaped}`;
  return escaped.replace(/^(#|>|[-+](?=\s)|\d+(?=[.)]\s))/, (m) =>
    /^\d/.test(m) ? m.replace(/(\d+)$/, '$1\\') : `\\${m}`,
  );
}

/**
 * An article file as the archive stores it: YAML front matter (kind, title or marker, section, source,
 * editorial notes) and the paragraphs, one blank line apart.
 */
export function articleFileText(data: ArticleInput, paragraphs: readonly string[]): string {
  return `${articleFrontMatter(data)}\n${paragraphs.map(escapeParagraph).join('\n\n')}\n`;
}

/** The front matter block of an article file, `---` lines included, as the archive writes it. */
export function articleFrontMatter(data: ArticleInput): string {
  const lines = [`kind: ${data.kind}`];
  if (data.kind === 'article') lines.push(`title: ${yamlScalar(data.title, true)}`);
  else lines.push(`marker: ${yamlScalar(data.marker, true)}`);
  lines.push(`section: ${yamlScalar(data.section, false)}`, `source: ${yamlScalar(data.source, false)}`);
  if (data.editorialNotes?.length) {
    lines.push('editorialNotes:');
    for (const note of data.editorialNotes) {
      lines.push(
        `  - original: ${JSON.stringify(note.original)}`,
        `    reading: ${JSON.stringify(note.reading)}`,
        `    note: ${JSON.stringify(note.note)}`,
      );
    }
  }
  return `---\n${lines.join('\n')}\n---\n`;
}
