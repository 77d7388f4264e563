/**
 * The cited context in a real browser: districts the articles name, districts they never name,
 * deep links, and keyboard-only use of the panel.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle } from './setup/browser';
import { screenPoint } from './helpers';

const baseUrl = inject('baseUrl');

describe('cited context', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('clicking a district the articles mention opens its panel with a cited claim', async () => {
    const { page, pageErrors } = await openPage(browser, `${baseUrl}#map=8/31.85/70.7`);
    await waitForMapIdle(page);
    // inside Dera Ismail Khan district, away from the town marker and the roads
    const point = await screenPoint(page, [70.55, 31.6]);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Dera Ismail Khan');
    const group = page.locator('section[aria-label="About Dera Ismail Khan"]');
    await expect.poll(() => group.locator('.claim').count()).toBeGreaterThan(0);
    const cite = group.locator('.claim .cite').first();
    expect(await cite.textContent()).toMatch(/\d{4}/);
    await cite.click();
    expect(await group.locator('.source-card').first().textContent()).toMatch(/Source id/);
    await screenshot(page, 'context-dera-ismail-khan');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('a district the articles never mention still shows its own data and its province', async () => {
    const { page } = await openPage(browser, `${baseUrl}#region=kohlu`);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Kohlu');
    expect(await page.locator('aside.detail .facts').textContent()).toContain('Population');
    await expect
      .poll(() => page.locator('section[aria-label="About Balochistan"] .claim').count())
      .toBeGreaterThan(0);
    expect(await page.locator('section[aria-label="About Kohlu"]').count()).toBe(0);
    await expect.poll(() => page.locator('.violence').textContent()).toMatch(/events/);
    await page.context().close();
  });

  it('deep links open the right panel for a province, the former FATA, the Durand Line, a port and a corridor', async () => {
    const cases: [string, string][] = [
      ['PK-KP', 'Khyber Pakhtunkhwa'],
      ['former-fata', 'Former Federally Administered Tribal Areas (FATA)'],
      ['durand-line', 'Durand Line'],
      ['port_gwadar', 'Gwadar Port'],
      ['cpec', 'China–Pakistan Economic Corridor (CPEC)'],
      ['AFG', 'Afghanistan'],
      ['afg-kabul', 'Kabul'],
      ['sources', 'Sources and licences'],
    ];
    const { page } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    for (const [id, title] of cases) {
      await page.evaluate((region) => (window.location.hash = `region=${region}`), id);
      await expect.poll(() => page.locator('#detail-heading').textContent()).toBe(title);
      expect(await page.locator('aside.detail').getAttribute('data-region')).toBe(id);
    }
    // a neighbouring province shows what the articles say about it
    await page.evaluate(() => (window.location.hash = 'region=afg-kabul'));
    await expect
      .poll(() => page.locator('section[aria-label="About Kabul"] .claim').count())
      .toBeGreaterThan(0);
    await page.evaluate(() => (window.location.hash = 'region=sources'));
    // the Sources view lists all five articles
    await expect.poll(() => page.locator('[data-source]').count()).toBe(5);
    await page.context().close();
  });

  it('is reachable and closable with the keyboard alone, and announced', async () => {
    const { page } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    await page.waitForSelector('.area-table tbody tr');
    // Tab until focus reaches a row of the areas table, then open it with Enter.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const inTable = await page.evaluate(
        () => document.activeElement?.closest('.area-table tbody') !== null,
      );
      if (inTable) break;
    }
    const opener = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(opener).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    expect(await page.locator('#detail-heading').textContent()).toBe(opener);
    expect(await page.locator('[aria-live="polite"]').textContent()).toContain(opener!);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('aside.detail').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(opener);
    await page.context().close();
  });
});
