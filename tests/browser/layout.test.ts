/**
 * The map is never shown without its key: folding the controls keeps the legend, at desktop width and
 * on a phone with a district's sheet open.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bbox } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle } from './setup/browser';
import { screenPoint } from './helpers';

const baseUrl = inject('baseUrl');

const districts = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'districts.geojson'), 'utf8'),
) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { id: string }>;

/** A district's bounding box on the screen. */
async function screenBox(page: Page, id: string) {
  const feature = districts.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`no district ${id}`);
  const [west, south, east, north] = bbox(feature);
  const sw = await screenPoint(page, [west, south]);
  const ne = await screenPoint(page, [east, north]);
  return { left: sw.x, right: ne.x, top: ne.y, bottom: sw.y };
}

/** Waits until the panel shows a region's sections, at its full height. */
async function detailsShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('aside.detail section') !== null &&
      document.querySelector('aside.detail .loading-details') === null,
    null,
    { timeout: 30_000 },
  );
}

/** Whether a district's box lies whole in the map between the controls and the panel (2 px to spare). */
async function clearOfPanels(page: Page, id: string, sheet: 'below' | 'beside'): Promise<boolean> {
  const box = await screenBox(page, id);
  const controls = await page.locator('.controls').boundingBox();
  const panel = await page.locator('aside.detail').boundingBox();
  const viewport = page.viewportSize();
  if (!controls || !panel || !viewport) return false;
  const slack = 2;
  if (sheet === 'below')
    return (
      box.top >= controls.y + controls.height - slack &&
      box.bottom <= panel.y + slack &&
      box.left >= -slack &&
      box.right <= viewport.width + slack
    );
  return (
    box.left >= controls.x + controls.width - slack &&
    box.right <= panel.x + slack &&
    box.top >= -slack &&
    box.bottom <= viewport.height + slack
  );
}

