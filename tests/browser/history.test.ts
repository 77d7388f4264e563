/**
 * Browser history: Back closes an open panel or undoes the last change of view, Forward redoes it,
 * and a burst of changes (a dragged slider, Play) is one step, not one per frame.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, waitForMapIdle } from './setup/browser';

const baseUrl = inject('baseUrl');

describe('browser history', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Back closes a panel opened in the app and Forward opens it again', async () => {
    const { page, pageErrors } = await openPage(browser, `${baseUrl}#level=province`);
    await waitForMapIdle(page);
    const before = await page.evaluate(() => history.length);
    await page.locator('table tbody tr[data-id="PK-BA"] button.name').click();
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Balochistan');
    expect(await page.evaluate(() => history.length)).toBeGreaterThan(before);

    await page.goBack();
    await expect.poll(() => page.locator('#detail-heading').count()).toBe(0);
    expect(page.url()).toContain(baseUrl);
    expect(page.url()).not.toContain('region=PK-BA');

    await page.goForward();
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Balochistan');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('Back undoes the last change of view and stays in the app', async () => {
    const { page } = await openPage(browser, `${baseUrl}#level=district`);
    await waitForMapIdle(page);
    await page.locator('input[name="level"][value="province"]').check();
    await expect.poll(() => page.url()).toContain('level=province');
    await page.goBack();
    await expect.poll(() => page.locator('input[name="level"][value="district"]').isChecked()).toBe(true);
    expect(page.url()).toContain(baseUrl);
    expect(page.url()).not.toContain('level=province');
    await page.goForward();
    await expect.poll(() => page.locator('input[name="level"][value="province"]').isChecked()).toBe(true);
    await page.context().close();
  });

  it('Play adds one history entry, not one per year', async () => {
    const { page } = await openPage(browser, `${baseUrl}#level=province`);
    await waitForMapIdle(page);
    const before = await page.evaluate(() => history.length);
    const play = page.getByRole('button', { name: 'Play years' });
    await play.click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('years=2009-2009');
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.context().close();
  });
});
