/**
 * One broken file never takes the app down: every file of `data/` is broken three ways (missing, cut short,
 * the wrong shape) and the rest of the app must stay usable, with a banner naming the file and no
 * unhandled promise rejection. Also: a browser with WebGL 1 only gets the same fallback as one without WebGL.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { DATA_FILES } from '../../src/lib/contracts/manifest';
import { launch, screenshot, waitForMapIdle } from './setup/browser';

const baseUrl = inject('baseUrl');

type Fault = '404' | 'truncated' | 'wrong schema';
const FAULTS: Fault[] = ['404', 'truncated', 'wrong schema'];

interface Session {
  page: Page;
  context: BrowserContext;
  pageErrors: string[];
  rejections: () => Promise<string[]>;
}

/** Opens the app with every `unhandledrejection` recorded from the very first script on. */
async function open(browser: Browser, url: string, init?: (context: BrowserContext) => Promise<void>) {
  // No service worker: it would answer from its cache and hide the requests from page.route.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __rejections: string[] }).__rejections = seen;
    window.addEventListener('unhandledrejection', (event) => {
      const reason = event.reason as { message?: string } | undefined;
      seen.push(String(reason?.message ?? reason));
    });
  });
  await init?.(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  const session: Session = {
    page,
    context,
    pageErrors,
    rejections: () => page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections),
  };
  return session;
}

/** A body with the right syntax and the wrong content for the file's kind. */
function wrongShape(file: string): string {
  return file.endsWith('.geojson')
    ? JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 7 } },
        ],
      })
    : JSON.stringify({ schema: 99, rows: 'none' });
}

async function breakFile(context: BrowserContext, file: string, fault: Fault): Promise<void> {
  const [stem, ext] = file.split('.') as [string, string];
  // Vite names the built asset `<stem>-<hash>.<ext>`; the hash is 8 characters of [A-Za-z0-9_-].
  const pattern = new RegExp(`/assets/${stem}-[A-Za-z0-9_-]{8}\\.${ext}$`);
  await context.route(pattern, async (route: Route) => {
    if (fault === '404') return route.fulfill({ status: 404, body: 'not found' });
    if (fault === 'wrong schema') {
      return route.fulfill({ status: 200, contentType: 'application/json', body: wrongShape(file) });
    }
    const response = await route.fetch();
    const body = await response.body();
    return route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
  });
}

/** Every alert and status line on the page, joined: where a banner naming the broken file must appear. */
async function alertsText(page: Page): Promise<string> {
  return (await page.locator('[role="alert"], [role="status"]').allTextContents()).join(' | ');
}

async function expectMapDrawn(page: Page): Promise<void> {
  await waitForMapIdle(page);
  expect(await page.locator('.map canvas').count()).toBe(1);
}

async function expectChoropleth(page: Page): Promise<void> {
  await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
  expect(await page.locator('.area-table tbody tr').count()).toBeGreaterThan(10);
}

async function openPanel(page: Page, region: string, heading: RegExp): Promise<void> {
  await page.evaluate((r) => (window.location.hash = `region=${r}`), region);
  await expect
    .poll(() => page.locator('#detail-heading').textContent(), { timeout: 20_000 })
    .toMatch(heading);
}

interface Case {
  file: string;
  /** what must still work with this file broken */
  stillUsable: (page: Page) => Promise<void>;
}

/** The layer panel's toggles of overlays drawn from the file: shown disabled, saying why, not inert. */
async function expectTogglesDisabled(page: Page, overlays: readonly string[]): Promise<void> {
  for (const id of overlays) {
    const toggle = page.locator(`.layers input[data-overlay="${id}"]`);
    await expect.poll(() => toggle.isDisabled(), { timeout: 20_000 }).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    const row = page.locator('.layers li', { has: page.locator(`input[data-overlay="${id}"]`) });
    expect(await row.textContent()).toContain('could not be loaded');
  }
  // the others stay switchable
  const enabled = await page.locator('.layers input[data-overlay]:not([disabled])').count();
  expect(enabled).toBeGreaterThan(0);
}

const overlay = (file: string, toggles: readonly string[] = []): Case => ({
  file,
  stillUsable: async (page) => {
    await expectMapDrawn(page);
    await expectChoropleth(page);
    await expectTogglesDisabled(page, toggles);
    // in view for the screenshot
    await page.locator('.layers').scrollIntoViewIfNeeded();
    await openPanel(page, 'kurram', /Kurram/);
  },
});