describe('layout', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Hide controls folds the controls but keeps the legend on the map', async () => {
    const session = await openPage(browser, baseUrl);
    const { page } = session;
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Hide controls' }).click();
    expect(await page.locator('#control-body').isVisible()).toBe(false);
    expect(await page.locator('input[name="year-from"]').isVisible()).toBe(false);
    expect(await page.locator('.legend h2').isVisible()).toBe(true);
    expect(await page.locator('.legend .classes li').first().isVisible()).toBe(true);
    await screenshot(page, 'layout-controls-folded');
    await page.getByRole('button', { name: 'Show controls' }).click();
    expect(await page.locator('input[name="year-from"]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('on a phone with a district open, the legend stays above the map', async () => {
    const session = await openPage(browser, `${baseUrl}#region=quetta`, { width: 390, height: 844 });
    const { page } = session;
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Quetta');
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    expect(await page.locator('.legend .classes li').first().isVisible()).toBe(true);
    const controls = await page.locator('.controls').boundingBox();
    const sheet = await page.locator('aside.detail').boundingBox();
    // the folded controls and the sheet leave part of the map between them
    expect((controls?.y ?? 0) + (controls?.height ?? 0)).toBeLessThan(sheet?.y ?? 0);
    await screenshot(page, 'layout-phone-district-legend');
    expect(session.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('a link to a district opens on it in the map the panels leave, on a phone and on a desktop', async () => {
    for (const [viewport, sheet] of [
      [{ width: 390, height: 844 }, 'below'],
      [{ width: 1280, height: 800 }, 'beside'],
    ] as const) {
      const { page } = await openPage(browser, `${baseUrl}#region=quetta`, viewport);
      await waitForMapIdle(page);
      await detailsShown(page);
      await expect.poll(() => clearOfPanels(page, 'quetta', sheet), { timeout: 15_000 }).toBe(true);
      // and it opens close on the district, not on the whole country
      const box = await screenBox(page, 'quetta');
      expect(Math.max(box.right - box.left, box.bottom - box.top)).toBeGreaterThan(60);
      await screenshot(page, `layout-link-framed-${viewport.width}`);
      await page.context().close();
    }
  });

  it('a link with a view keeps that view, even with its district under the panel', async () => {
    // Kurram (about 70° E) sits where the panel opens at zoom 8 centred on 68.5° E
    const { page } = await openPage(browser, `${baseUrl}#map=8/33.7/68.5&region=kurram`);
    await waitForMapIdle(page);
    await detailsShown(page);
    await page.waitForTimeout(1000);
    const view = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(8, 2);
    expect(view.lat).toBeCloseTo(33.7, 2);
    expect(view.lng).toBeCloseTo(68.5, 2);
    const box = await screenBox(page, 'kurram');
    const panel = await page.locator('aside.detail').boundingBox();
    expect(box.left).toBeGreaterThan(panel?.x ?? Infinity);
    await page.context().close();
  });

  it('a district tapped on a phone is kept in view above the sheet that opens', async () => {
    const { page } = await openPage(browser, `${baseUrl}#map=6.2/27.5/64.0`, { width: 390, height: 844 });
    await waitForMapIdle(page);
    // Kech, low on the screen, where the sheet will open
    const kech = await screenPoint(page, [62.8804, 26.0767]);
    expect(kech.y).toBeGreaterThan(500);
    await page.mouse.click(kech.x, kech.y);
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Kech');
    await detailsShown(page);
    await expect
      .poll(
        async () => {
          const point = await screenPoint(page, [62.8804, 26.0767]);
          const controls = await page.locator('.controls').boundingBox();
          const panel = await page.locator('aside.detail').boundingBox();
          return point.y > (controls?.y ?? 0) + (controls?.height ?? 0) && point.y < (panel?.y ?? 0);
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await screenshot(page, 'layout-phone-tap-framed');
    await page.context().close();
  });

  it('a district picked from the table is brought out from under the right panel', async () => {
    // zoomed in on the west, so North Waziristan starts under where the panel opens
    const session = await openPage(browser, `${baseUrl}#map=8/33.0/66.6`);
    const { page } = session;
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    const row = page.locator('.area-table tbody tr button.name', { hasText: 'North Waziristan' });
    await row.scrollIntoViewIfNeeded();
    await row.click();
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('North Waziristan');
    const panel = await page.locator('aside.detail').boundingBox();
    const controls = await page.locator('.controls').boundingBox();
    // Miran Shah, in the middle of the district
    await expect
      .poll(
        async () => {
          const p = await screenPoint(page, [70.07, 32.99]);
          return p.x > (controls?.x ?? 0) + (controls?.width ?? 0) && p.x < (panel?.x ?? 0);
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await screenshot(page, 'layout-table-pick-framed');
    await page.context().close();
  });

  it('the areas table is one tab stop, with arrow keys between its rows', async () => {
    const session = await openPage(browser, baseUrl);
    const { page } = session;
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    const buttons = page.locator('.area-table tbody button.name');
    expect(await buttons.count()).toBeGreaterThan(100);
    await buttons.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = (await buttons.nth(1).textContent())?.trim();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(second);
    // Tab leaves the table at once and reaches the exports in a few steps, not 156
    let steps = 0;
    for (; steps < 20; steps++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === 'Map as PNG') break;
    }
    expect(steps).toBeLessThan(10);
    await page.context().close();
  });

  it('the incidents toggle says when the chosen years have no notable incidents', async () => {
    const session = await openPage(browser, `${baseUrl}#years=2007-2021`);
    const { page } = session;
    await waitForMapIdle(page);
    const note = page.locator('#none-in-years-incidents');
    await expect.poll(() => note.textContent()).toContain('none in 2007–2021: they cover 2022 to March 2026');
    await page.evaluate(() => (window.location.hash = 'years=2023-2024'));
    await expect.poll(() => note.count()).toBe(0);
    await page.context().close();
  });
});
