import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SERIAL_DISPLAY_TITLE,
  SERIAL_TITLE,
  SERIES_SUBTITLE,
  SERIES_TITLE,
  serialWithPublisher,
  SITE_NAME,
} from '../../../src/lib/common/serial.ts';
import { PROJECT_ROOT } from '../../support/content-fixture.ts';

describe('the serial’s names', () => {
  it('are the masthead’s two title lines as the real issue prints them', () => {
    const lines = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/text-export/2020-03.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    const masthead = lines.slice(0, lines.indexOf('重要提示')).filter(Boolean);
    expect(masthead[0]).toBe(SERIES_TITLE);
    expect(masthead).toContain(SERIES_SUBTITLE);
  });

  it('are written run together in citations, with a middle dot on the site', () => {
    expect(SERIAL_TITLE).toBe(SERIES_TITLE + SERIES_SUBTITLE);
    expect(SERIAL_TITLE).toBe('营口信用体系建设工作简报');
    expect(SERIAL_DISPLAY_TITLE).toBe('营口信用体系建设 · 工作简报');
    expect(SITE_NAME).toBe('营口信用体系建设 · 工作简报 档案');
  });
});

describe('serialWithPublisher', () => {
  it('names the publisher it is given, or only the title', () => {
    expect(serialWithPublisher('营口市社会信用体系建设领导小组办公室')).toBe(
      '营口市社会信用体系建设领导小组办公室编印的《营口信用体系建设 · 工作简报》',
    );
    expect(serialWithPublisher(undefined)).toBe('《营口信用体系建设 · 工作简报》');
  });
});
