/**
 * Corridors and the border in a real browser: panels from a click and from the layer panel, the distance
 * slider updating the numbers, the chart and the buffer, and the Durand Line's shares.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';
import { screenPoint, settle } from './helpers';

const baseUrl = inject('baseUrl');

async function bufferArea(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    const source = map.getSource('corridor-buffer') as unknown as
      { _data?: { geojson?: { features?: unknown[] } } } | undefined;
    const features = map.querySourceFeatures('corridor-buffer');
    return features.length + (source ? 0 : -1000);
  });
}

describe('corridors and the border', () => {
  let browser: Browser;
  let session: Recorded;

  beforeAll(async () => {
    browser = await launch();
    session = await openPage(browser, `${baseUrl}#map=6/28/66`);
    await waitForMapIdle(session.page);
    await session.page.waitForSelector('.legend .classes li', { timeout: 30_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a corridor panel from the layer panel', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'About CPEC' }).click();
    await expect
      .poll(() => page.locator('#detail-heading').textContent())
      .toBe('China–Pakistan Economic Corridor (CPEC)');
    await expect
      .poll(() => page.locator('.proximity .totals').textContent(), { timeout: 15_000 })
      .toMatch(/events/);
  });

  it('changing the distance updates the numbers, the chart and the buffer on the map', async () => {
    const { page } = session;
    await expect.poll(() => bufferArea(page), { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await page.locator('.proximity .totals').textContent();
    const chartBefore = await page.locator('.proximity svg').first().innerHTML();
    await page.locator('input[name="corridor-km"]').fill('100');
    await expect.poll(() => page.locator('.proximity .totals').textContent()).not.toBe(before);
    expect(await page.locator('.proximity svg').first().innerHTML()).not.toBe(chartBefore);
    expect(page.url()).toContain('km=100');
    const countAt = (text: string | null) =>
      Number((text ?? '').replace(/,/g, '').match(/(\d+) events/)?.[1]);
    expect(countAt(await page.locator('.proximity .totals').textContent())).toBeGreaterThan(countAt(before));
    await settle(page);
    await expect.poll(() => bufferArea(page), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(page, 'corridor-cpec-100km');
  });

  it('opens a corridor panel from a click on a route', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    const hit = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
      const features = map.queryRenderedFeatures(undefined, { layers: ['routes-real', 'routes-schematic'] });
      // A stretch of the N-25 in Balochistan that no other route shares.
      const feature = features.find(
        (f) => f.properties.route === 'n25' && f.properties.from === 'town_khuzdar',
      );
      if (!feature) return null;
      const coords = (feature.geometry as unknown as { coordinates: [number, number][] }).coordinates;
      // Halfway along the segment, away from the towns other routes share.
      const a = coords[0]!;
      const b = coords[coords.length - 1]!;
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] as [number, number];
    });
    expect(hit).not.toBeNull();
    const point = await screenPoint(page, hit!);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('aside.detail').getAttribute('data-region')).toBe('n25');
    expect(await page.locator('aside.detail').textContent()).toMatch(/Real road geometry|schematic/);
  });

  it('shows a crossing’s events within the distance', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'region=xing_torkham&km=25'));
    await expect.poll(() => page.locator('#detail-heading').textContent()).toContain('Torkham');
    await expect.poll(() => page.locator('.proximity .totals').textContent()).toMatch(/within 25 km/);
  });

  it('the Durand Line panel charts the shares near the border and explains its status with citations', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'region=durand-line'));
    await expect
      .poll(() => page.locator('.proximity table.shares tbody tr').count(), { timeout: 15_000 })
      .toBe(3);
    const shares = await page.locator('.proximity table.shares tbody td').allTextContents();
    const values = shares.map((s) => Number(s.replace('%', '')));
    // events within 25 <= 50 <= 100 km
    expect(values[0]).toBeLessThanOrEqual(values[2]!);
    expect(values[2]).toBeLessThanOrEqual(values[4]!);
    expect(await page.locator('aside.detail').textContent()).toMatch(/recognis/);
    await expect
      .poll(() => page.locator('section[aria-label="About the Durand Line"] .claim').count())
      .toBeGreaterThan(0);
    await screenshot(page, 'durand-line-panel');
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
