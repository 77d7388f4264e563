/**
 * What a click or a tap selects where a route crosses a district: the area, unless the pointer is on
 * the line (or a point) within a few pixels of it; and the hover tooltip always names what the click opens.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, waitForMapIdle } from './setup/browser';
import { settle } from './helpers';

const baseUrl = inject('baseUrl');

interface Transect {
  /** on the route line */
  on: { x: number; y: number };
  /** inside the same district, `awayPx` from the line and clear of every other line and point */
  off: { x: number; y: number };
}

/**
 * Finds a spot where `route` runs through `district`: a point on the line and one `awayPx` to its side,
 * both inside the district, in page coordinates.
 */
async function transect(
  page: Page,
  route: string,
  district: string,
  awayPx: number,
): Promise<Transect | null> {
  return page.evaluate(
    ([routeId, districtId, away]) => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
      const rect = map.getCanvas().getBoundingClientRect();
      const lineAndPointLayers = [
        'routes-real',
        'routes-schematic',
        'places-ports',
        'places-crossings',
        'durand-line',
        'incidents',
      ].filter((id) => map.getLayer(id));
      const near = (x: number, y: number, pad: number) =>
        map.queryRenderedFeatures(
          [
            [x - pad, y - pad],
            [x + pad, y + pad],
          ],
          { layers: lineAndPointLayers },
        );
      const districtAt = (x: number, y: number) =>
        map.queryRenderedFeatures([x, y], { layers: ['districts-fill'] })[0]?.properties.id;
      const inView = (x: number, y: number) =>
        x > 20 && y > 20 && x < rect.width - 20 && y < rect.height - 20;
      const segments = map
        .queryRenderedFeatures(undefined, { layers: ['routes-real', 'routes-schematic'] })
        .filter((f) => f.properties.route === routeId);
      for (const segment of segments) {
        const geometry = segment.geometry as unknown as { type: string; coordinates: unknown };
        const lines = (
          geometry.type === 'MultiLineString' ? geometry.coordinates : [geometry.coordinates]
        ) as [number, number][][];
        for (const line of lines) {
          for (let i = 1; i < line.length; i++) {
            const a = map.project(line[i - 1]!);
            const b = map.project(line[i]!);
            const length = Math.hypot(b.x - a.x, b.y - a.y);
            if (length < 8) continue;
            const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
            for (const t of [0.5, 0.3, 0.7, 0.2, 0.8]) {
              const on = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
              for (const side of [1, -1]) {
                const off = { x: on.x + side * normal.x * away, y: on.y + side * normal.y * away };
                if (!inView(on.x, on.y) || !inView(off.x, off.y)) continue;
                if (districtAt(on.x, on.y) !== districtId || districtAt(off.x, off.y) !== districtId)
                  continue;
                // On the line: only this route's segments within reach, no town or crossing marker.
                const atLine = near(on.x, on.y, 8);
                if (!atLine.every((f) => f.properties.route === routeId)) continue;
                // Off the line: nothing but the district within twice the tolerance.
                if (near(off.x, off.y, away - 2).length > 0) continue;
                return {
                  on: { x: rect.left + on.x, y: rect.top + on.y },
                  off: { x: rect.left + off.x, y: rect.top + off.y },
                };
              }
            }
          }
        }
      }
      return null;
    },
    [route, district, awayPx] as const,
  );
}

async function hoverTitle(page: Page): Promise<string | null> {
  const tooltip = page.locator('.hover-popup .popup-title');
  return (await tooltip.count()) ? tooltip.textContent() : null;
}

async function heading(page: Page): Promise<string | null> {
  await expect.poll(() => page.locator('#detail-heading').count()).toBe(1);
  return page.locator('#detail-heading').textContent();
}

async function closePanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('aside.detail').count()).toBe(0);
}

/** Peshawar at zoom 8 on a page not yet opened, and a spot on the N-5 through it with one 10 px beside it. */
async function peshawarBesideN5(page: Page): Promise<Transect> {
  await page.goto(`${baseUrl}#map=8/34.0/71.6`);
  await waitForMapIdle(page);
  await settle(page);
  const spot = await transect(page, 'n5', 'peshawar', 10);
  expect(spot).not.toBeNull();
  return spot!;
}

describe('click priority between areas, lines and points', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('at 1280×800, Peshawar at zoom 8: the district unless on the road, and the tooltip names what opens', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const spot = await peshawarBesideN5(page);

    // Ten pixels beside the N-5: the district, as the tooltip says.
    await page.mouse.move(spot.off.x, spot.off.y);
    await expect.poll(() => hoverTitle(page)).toBe('Peshawar');
    await page.mouse.click(spot.off.x, spot.off.y);
    expect(await heading(page)).toBe('Peshawar');
    expect(page.url()).toContain('region=peshawar');
    await closePanel(page);

    // On the road: the route, and the tooltip names it before the click.
    await page.mouse.move(spot.on.x, spot.on.y);
    await expect.poll(() => hoverTitle(page)).toMatch(/^N-5 National Highway/);
    const named = await hoverTitle(page);
    await page.mouse.click(spot.on.x, spot.on.y);
    expect(await heading(page)).toBe(named);
    expect(page.url()).toContain('region=n5');
    await screenshot(page, 'click-priority-peshawar-route');
    await context.close();
  });

  it('a pointer resting on a district gets its tooltip when the tooltip’s code arrives and as the view changes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // The tooltip's code arrives only after the pointer has come to rest on the map.
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/HoverTooltip-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const spot = await peshawarBesideN5(page);
    await page.mouse.move(spot.off.x, spot.off.y);
    release();
    await expect.poll(() => hoverTitle(page), { timeout: 10_000 }).toBe('Peshawar');
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });

    // The pointer stays; the view changes under it: the tooltip stays and says what the new view shows.
    const tooltip = page.locator('.hover-popup');
    const before = await tooltip.textContent();
    await page.evaluate(() => (window.location.hash = 'map=8/34.0/71.6&years=1990-1995'));
    await expect.poll(() => tooltip.textContent()).not.toBe(before);
    expect(await hoverTitle(page)).toBe('Peshawar');
    expect(await tooltip.textContent()).toContain('1990–1995');
    await context.close();
  });

  it('on a 390×844 phone, a tap on North Waziristan beside the road opens the district', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}#map=8/33.0/70.1`);
    await waitForMapIdle(page);
    await settle(page);
    const spot = await transect(page, 'ghulam_khan', 'north-waziristan', 10);
    expect(spot).not.toBeNull();

    await page.touchscreen.tap(spot!.off.x, spot!.off.y);
    expect(await heading(page)).toBe('North Waziristan');
    expect(page.url()).toContain('region=north-waziristan');
    const afterTap = await hoverTitle(page);
    if (afterTap !== null) expect(afterTap).toBe('North Waziristan');
    await screenshot(page, 'click-priority-phone-north-waziristan');
    await closePanel(page);

    // A tap on the road itself opens the route, and any tooltip the tap leaves names the same route. The
    // district's sheet may have moved the map to keep the district above it: the road is found again.
    await settle(page);
    const road = await transect(page, 'ghulam_khan', 'north-waziristan', 10);
    expect(road).not.toBeNull();
    await page.touchscreen.tap(road!.on.x, road!.on.y);
    const opened = await heading(page);
    expect(opened).toMatch(/Ghulam Khan/);
    const onRoad = await hoverTitle(page);
    if (onRoad !== null) expect(onRoad).toBe(opened);
    await context.close();
  });
});
