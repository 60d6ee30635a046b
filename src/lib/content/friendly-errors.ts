import { z } from 'astro/zod';
import { describeFound, type ContentProblem } from './problem.ts';

// zod ships Chinese messages; our schemas add their own where an editor needs more than a type name.
z.config(z.locales.zhCN());

/** `footer.sentTo[2]` for the path ['footer', 'sentTo', 2]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The message for one zod issue, in Chinese, with the unknown keys named where zod lists them. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `有不认识的字段 ${issue.keys.map((k) => `“${k}”`).join('、')}，请检查拼写或删去`;
  }
  return issue.message;
}

/**
 * Validates `input` against `schema` and returns either the parsed data or every problem, each naming
 * the file and the field path, in the style of Starlight's `parseWithFriendlyErrors`.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
): { data: z.output<S>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): ContentProblem => {
    const place = formatPath(issue.path);
    const found = valueAt(input, issue.path);
    return {
      file,
      ...(place ? { place } : {}),
      // A field left out reads better as “missing” than as the wrong type.
      message:
        issue.code === 'invalid_type' && found === undefined && issue.path.length
          ? `缺少这一项：${messageOf(issue)}`
          : messageOf(issue),
      ...(issue.code === 'unrecognized_keys' ? {} : { found: describeFound(found) }),
      detail: `${issue.code} at ${place || '(root)'}`,
    };
  });
  return { data: undefined, problems };
}
