/**
 * The built app in headless Chromium: it draws, stays offline, toggles overlays and opens a district.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, offOrigin, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';
import { renderedCount, screenPoint, settle } from './helpers';

const baseUrl = inject('baseUrl');

/** Inside Kurram, 30 km from any port, crossing or town marker and off every trade route. */
const KURRAM: [number, number] = [70.35, 33.72];

describe('foundation: the map in a real browser', () => {
  let browser: Browser;
  let session: Recorded;

  beforeAll(async () => {
    browser = await launch();
    session = await openPage(browser, baseUrl);
    await waitForMapIdle(session.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reaches idle with every base layer drawn and writes a screenshot', async () => {
    const { page } = session;
    expect(await renderedCount(page, ['districts-fill'])).toBeGreaterThan(100);
    expect(await renderedCount(page, ['durand-line'])).toBeGreaterThan(0);
    expect(await renderedCount(page, ['neighbours-fill'])).toBeGreaterThan(3);
    await screenshot(page, 'foundation-overview');
  });

  it('keeps the view in the URL as map=zoom/lat/lng', async () => {
    const { page } = session;
    await page.waitForFunction(() => /(^#|&)map=[\d.]+\/[\d.-]+\/[\d.-]+/.test(window.location.hash), null, {
      timeout: 5_000,
    });
  });

  const toggles: [string, string[]][] = [
    ['former-fata', ['former-fata-hatch', 'former-fata-line']],
    ['durand-line', ['durand-line']],
    ['cpec', ['routes-real', 'routes-schematic']],
    ['chabahar', ['routes-real', 'routes-schematic']],
    ['afghan-transit', ['routes-real', 'routes-schematic']],
    ['places', ['places-ports', 'places-crossings']],
  ];

  for (const [overlay, layers] of toggles) {
    it(`the "${overlay}" toggle changes what is drawn`, async () => {
      const { page } = session;
      const box = page.locator(`input[data-overlay="${overlay}"]`);
      await expect.poll(() => box.isChecked()).toBe(true);
      const shown = await renderedCount(page, layers);
      const pixelsOn = await page.locator('.map canvas').screenshot();
      expect(shown).toBeGreaterThan(0);
      await box.uncheck();
      await settle(page);
      expect(await renderedCount(page, layers)).toBeLessThan(shown);
      const pixelsOff = await page.locator('.map canvas').screenshot();
      expect(Buffer.compare(pixelsOn, pixelsOff)).not.toBe(0);
      expect(page.url()).toContain('layers=');
      await box.check();
      await settle(page);
      expect(await renderedCount(page, layers)).toBe(shown);
    });
  }

  it('opens the panel with the district name on a click, and closes it with Escape', async () => {
    const { page } = session;
    const point = await screenPoint(page, KURRAM);
    await page.mouse.click(point.x, point.y);
    const heading = page.locator('#detail-heading');
    await expect.poll(() => heading.textContent()).toBe('Kurram');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    expect(await page.locator('aside.detail').textContent()).toContain('Khyber Pakhtunkhwa');
    expect(page.url()).toContain('region=kurram');
    await screenshot(page, 'foundation-district-panel');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('aside.detail').count()).toBe(0);
    expect(page.url()).not.toContain('region=');
  });

  it('restores the view and the selection from the URL on reload', async () => {
    const reopened = await openPage(browser, `${baseUrl}#map=7/33.5/70.5&region=kurram&layers=durand-line`);
    await waitForMapIdle(reopened.page);
    const view = await reopened.page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
      return { zoom: map.getZoom(), center: map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(7, 1);
    expect(view.center.lat).toBeCloseTo(33.5, 1);
    expect(await reopened.page.locator('#detail-heading').textContent()).toBe('Kurram');
    expect(await reopened.page.locator('input[data-overlay="cpec"]').isChecked()).toBe(false);
    expect(reopened.consoleErrors).toEqual([]);
    await reopened.page.context().close();
  });

  it('works at phone width', async () => {
    const phone = await openPage(browser, `${baseUrl}#region=quetta`, { width: 390, height: 844 });
    await waitForMapIdle(phone.page);
    await expect.poll(() => phone.page.locator('#detail-heading').textContent()).toBe('Quetta');
    const panel = await phone.page.locator('aside.detail').boundingBox();
    expect(panel?.width).toBeGreaterThan(380);
    await screenshot(phone.page, 'foundation-phone');
    expect(phone.pageErrors).toEqual([]);
    await phone.page.context().close();
  });

  it('logged no console error and requested nothing off this origin', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(offOrigin(session.requests, baseUrl)).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(5);
  });
});
