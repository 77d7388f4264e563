/**
 * A loading state on a slow link: while a data file downloads the map says which, and the note goes
 * once everything has arrived.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

/** When each of these files was asked for, against the moment the map first settled (ms; null: never). */
async function requestTimes(page: Page, names: Record<string, RegExp>) {
  const entries = await page.evaluate(() => ({
    settled: performance.getEntriesByName('atlas:map-settled')[0]?.startTime ?? null,
    resources: performance
      .getEntriesByType('resource')
      .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
  }));
  const firstStart = (pattern: RegExp) =>
    entries.resources.find((r) => pattern.test(r.path.split('/').pop() ?? ''))?.start ?? null;
  return {
    settled: entries.settled,
    files: Object.fromEntries(Object.entries(names).map(([name, pattern]) => [name, firstStart(pattern)])),
  };
}

/** What a link to the default view leaves until the map has settled: its colours ship with the districts. */
const VIEW_FILES = {
  events: /^events-[^.]*\.json$/,
  'published figures': /^published-figures-[^.]*\.json$/,
  'district counts': /^district-figures-[^.]*\.json$/,
  context: /^context-[^.]*\.json$/,
  "the view's derivation": /^view-[^.]*\.js$/,
  'the legend': /^Legend-[^.]*\.js$/,
  'the table': /^AreaTable-[^.]*\.js$/,
};

describe('load order', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a link to the default view asks for the views’ files and code only once the map has settled', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    await page.waitForSelector('.area-table tbody tr', { timeout: 30_000 });
    const { settled, files } = await requestTimes(page, VIEW_FILES);
    expect(settled).not.toBeNull();
    for (const [name, start] of Object.entries(files)) {
      expect(start, `${name} was never asked for`).not.toBeNull();
      expect(start!, `${name} was asked for before the map settled`).toBeGreaterThanOrEqual(settled!);
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('a link to any other view asks for them at once', async () => {
    const { page, pageErrors } = await openPage(browser, `${baseUrl}#years=2010-2015`);
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    const { settled, files } = await requestTimes(page, VIEW_FILES);
    expect(settled).not.toBeNull();
    expect(files.events, 'the events were asked for after the map settled').toBeLessThan(settled!);
    expect(files["the view's derivation"]).toBeLessThan(settled!);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
