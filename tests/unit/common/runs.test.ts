import { describe, expect, it } from 'vitest';
import { runsOf } from '../../../src/lib/common/runs.ts';

describe('runsOf', () => {
  it('joins consecutive numbers, in ascending order, whatever order and repeats they come in', () => {
    expect(runsOf([12, 3, 1, 2, 9, 2])).toEqual([
      { from: 1, to: 3 },
      { from: 9, to: 9 },
      { from: 12, to: 12 },
    ]);
  });

  it('gives no runs for no numbers and one run for one number', () => {
    expect(runsOf([])).toEqual([]);
    expect(runsOf([7])).toEqual([{ from: 7, to: 7 }]);
  });
});
