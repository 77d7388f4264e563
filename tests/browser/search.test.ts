/**
 * The search box: keyboard-first (combobox pattern), finds a place by its common spellings, opens its
 * panel as a click on the map would, and frames it in the part of the map the panels leave visible.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';
import { settle } from './helpers';

const baseUrl = inject('baseUrl');

type Probe = { map: import('maplibre-gl').Map };

/** The district's bounding box on screen, and the map's own rectangle. */
async function framed(page: Page, id: string) {
  return page.evaluate((districtId) => {
    const map = (window as unknown as { __atlas: Probe }).__atlas.map;
    const [feature] = map.querySourceFeatures('districts', { filter: ['==', ['get', 'id'], districtId] });
    const rect = map.getCanvas().getBoundingClientRect();
    if (!feature) return null;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') {
        w = Math.min(w, c[0]);
        e = Math.max(e, c[0]);
        s = Math.min(s, c[1] as number);
        n = Math.max(n, c[1] as number);
      } else if (Array.isArray(c)) c.forEach(walk);
    };
    walk((feature.geometry as { coordinates: unknown }).coordinates);
    const nw = map.project([w, n]);
    const se = map.project([e, s]);
    return {
      zoom: map.getZoom(),
      centre: map.getCenter().toArray(),
      box: { left: rect.left + nw.x, top: rect.top + nw.y, right: rect.left + se.x, bottom: rect.top + se.y },
    };
  }, id);
}

async function waitForMoveEnd(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as { __atlas: Probe }).__atlas.map.isMoving(), null, {
    timeout: 10_000,
  });
  await settle(page);
}

describe('search', () => {
  let browser: Browser;
  let session: Recorded;

  beforeAll(async () => {
    browser = await launch();
    session = await openPage(browser, baseUrl);
    await waitForMapIdle(session.page);
    await session.page.waitForSelector('input[role="combobox"]', { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is a labelled combobox that lists places as options', async () => {
    const { page } = session;
    const box = page.getByRole('combobox', { name: 'Find a place' });
    await box.focus();
    await box.pressSequentially('Khyber');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    const options = page.locator('#place-search-results').getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    expect(await options.first().textContent()).toContain('Khyber');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await box.press('ArrowUp');
    await box.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.last().getAttribute('id'));
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('Khyber');
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    expect(await page.locator('aside.detail').count()).toBe(0);
  });

  it('"D.I. Khan", Enter: opens the Dera Ismail Khan panel and frames the district clear of the panels', async () => {
    const { page } = session;
    const before = await framed(page, 'dera-ismail-khan');
    const box = page.getByRole('combobox', { name: 'Find a place' });
    await box.focus();
    await box.pressSequentially('D.I. Khan');
    await expect
      .poll(() => page.locator('#place-search-results').getByRole('option').first().textContent())
      .toContain('Dera Ismail Khan');
    await box.press('Enter');
    await expect
      .poll(() => page.locator('aside.detail').getAttribute('data-region'))
      .toBe('dera-ismail-khan');
    expect(await page.locator('#detail-heading').textContent()).toBe('Dera Ismail Khan');
    expect(page.url()).toMatch(/region=dera-ismail-khan/);
    await waitForMoveEnd(page);
    const after = await framed(page, 'dera-ismail-khan');
    expect(after).not.toBeNull();
    expect(after!.zoom).toBeGreaterThan(before!.zoom + 1);
    const controls = await page.locator('.controls').boundingBox();
    const panel = await page.locator('aside.detail').boundingBox();
    // The whole district lies in the map between the controls and the panel.
    expect(after!.box.left).toBeGreaterThanOrEqual(controls!.x + controls!.width - 1);
    expect(after!.box.right).toBeLessThanOrEqual(panel!.x + 1);
    expect(after!.box.top).toBeGreaterThanOrEqual(0);
    expect(after!.box.bottom).toBeLessThanOrEqual(800);
    await screenshot(page, 'search-dera-ismail-khan-desktop');
  });

  it('finds the former FATA by its acronym', async () => {
    const { page } = session;
    const box = page.getByRole('combobox', { name: 'Find a place' });
    await box.fill('');
    await box.pressSequentially('FATA');
    await expect
      .poll(() => page.locator('#place-search-results').getByRole('option').first().textContent())
      .toContain('Former FATA');
    await box.press('Enter');
    await expect.poll(() => page.locator('aside.detail').getAttribute('data-region')).toBe('former-fata');
    await waitForMoveEnd(page);
  });

  it('opens a port by a click on its option', async () => {
    const { page } = session;
    const box = page.getByRole('combobox', { name: 'Find a place' });
    await box.fill('');
    await box.pressSequentially('Port Qasim');
    const option = page
      .locator('#place-search-results')
      .getByRole('option', { name: /Port Muhammad Bin Qasim/ });
    await option.click();
    await expect.poll(() => page.locator('aside.detail').getAttribute('data-region')).toBe('port_qasim');
    await waitForMoveEnd(page);
    const zoom = await page.evaluate(() => (window as unknown as { __atlas: Probe }).__atlas.map.getZoom());
    expect(zoom).toBeGreaterThan(8);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('search on a phone', () => {
  let browser: Browser;
  let session: Recorded;

  beforeAll(async () => {
    browser = await launch();
    session = await openPage(browser, baseUrl, { width: 390, height: 844 });
    await waitForMapIdle(session.page);
    await session.page.waitForSelector('input[role="combobox"]', { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('stays in view with the controls folded and opens the place', async () => {
    const { page } = session;
    const box = page.getByRole('combobox', { name: 'Find a place' });
    expect(await box.isVisible()).toBe(true);
    await box.focus();
    await box.pressSequentially('Dera Ismail Khan');
    await screenshot(page, 'search-phone-list');
    await box.press('Enter');
    await expect
      .poll(() => page.locator('aside.detail').getAttribute('data-region'))
      .toBe('dera-ismail-khan');
    await waitForMoveEnd(page);
    await screenshot(page, 'search-phone-dera-ismail-khan');
  });
});
