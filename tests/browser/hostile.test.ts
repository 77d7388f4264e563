/**
 * Text from data is never rendered as HTML: every data file is served with markup and script payloads
 * in its text fields, and the app must show them as text with nothing executed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { launch, waitForMapIdle, type Recorded } from './setup/browser';
import { screenPoint, settle } from './helpers';

const baseUrl = inject('baseUrl');

/** Each payload sets window.__pwned or opens a dialog if it ever runs. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  "'><iframe srcdoc='<script>parent.__pwned=4</script>'></iframe>",
  '<a href="javascript:window.__pwned=5">x</a>',
  '{{constructor.constructor("window.__pwned=6")()}}',
  '</textarea><script>alert(7)</script>',
  '<details open ontoggle="window.__pwned=8">',
  '<math><mi xlink:href="javascript:alert(9)">x</mi></math>',
  '${alert(10)}',
  '<style>*{display:none}</style>',
  '&lt;b&gt;entity&lt;/b&gt; <b>bold</b>',
];
const HOSTILE_URLS = [
  'javascript:window.__pwned=11',
  'data:text/html,<script>alert(12)</script>',
  ' JAVASCRIPT:alert(13)',
];

const pick = (i: number) => PAYLOADS[i % PAYLOADS.length] as string;

type Json = Record<string, unknown> & { features?: { properties: Record<string, unknown> }[] };

/** Rewrites a data file in flight: the app under test never knows. */
function poison(name: string, json: Json): Json {
  if (name.startsWith('districts')) {
    json.features!.forEach((f, i) => {
      if (f.properties.id === 'kurram') f.properties.name = pick(0);
      else if (i % 7 === 0) f.properties.name = pick(i);
    });
  } else if (name.startsWith('provinces')) {
    json.features!.forEach((f, i) => (f.properties.name = pick(i + 1)));
  } else if (name.startsWith('places')) {
    json.features!.forEach((f, i) => {
      f.properties.name = pick(i + 2);
      f.properties.shortName = pick(i + 3);
    });
  } else if (name.startsWith('routes')) {
    json.features!.forEach((f, i) => (f.properties.name = pick(i + 4)));
  } else if (name.startsWith('durand-line')) {
    json.features!.forEach((f) => (f.properties.status = pick(5)));
  } else if (name.startsWith('context')) {
    const claims = json.claims as Record<string, unknown>[];
    claims.forEach((c, i) => (c.text = pick(i)));
    (json.sources as Record<string, unknown>[]).forEach((s, i) => {
      s.title = pick(i + 6);
      s.author = pick(i + 7);
      s.dateBasis = pick(i + 8);
    });
    (json.disagreements as Record<string, unknown>[]).forEach((d, i) => {
      d.what = pick(i + 9);
      d.note = pick(i + 10);
    });
  } else if (name.startsWith('published-figures')) {
    (json.figures as { citation: Record<string, unknown>; [k: string]: unknown }[]).forEach((f, i) => {
      f.series = pick(i);
      f.provinceAsReported = pick(i + 1);
      f.citation.outlet = pick(i + 2);
      f.citation.url = HOSTILE_URLS[i % HOSTILE_URLS.length];
    });
    (json.organisations as Record<string, unknown>[]).forEach((o, i) => {
      o.name = pick(i + 3);
      o.counts = pick(i + 4);
    });
  } else if (name.startsWith('incidents')) {
    json.features!.forEach((f, i) => {
      f.properties.place = pick(i);
      f.properties.perpetrator = pick(i + 1);
      f.properties.target = pick(i + 2);
      f.properties.sourceOutlet = pick(i + 3);
      f.properties.sourceUrl = HOSTILE_URLS[i % HOSTILE_URLS.length];
    });
  } else if (name.startsWith('event-details')) {
    Object.values(json).forEach((d, i) => {
      const detail = d as Record<string, unknown>;
      detail.headline = pick(i);
      detail.office = pick(i + 1);
      detail.where = pick(i + 2);
    });
  } else if (name.startsWith('border')) {
    (json.events as Record<string, unknown>[]).forEach((e, i) => {
      e.place = pick(i);
      e.summary = pick(i + 1);
      e.sourceOutlet = pick(i + 2);
      e.claims = [pick(i + 3), `${pick(i + 4)} ${HOSTILE_URLS[i % HOSTILE_URLS.length]}`];
      if (e.killed !== null) e.killedCountedAs = pick(i + 5);
    });
    (json.crossings as Record<string, unknown>[]).forEach((c, i) => (c.name = pick(i)));
    (json.monthly as Record<string, unknown>[]).forEach((m, i) => {
      m.citationOutlet = pick(i);
      m.metricScope = pick(i + 1);
    });
  } else if (name.startsWith('events')) {
    (json.categories as Record<string, unknown>[]).forEach((c, i) => {
      c.label = pick(i);
      c.description = pick(i + 1);
    });
  }
  return json;
}