/** The radio of a level the map cannot draw is disabled, the other chosen. */
async function expectLevel(page: Page, drawn: 'district' | 'province'): Promise<void> {
  const other = drawn === 'district' ? 'province' : 'district';
  await expect
    .poll(() => page.locator(`input[name="level"][value="${drawn}"]`).isChecked(), { timeout: 20_000 })
    .toBe(true);
  expect(await page.locator(`input[name="level"][value="${other}"]`).isDisabled()).toBe(true);
}

const CASES: Case[] = [
  {
    // Without districts the map, the table and the panels fall back to the provinces.
    file: 'districts.geojson',
    stillUsable: async (page) => {
      await expectMapDrawn(page);
      await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
      await expectLevel(page, 'province');
      await expect
        .poll(() => page.locator('.area-table tbody').textContent(), { timeout: 20_000 })
        .toContain('Khyber Pakhtunkhwa');
      expect(await page.locator('.area-table tbody tr').count()).toBeLessThan(12);
      await openPanel(page, 'PK-KP', /Khyber/);
      await expect.poll(() => page.locator('.violence').textContent()).toMatch(/events/);
      await expectTogglesDisabled(page, []);
    },
  },
  {
    // Without provinces the districts are still drawn, counted and explained.
    file: 'provinces.geojson',
    stillUsable: async (page) => {
      await expectMapDrawn(page);
      await expectChoropleth(page);
      await expectLevel(page, 'district');
      await openPanel(page, 'kurram', /Kurram/);
      await expect.poll(() => page.locator('.violence').textContent()).toMatch(/events/);
      // no link to a province panel that cannot open
      expect(await page.locator('.facts button', { hasText: 'PK-KP' }).count()).toBe(0);
      // published years, drawn by province, leave the rest standing
      await page.evaluate(() => (window.location.hash = 'years=2023-2023'));
      await waitForMapIdle(page);
    },
  },
  overlay('former-fata.geojson', ['former-fata']),
  overlay('durand-line.geojson', ['durand-line']),
  overlay('neighbours.geojson'),
  overlay('places.geojson', ['places']),
  overlay('routes.geojson', ['cpec', 'chabahar', 'afghan-transit', 'iran-link']),
  overlay('incidents.geojson', ['incidents']),
  {
    file: 'events.json',
    stillUsable: async (page) => {
      await expectMapDrawn(page);
      // the published figures do not need the events
      await page.evaluate(() => (window.location.hash = 'years=2023-2023'));
      await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    },
  },
  {
    file: 'published-figures.json',
    stillUsable: async (page) => {
      await expectMapDrawn(page);
      await expectChoropleth(page);
      await openPanel(page, 'PK-KP', /Khyber/);
      await expect.poll(() => page.locator('.claim').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    },
  },
  {
    file: 'context.json',
    stillUsable: async (page) => {
      await expectMapDrawn(page);
      await expectChoropleth(page);
      await openPanel(page, 'kurram', /Kurram/);
      await expect.poll(() => page.locator('.violence').textContent()).toMatch(/events/);
    },
  },
  {
    file: 'event-details.json',
    stillUsable: async (page) => {
      await expectChoropleth(page);
      await page.evaluate(() => (window.location.hash = 'region=kurram&years=2007-2021'));
      await expect
        .poll(() => page.locator('.violence .events li').count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
    },
  },
  {
    file: 'exposure.json',
    stillUsable: async (page) => {
      await expectChoropleth(page);
      await openPanel(page, 'durand-line', /Durand/);
      await expect.poll(() => page.locator('.claim').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    },
  },
  {
    file: 'corridor-lines.geojson',
    stillUsable: async (page) => {
      await expectChoropleth(page);
      await openPanel(page, 'xing_torkham', /Torkham/);
    },
  },
  {
    file: 'district-figures.json',
    stillUsable: async (page) => {
      await expectMapDrawn(page);
      await expectChoropleth(page);
      // the published figures by province do not need the district counts
      await page.evaluate(() => (window.location.hash = 'years=2023-2023'));
      await expect
        .poll(() => page.locator('.area-table tbody').textContent(), { timeout: 20_000 })
        .toContain('Khyber Pakhtunkhwa');
      await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
      await openPanel(page, 'PK-KP', /Khyber/);
    },
  },
  {
    file: 'multi-site-incidents.json',
    stillUsable: async (page) => {
      await expectMapDrawn(page);
      await expectChoropleth(page);
      await page.evaluate(() => (window.location.hash = 'years=2022-2024&region=PK-BA'));
      await expect
        .poll(() => page.locator('#detail-heading').textContent(), { timeout: 20_000 })
        .toMatch(/Balochistan/);
      await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    },
  },
  {
    file: 'border.json',
    stillUsable: async (page) => {
      await expectMapDrawn(page);
      await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
      // the control that would draw the border on a date says why it cannot, instead of doing nothing
      const show = page.locator('.border-date button', { hasText: 'Show the border on a date' });
      await expect.poll(() => show.isDisabled(), { timeout: 20_000 }).toBe(true);
      expect(await page.locator('.border-date').textContent()).toContain('could not be loaded');
      await openPanel(page, 'durand-line', /Durand/);
      await expect.poll(() => page.locator('.claim').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    },
  },
];

/** Files that load only when a panel or a control asks for them: open it so the broken file is requested. */
const TRIGGER: Record<string, string> = {
  'event-details.json': 'region=kurram&years=2007-2021',
  'exposure.json': 'region=durand-line',
  'corridor-lines.geojson': 'region=xing_torkham',
  'border.json': 'years=2025-2025',
};

it('the fault injection covers every file of the manifest', () => {
  expect(CASES.map((c) => c.file).sort()).toEqual(Object.keys(DATA_FILES).sort());
});

describe('a broken data file degrades only what needs it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { file, stillUsable } of CASES) {
    for (const fault of FAULTS) {
      it(`data/${file}, ${fault}`, async () => {
        const session = await open(browser, `${baseUrl}#${TRIGGER[file] ?? ''}`, (context) =>
          breakFile(context, file, fault),
        );
        const { page } = session;
        await expect.poll(() => alertsText(page), { timeout: 30_000 }).toContain(`data/${file}`);
        await stillUsable(page);
        if (fault === '404') await screenshot(page, `broken-${file.replace('.', '-')}`);
        expect(await session.rejections()).toEqual([]);
        expect(session.pageErrors).toEqual([]);
        await session.context.close();
      });
    }
  }
});

describe('no unhandled promise rejection', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('through a session that loads every file: overlays, panels, corridors, published years', async () => {
    const session = await open(
      browser,
      `${baseUrl}#layers=former-fata,durand-line,cpec,chabahar,afghan-transit,places,incidents`,
    );
    const { page } = session;
    await expectMapDrawn(page);
    await expectChoropleth(page);
    for (const [region, heading] of [
      ['kurram', /Kurram/],
      ['PK-KP', /Khyber/],
      ['durand-line', /Durand/],
      ['xing_torkham', /Torkham/],
      ['sources', /Sources/],
    ] as const) {
      await openPanel(page, region, heading);
    }
    await page.evaluate(() => (window.location.hash = 'years=2022-2024&region=PK-BA'));
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    await waitForMapIdle(page);
    expect(await session.rejections()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session.context.close();
  });
});

describe('WebGL 1 only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gets the no-WebGL fallback, with the table, the import panel and the exports', async () => {
    const session = await open(browser, baseUrl, async (context) => {
      await context.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        // A browser whose WebGL stops at version 1: MapLibre 6 cannot draw there.
        HTMLCanvasElement.prototype.getContext = function (
          this: HTMLCanvasElement,
          kind: string,
          ...rest: unknown[]
        ) {
          if (kind === 'webgl2') return null;
          return (original as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
        } as typeof HTMLCanvasElement.prototype.getContext;
      });
    });
    const { page } = session;
    await expect
      .poll(() => page.locator('.no-map').textContent(), { timeout: 20_000 })
      .toContain('cannot draw the map');
    await page.waitForSelector('.area-table tbody tr', { timeout: 30_000 });
    expect(await page.locator('.legend .classes li').count()).toBeGreaterThan(2);
    await expect.poll(() => page.locator('#import-file').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('.export button').count()).toBe(2);
    expect(await page.locator('.export button', { hasText: 'Table as CSV' }).isEnabled()).toBe(true);
    await screenshot(page, 'webgl1-only');
    expect(await session.rejections()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session.context.close();
  });
});
