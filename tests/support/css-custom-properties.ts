/**
 * Reads the custom properties (--name: value) a stylesheet gives one selector, in the light colour
 * scheme and in the dark one (`@media (prefers-color-scheme: dark)`), so tests can check colours at
 * their source. Enough CSS for the project's own files: rules and @media blocks, no nesting inside rules.
 */

export type ColourScheme = 'light' | 'dark';

interface Rule {
  /** The @media prelude the rule sits in, or '' at the top level. */
  media: string;
  selectors: string[];
  declarations: Map<string, string>;
}

/** The CSS inside an .astro component's <style> elements, or the text itself for a .css file. */
export function stylesheetText(source: string, fileName: string): string {
  if (!fileName.endsWith('.astro')) return source;
  const styles = [...source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  if (!styles.length) throw new Error(`${fileName}: no <style> element`);
  return styles.join('\n');
}

/** Top-level `prelude { body }` blocks of a piece of CSS. */
function blocks(css: string): Array<{ prelude: string; body: string }> {
  const found: Array<{ prelude: string; body: string }> = [];
  let depth = 0;
  let preludeStart = 0;
  let bodyStart = 0;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '{') {
      if (depth === 0) bodyStart = i + 1;
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth < 0) throw new Error(`unbalanced "}" at character ${i}`);
      if (depth === 0) {
        found.push({ prelude: css.slice(preludeStart, bodyStart - 1).trim(), body: css.slice(bodyStart, i) });
        preludeStart = i + 1;
      }
    } else if (char === ';' && depth === 0) {
      preludeStart = i + 1; // an at-rule without a block, e.g. @import
    }
  }
  if (depth !== 0) throw new Error('unbalanced "{"');
  return found;
}

function rules(css: string, media = ''): Rule[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return blocks(withoutComments).flatMap(({ prelude, body }) => {
    if (prelude.startsWith('@media')) return rules(body, prelude.slice('@media'.length).trim());
    if (prelude.startsWith('@')) return [];
    const declarations = new Map<string, string>();
    for (const declaration of body.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon > 0) declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
    }
    return [{ media, selectors: prelude.split(',').map((s) => s.trim()), declarations }];
  });
}

/**
 * The custom properties `selector` gets in a colour scheme: its top-level rules, then (for dark) the
 * rules inside `@media (prefers-color-scheme: dark)` over them. Rules under any other media query
 * (print, widths) are left out.
 */
export function customProperties(css: string, selector: string, scheme: ColourScheme): Map<string, string> {
  const properties = new Map<string, string>();
  const applies = (rule: Rule) =>
    rule.media === '' || (scheme === 'dark' && /^\(\s*prefers-color-scheme:\s*dark\s*\)$/.test(rule.media));
  // Top-level rules first, so the dark ones override them whatever their order in the file.
  const matching = rules(css).filter((rule) => rule.selectors.includes(selector) && applies(rule));
  for (const rule of [...matching.filter((r) => r.media === ''), ...matching.filter((r) => r.media !== '')]) {
    for (const [name, value] of rule.declarations) if (name.startsWith('--')) properties.set(name, value);
  }
  return properties;
}

/** Resolves `var(--name)` (no fallbacks) against the given properties, nearest scope first. */
export function resolveValue(value: string, ...scopes: ReadonlyMap<string, string>[]): string {
  let resolved = value.trim();
  for (let step = 0; step < 10; step++) {
    const match = /^var\(\s*(--[\w-]+)\s*\)$/.exec(resolved);
    if (!match) return resolved;
    const found = scopes.find((scope) => scope.has(match[1]!))?.get(match[1]!);
    if (found === undefined) throw new Error(`${match[1]} is not defined`);
    resolved = found.trim();
  }
  throw new Error(`var() references loop: ${value}`);
}
