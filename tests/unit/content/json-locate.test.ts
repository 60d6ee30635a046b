import { describe, expect, it } from 'vitest';
import { locateJsonPath } from '../../../src/lib/content/json-locate.ts';

const text = `{
  "title": "表 \\"一\\"",
  "rows": [
    { "unit": "公安局", "cells": [1, null, "3,230"] },
    { "unit": "市卫健委", "cells": { "a": [1, {"x": 2}], "b": -3 } }
  ]
}`;

describe('locateJsonPath', () => {
  it('finds a member, an element and a nested value, as 1-based line and column', () => {
    expect(locateJsonPath(text, ['title'])).toEqual({ line: 2, column: 12 });
    expect(locateJsonPath(text, ['rows', 0, 'cells', 2])).toEqual({ line: 4, column: 41 });
    expect(locateJsonPath(text, ['rows', 1, 'cells', 'b'])).toEqual({ line: 5, column: 59 });
    expect(locateJsonPath(text, ['rows', 1])).toEqual({ line: 5, column: 5 });
  });

  it('returns null for a path that is not in the text', () => {
    expect(locateJsonPath(text, ['rows', 5])).toBeNull();
    expect(locateJsonPath(text, ['missing'])).toBeNull();
    expect(locateJsonPath(text, ['title', 0])).toBeNull();
  });

  it('does not count a byte order mark, which editors do not show', () => {
    expect(locateJsonPath('\uFEFF{"a": 1}', ['a'])).toEqual({ line: 1, column: 7 });
  });
});