async function poisonRoutes(page: Page): Promise<{ files: string[] }> {
  const files: string[] = [];
  await page.route(/\/assets\/[^/]+\.(geojson|json)$/, async (route: Route) => {
    const name = route.request().url().split('/').pop()!;
    const response = await route.fetch();
    const json = poison(name, (await response.json()) as Json);
    files.push(name.replace(/-[\w-]{8}(\.\w+)$/, '$1'));
    await route.fulfill({ response, json });
  });
  return { files };
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('hostile text in every data file', () => {
  let browser: Browser;
  let session: Recorded;
  let poisoned: { files: string[] };

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    poisoned = await poisonRoutes(page);
    session = { page, requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
    page.on('pageerror', (e) => session.pageErrors.push(e.message));
    page.on('dialog', (d) => {
      session.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(
      `${baseUrl}#map=7/33.5/70.5&layers=former-fata,durand-line,cpec,chabahar,afghan-transit,places,incidents&years=2007-2024`,
    );
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a poisoned district name as text in the panel, the table and the popup', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'region=kurram&years=2007-2021'));
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe(PAYLOADS[0]);
    const point = await screenPoint(page, [70.35, 33.72]);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator('.hover-popup .popup-title').textContent()).toBe(PAYLOADS[0]);
    expect(await page.locator('.area-table tbody th', { hasText: '<img src=x' }).count()).toBeGreaterThan(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  it('keeps claims, source cards, disagreements and headlines as text', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'region=PK-KP'));
    await expect.poll(() => page.locator('.claim').count()).toBeGreaterThan(0);
    await page.locator('.claim .cite').first().click();
    await page.locator('details summary').first().click();
    const text = await page.locator('aside.detail').textContent();
    expect(text).toContain('<script>window.__pwned=2</script>');
    await expect.poll(() => page.locator('.violence .events li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.violence .headline').first().textContent()).toMatch(/<|\{|\$|&/);
    await page.evaluate(() => (window.location.hash = 'region=sources'));
    await expect.poll(() => page.locator('[data-source]').count()).toBe(5);
  });

  it('keeps published-figure citations as text and never links a script URL', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2024-2024&region=durand-line'));
    await expect.poll(() => page.locator('.legend').getAttribute('data-mode')).toBe('published');
    await settle(page);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => !/^https?:/.test(h))).toEqual([]);
    expect(await page.locator('.legend').textContent()).toMatch(/<img|<script|onerror|\{\{/);
  });

  it('keeps incident popups, place labels and route names as text', async () => {
    const { page } = session;
    await page.evaluate(
      () => (window.location.hash = 'map=6/31/69&years=2022-2024&layers=incidents,places,cpec'),
    );
    await settle(page);
    // Place names are drawn into the map canvas by a symbol layer: read the text it was given.
    const labels = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
      return map
        .queryRenderedFeatures(undefined, { layers: ['labels-places'] })
        .map((f) => String(f.properties.text));
    });
    expect(labels.some((l) => l.includes('<'))).toBe(true);
    const hit = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
      const [feature] = map.queryRenderedFeatures(undefined, { layers: ['incidents'] });
      if (!feature) return null;
      const p = map.project((feature.geometry as unknown as { coordinates: [number, number] }).coordinates);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    expect(hit).not.toBeNull();
    await page.mouse.click(hit!.x, hit!.y);
    await expect
      .poll(() => page.locator('.maplibregl-popup .popup-title').last().textContent())
      .toMatch(/<|\{|\$|&/);
    const popupLinks = await page.locator('.maplibregl-popup a[href]').count();
    expect(popupLinks).toBe(0);
  });

  it('keeps border events, claims, crossings and their popups as text', async () => {
    const { page } = session;
    await page.evaluate(
      () => (window.location.hash = 'map=6/33/70.1&years=2007-2021&date=2025-10-20&region=durand-line'),
    );
    await page.locator('.border-timeline li[data-event]').first().waitFor({ timeout: 20_000 });
    const text = await page.locator('.border-section').textContent();
    expect(text).toContain('<script>window.__pwned=2</script>');
    expect(text).toContain('javascript:window.__pwned=11');
    await expect
      .poll(() => page.locator('.border-date li[data-crossing]').first().textContent())
      .toMatch(/</);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => !/^https?:/.test(h))).toEqual([]);
    await settle(page);
    // The incident popup of the test before would cover the strike.
    while ((await page.locator('.maplibregl-popup-close-button').count()) > 0)
      await page.locator('.maplibregl-popup-close-button').first().click();
    const strike = await screenPoint(page, [69.1828, 32.9515]);
    await page.mouse.click(strike.x, strike.y);
    await expect
      .poll(() => page.locator('.maplibregl-popup .border-popup .popup-title').last().textContent())
      .toMatch(/<|\{|\$|&/);
    const popupHrefs = await page
      .locator('.maplibregl-popup a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(popupHrefs.filter((h) => !/^https?:/.test(h))).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  it('exports the poisoned table as defused CSV text', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2007-2021'));
    await page.waitForSelector('.area-table tbody tr');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Table as CSV' }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(path!, 'utf8');
    expect(csv).toContain('<img src=x onerror=');
    expect(csv.split('\n').filter((l) => /^[=+\-@]/.test(l))).toEqual([]);
  });

  it('ran nothing: no script, no dialog, no injected element, across every file', async () => {
    const { page } = session;
    expect(await pwned(page)).toBeUndefined();
    expect(session.dialogs).toEqual([]);
    expect(await page.locator('iframe, svg[onload], details[ontoggle], math').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
    const names = new Set(poisoned.files.map((f) => f.split('.')[0]));
    for (const file of [
      'districts',
      'provinces',
      'places',
      'routes',
      'durand-line',
      'context',
      'published-figures',
      'incidents',
      'event-details',
      'events',
      'border',
    ]) {
      expect(names.has(file), `${file} was served poisoned`).toBe(true);
    }
    console.log(
      `hostile payloads: ${PAYLOADS.length} markup/script strings + ${HOSTILE_URLS.length} URLs across ${names.size} files`,
    );
  });
});
