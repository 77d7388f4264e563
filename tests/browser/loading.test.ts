/**
 * A loading state on a slow link: while a data file downloads the map says which, and the note goes
 * once everything has arrived.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, waitForMapIdle } from './setup/browser';

const baseUrl = inject('baseUrl');

describe('loading state', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names a slow download on the map, then clears', async () => {
    const session = await openPage(browser, 'about:blank');
    const { page } = session;
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    // the events file arrives late, as on a slow link
    await page.route(/\/events-[^/]*\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    const status = page.locator('.download-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('UCDP events');
    await page.screenshot({ path: 'test-artifacts/loading-slow-events.png' });
    release();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('');
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    expect(session.pageErrors).toEqual([]);
    await page.context().close();
  });
});
