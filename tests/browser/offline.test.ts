/**
 * Offline after the first visit: the service worker precaches the app and data/, so with the network
 * cut the app reloads and its map, panels and import still work.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, screenshot, waitForMapIdle } from './setup/browser';

const baseUrl = inject('baseUrl');
const HEADER =
  'id,year,type_of_violence,side_a,side_b,dyad_name,where_prec,latitude,longitude,best,low,high,date_start,source_headline';
const DYAD = 'Government of Pakistan - TTP';

describe('offline after the first visit', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reloads with the network off: map, panel and import work', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}#level=province`);
    await waitForMapIdle(page);
    // The app says when everything is cached; only then is offline use promised.
    await page.waitForSelector('[data-testid="offline-ready"]', { timeout: 45_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('./manifest.webmanifest?x=' + Math.random()).then(
          () => 'reached',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });

    await page.locator('table tbody tr[data-id="PK-KP"] button.name').click();
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Khyber Pakhtunkhwa');
    await expect
      .poll(() => page.locator('section[aria-label="About Khyber Pakhtunkhwa"] .claim').count())
      .toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
    const file = join(dir, 'offline-events.csv');
    writeFileSync(
      file,
      `${HEADER}\n1,2015,1,Government of Pakistan,TTP,${DYAD},1,30.19,67.01,12,10,14,2015-03-01,Quetta\n`,
    );
    await page.setInputFiles('input[name="import-file"]', file);
    await expect
      .poll(() => page.locator('.import .result').textContent(), { timeout: 30_000 })
      .toContain('1 valid of 1');
    await screenshot(page, 'offline-reload');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
