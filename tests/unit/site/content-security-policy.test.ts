import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HEADER_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../../src/lib/site/content-security-policy.ts';
import { PROJECT_ROOT } from '../../support/content-fixture.ts';

describe('the Content-Security-Policy', () => {
  it('is the one deploy/nginx.conf sends as a header', () => {
    const config = readFileSync(join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8');
    const header = /add_header Content-Security-Policy "([^"]+)" always;/.exec(config)?.[1];
    expect(header).toBe(HEADER_CONTENT_SECURITY_POLICY);
  });
  it('carries in the meta element only what a meta policy may (no frame-ancestors, report-uri, sandbox)', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });
});
