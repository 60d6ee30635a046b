import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, UTF8_BOM } from '../../../src/lib/common/csv.ts';

describe('csvField', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(['依托媒体、校园', 'a,b', 'say "hi"', 'two\nlines'].map(csvField)).toEqual([
      '依托媒体、校园',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
    ]);
  });

  it('quotes as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(261)).toBe('261');
  });

  it('writes a document with the BOM in front and CRLF after every row', () => {
    expect(
      csvDocument([
        ['单位', 'a,b'],
        ['公安局', 3],
      ]),
    ).toBe(UTF8_BOM + '单位,"a,b"\r\n公安局,3\r\n');
  });
});
