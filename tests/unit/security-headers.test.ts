import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile, META_POLICY, SECURITY_HEADERS } from '../../security-headers.ts';

describe('security headers', () => {
  it('public/_headers is the policy of security-headers.ts', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8');
    expect(committed, 'public/_headers is stale: write it again from headersFile()').toBe(headersFile());
  });

  it('lets any site frame the app (for embedding), forbids sniffing, and keeps frame-ancestors out of the meta tag', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${META_POLICY}; frame-ancestors *`);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    // browsers ignore frame-ancestors in a meta tag and warn about it
    expect(META_POLICY).not.toContain('frame-ancestors');
  });
});
