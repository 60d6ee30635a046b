/**
 * Calendar months as the rankings use them: `YYYY-MM` text, and a month index (year × 12 + month − 1)
 * that makes the time axis proportional: 2019-12 and 2020-03 are three apart, and every January is a
 * multiple of 12.
 */

const MONTH = /^(\d{4})-(\d{2})$/;

/** Whether `text` is a month that exists, written `YYYY-MM` (2020-13 and 2020-7 are not). */
export function isMonth(text: string): boolean {
  const match = MONTH.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

/** 2020-07 → 24246 (2020 × 12 + 6). */
export function monthIndex(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a YYYY-MM month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** 24246 → 2020-07 */
export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** The month a YYYY-MM-DD date falls in: 2020-10-10 → 2020-10. */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

/** How many months from `from` to `to`: 2019-12 → 2020-03 is 3. */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}
