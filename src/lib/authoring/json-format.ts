/**
 * JSON as the content files write it: one field per line at the top, a list of records one record per
 * line, everything deeper on that line. Easy to read and to compare in a pull request.
 */
export function formatContentJson(value: Record<string, unknown>): string {
  const fields = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = fields.map(([key, v], index) => {
    const comma = index < fields.length - 1 ? ',' : '';
    if (Array.isArray(v) && v.length && v.every((item) => typeof item === 'object' && item !== null)) {
      return `  ${JSON.stringify(key)}: [\n${v.map((item) => `    ${inline(item)}`).join(',\n')}\n  ]${comma}`;
    }
    return `  ${JSON.stringify(key)}: ${inline(v)}${comma}`;
  });
  return `{\n${lines.join('\n')}\n}\n`;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** `issue.json` as the archive writes it: plain two-space JSON, every list item on its own line. */
export function formatIssueJson(issue: Record<string, unknown>): string {
  return JSON.stringify(issue, null, 2) + '\n';
}
