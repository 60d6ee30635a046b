import { describe, expect, it } from 'vitest';
import { stripBom } from '../../../src/lib/common/text.ts';

describe('stripBom', () => {
  it('removes one leading byte order mark and nothing else', () => {
    expect(stripBom('\uFEFF{"a": 1}')).toBe('{"a": 1}');
    expect(stripBom('{"a": 1}')).toBe('{"a": 1}');
    expect(stripBom('a\uFEFF')).toBe('a\uFEFF');
  });
});
