import { tableProblems } from './checks.ts';
import { tableShape } from './schema.ts';

/**
 * The table collection's schema: the structure plus every cross-check of checks.ts, so that
 * `astro dev` reports the same problems as `npm run validate`.
 */
export const tableSchema = tableShape.superRefine((data, context) => {
  for (const problem of tableProblems(data)) {
    context.addIssue({
      code: 'custom',
      path: problem.path,
      message: `${problem.place}：${problem.message}`,
      input: problem.value,
    });
  }
});
