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

describe('spreadsheet-safe fields (CSV injection)', () => {
  it('writes text that would start a formula with a leading apostrophe', () => {
    expect(['=SUM(A1:A9)', '+86 0417', '-见附表', '@cmd', '\t=1', '\r=1'].map(csvField)).toEqual([
      "'=SUM(A1:A9)",
      "'+86 0417",
      "'-见附表",
      "'@cmd",
      "'\t=1",
      '"\'\r=1"',
    ]);
  });

  it('quotes a neutralised field that also needs quoting', () => {
    expect(csvField('=HYPERLINK("http://x","点击")')).toBe('"\'=HYPERLINK(""http://x"",""点击"")"');
  });

  it('leaves numbers as numbers, a negative difference included', () => {
    expect([-5, -0.5, 0, 1473].map(csvField)).toEqual(['-5', '-0.5', '0', '1473']);
    expect(csvDocument([['差异', -2]])).toBe(UTF8_BOM + '差异,-2\r\n');
  });

  it('leaves text alone that only contains those characters later', () => {
    expect(['市行政审批局', '0417—2998573', 'a=b', '82.38'].map(csvField)).toEqual([
      '市行政审批局',
      '0417—2998573',
      'a=b',
      '82.38',
    ]);
  });
});
