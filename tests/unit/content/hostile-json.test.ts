import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/lib/content/file-text.ts';

describe('JSON a hostile or careless editor wrote', () => {
  it('reports a number too large for a double as typed, with its place', () => {
    expect(parseJsonText('{\n  "title": "1e400",\n  "cells": [1, 1e400]\n}', 'a.json')).toEqual({
      problem: expect.objectContaining({ line: 3, column: 16, found: '“1e400”' }),
    });
    expect(parseJsonText('{"cells": [-1E+999]}', 'a.json')).toMatchObject({ problem: { found: '“-1E+999”' } });
  });
  it('refuses nesting deep enough to overflow a parser, naming where', () => {
    const deep = `{"title": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseJsonText(deep, 'a.json')).toMatchObject({
      problem: { line: 1, column: 74, message: expect.stringContaining('嵌套太深') },
    });
  });
  it('does not count brackets inside strings', () => {
    const text = JSON.stringify({ title: '['.repeat(500), rows: [] });
    expect(parseJsonText(text, 'a.json')).toEqual({ value: { title: '['.repeat(500), rows: [] } });
  });
  it('reads a file with a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a": 1}', 'a.json')).toEqual({ value: { a: 1 } });
  });
});
