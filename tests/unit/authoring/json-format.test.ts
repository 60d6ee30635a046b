import { describe, expect, it } from 'vitest';
import { formatContentJson } from '../../../src/lib/authoring/json-format.ts';

describe('formatContentJson', () => {
  it('puts each top-level field on a line and each record of a list on its own line', () => {
    const value = {
      title: '表',
      groups: ['县（市）区', '园区'],
      rows: [
        { unit: '鲅鱼圈', cells: [1, null] },
        { unit: '老边区', cells: [] },
      ],
      printedTotals: { label: '合计', cells: [1, null] },
      period: undefined,
    };
    const text = formatContentJson(value);
    expect(text).toBe(`{
  "title": "表",
  "groups": ["县（市）区", "园区"],
  "rows": [
    { "unit": "鲅鱼圈", "cells": [1, null] },
    { "unit": "老边区", "cells": [] }
  ],
  "printedTotals": { "label": "合计", "cells": [1, null] }
}
`);
    const { period: _absent, ...written } = value;
    expect(JSON.parse(text)).toEqual(written);
  });

  it('writes an empty list and an empty object compactly', () => {
    expect(formatContentJson({ notes: [], extra: {} })).toBe('{\n  "notes": [],\n  "extra": {}\n}\n');
  });
});
