/**
 * The built app's security policy: exactly the directives it needs, no more, sent as a header and
 * written into the page; and every feature (map and its workers, panels, the corridor buffer worker,
 * importing a file, PNG and CSV export) works under it without a single violation.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, waitForMapIdle } from './setup/browser';

const baseUrl = inject('baseUrl');

/**
 * Written out here rather than imported from security-headers.ts, so that loosening the policy there
 * ('unsafe-inline', blob: workers, another origin) fails this test until it is changed on purpose.
 */
const EXPECTED_DIRECTIVES: [string, ...string[]][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

function directives(policy: string | null | undefined): string[][] {
  return (policy ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((parts) => parts[0] !== '');
}

/** Records every policy violation from the first byte of the page on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('security policy of the built app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('states exactly the directives the app needs, in the page and in the headers', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const response = await page.goto(baseUrl);
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(directives(meta)).toEqual(EXPECTED_DIRECTIVES);
    // the meta tag must come before any script or stylesheet it is meant to govern
    const first = await page.evaluate(
      () => document.head.querySelector('meta[http-equiv], script, link')?.tagName,
    );
    expect(first).toBe('META');
    const headers = response?.headers() ?? {};
    expect(directives(headers['content-security-policy'])).toEqual([
      ...EXPECTED_DIRECTIVES,
      // any site may frame the app, so articles can embed it: a deliberate choice (security-headers.ts)
      ['frame-ancestors', '*'],
    ]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    await context.close();
  });

  it('loads the map, the offline worker, a corridor buffer, an import and both exports without a single violation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-csp-'));
    const file = join(dir, 'events.csv');
    writeFileSync(
      file,
      [
        'id,year,type_of_violence,side_a,side_b,dyad_name,where_prec,latitude,longitude,best,low,high,date_start,source_headline',
        '1,2015,1,Government of Pakistan,TTP,Government of Pakistan - TTP,1,30.19,67.01,12,10,14,2015-03-01,Quetta',
        '',
      ].join('\n'),
    );
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await recordViolations(page);
    await page.goto(`${baseUrl}#years=2015-2015`);
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    // the service worker registers and precaches the app under the same policy
    await page.waitForSelector('[data-testid="offline-ready"]', { timeout: 45_000 });

    // the corridor buffer is computed in its own worker
    await page.evaluate(() => (window.location.hash = 'years=2015-2015&region=cpec&km=50'));
    await expect
      .poll(() => page.locator('.proximity .totals').textContent(), { timeout: 20_000 })
      .toMatch(/within 50 km/);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as { __atlas: { map: import('maplibre-gl').Map } }
            ).__atlas.map.querySourceFeatures('corridor-buffer').length,
        ),
      )
      .toBeGreaterThan(0);

    await page.setInputFiles('input[name="import-file"]', file);
    await expect
      .poll(() => page.locator('.import .result').textContent(), { timeout: 20_000 })
      .toContain('1 valid of 1');

    for (const name of ['Map as PNG', 'Table as CSV']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      expect(await download.failure()).toBeNull();
    }
    expect(await violations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('refuses what the old policy allowed: blob: workers, data: and blob: connections, inline styles', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await recordViolations(page);
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    const refused = await page.evaluate(async () => {
      const blobUrl = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
      try {
        new Worker(blobUrl);
      } catch {
        // a refused worker may throw or only report the violation
      }
      await fetch('data:text/plain,x').catch(() => undefined);
      await fetch(blobUrl).catch(() => undefined);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // directive and blocked scheme; each is reported once per policy (the header and the meta tag)
      return (window as unknown as { __violations: string[] }).__violations.map((v) =>
        v.split(' ').slice(0, 2).join(' ').replace(/:.*$/, ''),
      );
    });
    expect(new Set(refused)).toEqual(
      new Set(['worker-src blob', 'connect-src data', 'connect-src blob', 'style-src-elem inline']),
    );
    await context.close();
  });
});
