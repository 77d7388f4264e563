/**
 * Names on the map: symbol layers drawn with the app's own glyphs and placed by MapLibre's collision
 * index, so no two labels overlap, with district names at district zooms, on a desktop and on a phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, offOrigin, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';
import { settle } from './helpers';

const baseUrl = inject('baseUrl');

const LABEL_LAYERS = [
  'labels-towns',
  'labels-districts',
  'labels-provinces',
  'labels-places',
  'labels-lines',
];

type Box = { x1: number; y1: number; x2: number; y2: number };
type Placed = Box & { layer: string; text: string };

/**
 * Every label MapLibre placed, with its box in screen pixels. The boxes are the ones the collision test
 * itself used (the placement's collision grid, which holds a 100 px margin around the viewport); each is
 * named by the label drawn at its centre. The labels are the style's only symbol layers.
 */
async function placedLabels(page: Page): Promise<Placed[]> {
  return page.evaluate((layers) => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    const { collisionIndex } = (
      map.style as unknown as {
        placement: {
          collisionIndex: {
            grid: { boxKeys: unknown[]; bboxes: number[] };
            gridRightBoundary: number;
            screenRightBoundary: number;
          };
        };
      }
    ).placement;
    const margin = collisionIndex.gridRightBoundary - collisionIndex.screenRightBoundary;
    const { grid } = collisionIndex;
    return grid.boxKeys.map((_, i) => {
      const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4).map((v) => v - margin) as [
        number,
        number,
        number,
        number,
      ];
      const centre: [number, number] = [(x1 + x2) / 2, (y1 + y2) / 2];
      const [hit] = map.queryRenderedFeatures(centre, { layers });
      const props = (hit?.properties ?? {}) as { name?: string; text?: string };
      return { x1, y1, x2, y2, layer: hit?.layer.id ?? '?', text: props.name ?? props.text ?? '?' };
    });
  }, LABEL_LAYERS);
}

function overlapping(boxes: Placed[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push([a.text, b.text]);
    }
  }
  return pairs;
}

async function renderedNames(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    return map
      .queryRenderedFeatures(undefined, { layers: [id] })
      .map((f) => String((f.properties as { name?: string; text?: string }).name ?? f.properties.text));
  }, layer);
}

async function viewAt(page: Page, view: string): Promise<void> {
  await page.evaluate((v) => (window.location.hash = `map=${v}`), view);
  await settle(page);
}

/** Frontier views at the zooms the issue names: the country, a province, a few districts. */
const VIEWS: { zoom: number; view: string; districtsAtLeast: number }[] = [
  { zoom: 5, view: '5/30.5/69.5', districtsAtLeast: 0 },
  { zoom: 7, view: '7/33.2/71.2', districtsAtLeast: 8 },
  { zoom: 9, view: '9/31.85/70.65', districtsAtLeast: 2 },
];

