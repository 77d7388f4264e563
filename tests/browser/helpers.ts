/** Small page helpers shared by the browser tests. */
import type { Page } from 'playwright-core';

type Probe = {
  map: import('maplibre-gl').Map;
  idle: boolean;
  idleCount: number;
  fillOf(source: string, id: string): string | undefined;
};

/**
 * Resolves once the map has drawn the latest change: two frames, then MapLibre reports nothing pending
 * and no camera move under way (a framing eases for 600 ms).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __atlas: Probe }).__atlas.map;
      return map.loaded() && !map.isMoving();
    },
    null,
    { timeout: 20_000 },
  );
}

export async function renderedCount(page: Page, layers: string[]): Promise<number> {
  return page.evaluate((ids) => {
    const map = (window as unknown as { __atlas: Probe }).__atlas.map;
    return map.queryRenderedFeatures(undefined, { layers: ids.filter((id) => map.getLayer(id)) }).length;
  }, layers);
}

/** The fill colour the choropleth gives a unit on the map (the app's probe reads it as the style does). */
export async function fillOf(
  page: Page,
  source: 'districts' | 'provinces',
  id: string,
): Promise<string | undefined> {
  return page.evaluate(([s, i]) => (window as unknown as { __atlas: Probe }).__atlas.fillOf(s, i), [
    source,
    id,
  ] as const);
}

/** Screen position of a lng/lat on the map canvas. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (window as unknown as { __atlas: Probe }).__atlas.map;
    const p = map.project(ll);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

/** Waits until the events have loaded and the legend shows classes. */
export async function waitForChoropleth(page: Page): Promise<void> {
  await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
}
