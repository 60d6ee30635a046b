import { describe, expect, it } from 'vitest';
import { checkIssueSequence, type SequencedIssue } from '../../../src/lib/issues/sequence.ts';

const at = (path: string) => `content/${path}`;
const issue = (year: number, number: number, cumulativeNumber: number, date: string): SequencedIssue => ({
  id: `${year}-${String(number).padStart(2, '0')}`,
  data: { year, number, cumulativeNumber, date },
});
const archive = [
  issue(2019, 4, 9, '2019-12-20'),
  issue(2020, 1, 10, '2020-03-10'),
  issue(2020, 2, 11, '2020-06-30'),
  issue(2020, 3, 12, '2020-10-10'),
  issue(2020, 4, 13, '2020-12-10'),
];

describe('checkIssueSequence', () => {
  it('accepts cumulative numbers that rise with dates and numbers, gaps and issues on one day included', () => {
    expect(checkIssueSequence(archive, at)).toEqual([]);
    expect(
      checkIssueSequence(
        [issue(2020, 1, 3, '2020-03-10'), issue(2020, 2, 4, '2020-03-10'), issue(2020, 5, 9, '2020-12-01')],
        at,
      ),
    ).toEqual([]);
    expect(checkIssueSequence([], at)).toEqual([]);
  });

  it('reports a mistyped cumulative number once, in its own issue.json, naming an issue it contradicts', () => {
    // 〔2020〕第2期 typed as 总第14期: later numbers than the two issues after it.
    const typo = archive.map((i) => (i.id === '2020-02' ? issue(2020, 2, 14, '2020-06-30') : i));
    const problems = checkIssueSequence(typo, at);
    expect(problems).toEqual([
      {
        file: 'content/issues/2020-02/issue.json',
        place: 'cumulativeNumber',
        message:
          '总期号与期的先后不符：〔2020〕第4期（content/issues/2020-04/issue.json）是总第13期，总期号比本期小，印发日期（2020-12-10）却比本期（2020-06-30）晚。' +
          '总期号按印发先后逐期增大：请对照印刷版核对这两期 issue.json 中的总期号（cumulativeNumber）和日期（date）',
        found: '14',
      },
    ]);
  });

  it('reports a mistyped date, naming the date that contradicts it', () => {
    const typo = archive.map((i) => (i.id === '2020-03' ? issue(2020, 3, 12, '2020-01-10') : i));
    const problems = checkIssueSequence(typo, at);
    expect(problems.map((p) => p.file)).toEqual(['content/issues/2020-03/issue.json']);
    expect(problems[0]!.message).toContain('总期号比本期小，印发日期（2020-06-30）却比本期（2020-01-10）晚');
  });

  it('reports a cumulative number out of order with the year and number even when the dates agree', () => {
    const swapped = [
      issue(2020, 1, 10, '2020-03-10'),
      issue(2020, 3, 11, '2020-06-30'),
      issue(2020, 2, 12, '2020-06-30'),
    ];
    const problems = checkIssueSequence(swapped, at);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/总期号比本期(小|大)，期号却在本期（〔2020〕第\d期）(之后|之前)/);
    expect(problems[0]!.message).toContain('和年份、期号（year、number）');
  });

  it('leaves issues sharing a cumulative number to the duplicate check', () => {
    expect(checkIssueSequence([...archive, issue(2021, 1, 12, '2021-03-01')], at)).toEqual([]);
  });
});