for (const device of [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  describe(`labels on the ${device.name} (${device.viewport.width}×${device.viewport.height})`, () => {
    let browser: Browser;
    let session: Recorded;
    const warnings: string[] = [];

    beforeAll(async () => {
      browser = await launch();
      session = await openPage(browser, baseUrl, device.viewport);
      session.page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      await waitForMapIdle(session.page);
      // The names are added once the first view has been drawn.
      await session.page.waitForFunction(
        () =>
          !!(window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.getLayer(
            'labels-lines',
          ),
      );
      await settle(session.page);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('names the provinces, the main towns and both disputed lines at the first view', async () => {
      const { page } = session;
      await settle(page);
      expect((await renderedNames(page, 'labels-provinces')).length).toBeGreaterThan(
        device.name === 'phone' ? 0 : 2,
      );
      expect((await renderedNames(page, 'labels-places')).length).toBeGreaterThan(3);
      if (device.name === 'desktop') {
        expect(await renderedNames(page, 'labels-lines')).toEqual(
          expect.arrayContaining([
            'Durand Line: de facto border, not recognised by Afghanistan',
            'Line of Control: ceasefire line',
          ]),
        );
      }
      expect(overlapping(await placedLabels(page))).toEqual([]);
      await screenshot(page, `labels-${device.name}-first-view`);
    });

    for (const { zoom, view, districtsAtLeast } of VIEWS) {
      it(`places labels without overlap at zoom ${zoom}, district names from zoom 7`, async () => {
        const { page } = session;
        await viewAt(page, view);
        const placed = await placedLabels(page);
        expect(placed.length).toBeGreaterThan(1);
        expect(placed.every((b) => b.x2 > b.x1 && b.y2 > b.y1)).toBe(true);
        expect(overlapping(placed)).toEqual([]);
        const districts = await renderedNames(page, 'labels-districts');
        expect(districts.length).toBeGreaterThanOrEqual(districtsAtLeast);
        if (zoom >= 7) expect(placed.some((b) => b.layer === 'labels-districts')).toBe(true);
        if (zoom === 9) expect(districts).toEqual(expect.arrayContaining(['Dera Ismail Khan']));
        await screenshot(page, `labels-${device.name}-z${zoom}`);
      });
    }

    it('keeps Karachi Port and Port Muhammad Bin Qasim apart where both are named', async () => {
      const { page } = session;
      await viewAt(page, '9/24.8/67.15');
      const names = await renderedNames(page, 'labels-places');
      expect(names).toEqual(expect.arrayContaining(['Karachi Port', 'Port Muhammad Bin Qasim']));
      expect(overlapping(await placedLabels(page))).toEqual([]);
    });

    // The phone folds the layer panel away; one size is enough for what the toggles do.
    it.runIf(device.name === 'desktop')(
      'hides the Durand label with its line and the port names with their dots',
      async () => {
        const { page } = session;
        await viewAt(page, '6/31/68');
        const durand = page.locator('input[data-overlay="durand-line"]');
        const places = page.locator('input[data-overlay="places"]');
        expect(await renderedNames(page, 'labels-lines')).toContain(
          'Durand Line: de facto border, not recognised by Afghanistan',
        );
        await durand.uncheck();
        await places.uncheck();
        await settle(page);
        expect(await renderedNames(page, 'labels-lines')).not.toContain(
          'Durand Line: de facto border, not recognised by Afghanistan',
        );
        expect(await renderedNames(page, 'labels-places')).not.toContain(
          'Chaman–Spin Boldak Friendship Gate',
        );
        await durand.check();
        await places.check();
        await settle(page);
        expect(await renderedNames(page, 'labels-places')).toContain('Chaman–Spin Boldak Friendship Gate');
      },
    );

    it.runIf(device.name === 'desktop')('carries the names into the PNG export', async () => {
      const { page } = session;
      await viewAt(page, '7/33.2/71.2');
      const exportPng = async (): Promise<Buffer> => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Map as PNG' }).click(),
        ]);
        const { readFile } = await import('node:fs/promises');
        return readFile((await download.path())!);
      };
      const setLabels = async (visibility: 'visible' | 'none') => {
        await page.evaluate(
          ([ids, v]) => {
            const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
            for (const id of ids) map.setLayoutProperty(id, 'visibility', v);
          },
          [LABEL_LAYERS, visibility] as const,
        );
        await settle(page);
      };
      const withNames = await exportPng();
      expect(await exportPng()).toEqual(withNames);
      await setLabels('none');
      const withoutNames = await exportPng();
      await setLabels('visible');
      expect(withoutNames.equals(withNames)).toBe(false);
    });

    it('drew every label from glyphs on its own origin, none missing', () => {
      const glyphs = session.requests.filter((url) => url.includes('/glyphs/'));
      expect(glyphs.length).toBeGreaterThan(0);
      expect(glyphs.every((url) => /\/glyphs\/noto-sans-(regular|semibold)\/\d+-\d+\.pbf$/.test(url))).toBe(
        true,
      );
      expect(offOrigin(session.requests, baseUrl)).toEqual([]);
      expect(warnings.filter((w) => /glyph/i.test(w))).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
    });
  });
}
