/**
 * The border since 2025 in a real browser: the crossings drawn by their status on a date, the Durand
 * Line panel's cited timeline, a strike's popup that says whose each figure is, and a link that
 * restores a crossing at a date.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launch, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';
import { screenPoint, settle } from './helpers';

const baseUrl = inject('baseUrl');
type Probe = { map: import('maplibre-gl').Map };

/** What the map draws at each crossing: the status and the symbol (icon image) of the rendered feature. */
async function drawnCrossings(page: Page): Promise<Record<string, { status: string; symbol: string }>> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlas: Probe }).__atlas.map;
    if (!map.getLayer('border-crossings')) return {};
    // The icon is the feature's own `symbol`: read the expression so a change of it fails here.
    const icon = JSON.stringify(map.getLayoutProperty('border-crossings', 'icon-image'));
    if (icon !== '["get","symbol"]') return { layer: { status: 'icon-image changed', symbol: icon } };
    const drawn: Record<string, { status: string; symbol: string }> = {};
    for (const f of map.queryRenderedFeatures(undefined, { layers: ['border-crossings'] })) {
      drawn[String(f.properties.id)] = {
        status: String(f.properties.status),
        symbol: String(f.properties.symbol),
      };
    }
    return drawn;
  });
}

async function openAt(browser: Browser, hash: string, height = 800): Promise<Recorded> {
  const session = await openPage(browser, `${baseUrl}#map=6/31.5/68.5&${hash}`, { width: 1280, height });
  await waitForMapIdle(session.page);
  return session;
}

describe('the border since 2025', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws Torkham and Chaman as closed on 20 October 2025, with the closed symbol', async () => {
    const { page, pageErrors } = await openAt(browser, 'date=2025-10-20');
    await expect
      .poll(async () => Object.keys(await drawnCrossings(page)).length, { timeout: 20_000 })
      .toBe(5);
    const drawn = await drawnCrossings(page);
    expect(drawn.torkham).toEqual({ status: 'closed', symbol: 'crossing-closed' });
    expect(drawn.chaman).toEqual({ status: 'closed', symbol: 'crossing-closed' });
    await expect
      .poll(() => page.locator('.border-date li[data-crossing="torkham"]').getAttribute('data-status'))
      .toBe('closed');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('draws Torkham as open on 25 March 2025 and other crossings as unknown, not open', async () => {
    const { page } = await openAt(browser, 'date=2025-03-25');
    await expect
      .poll(async () => Object.keys(await drawnCrossings(page)).length, { timeout: 20_000 })
      .toBe(5);
    const drawn = await drawnCrossings(page);
    expect(drawn.torkham).toEqual({ status: 'open', symbol: 'crossing-open' });
    expect(drawn.kharlachi?.status).toBe('unknown');
    // Moving the date redraws the crossings.
    await page.locator('input[name="border-date"]').fill('2025-10-20');
    await page.locator('input[name="border-date"]').dispatchEvent('change');
    await expect.poll(async () => (await drawnCrossings(page)).torkham?.status).toBe('closed');
    expect(page.url()).toContain('date=2025-10-20');
    await page.context().close();
  });

  it('lists the 12 October 2025 closure with its citation in the Durand Line panel', async () => {
    const { page } = await openAt(browser, 'date=2025-10-20&region=durand-line', 1100);
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Durand Line');
    const closure = page.locator('.border-timeline li[data-event="BCE-009"]');
    await closure.waitFor({ timeout: 20_000 });
    expect(await closure.locator('time').getAttribute('datetime')).toBe('2025-10-12');
    expect(await closure.textContent()).toContain('12 Oct 2025');
    const source = closure.locator('.cite a');
    expect(await source.textContent()).toBe('Jago News (agency report)');
    expect(await source.getAttribute('href')).toBe('https://www.jagonews24.com/en/international/news/86307');
    // The chart under it says it links nothing, and the monthly bars are there.
    expect(await page.locator('.border-chart figcaption').textContent()).toMatch(/does not show that/);
    expect(await page.locator('.border-chart rect.bar').count()).toBeGreaterThan(5);
    // Kind filters hide and show.
    await page.getByRole('checkbox', { name: 'Closure' }).uncheck();
    await expect.poll(() => closure.count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Closure' }).check();
    await expect.poll(() => closure.count()).toBe(1);
    await page.locator('.border-section').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await settle(page);
    await screenshot(page, 'border-durand-line-2025-10-20');
    await page.context().close();
  });

  it('a strike inside Afghanistan opens a popup that says whose each figure is', async () => {
    const { page } = await openAt(browser, 'date=2025-10-20');
    await expect
      .poll(async () => Object.keys(await drawnCrossings(page)).length, { timeout: 20_000 })
      .toBe(5);
    // The Paktika strike of 17 October 2025: 17 civilians per TOLOnews; other counts in the note.
    const at = await screenPoint(page, [69.1828, 32.9515]);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.maplibregl-popup .border-popup');
    await popup.waitFor({ timeout: 10_000 });
    const text = await popup.textContent();
    expect(text).toContain('in Afghanistan');
    expect(text).toContain('17 killed (civilians per TOLOnews)');
    expect(text).toContain('Afghanistan Cricket Board');
    expect(text).toContain('Taliban officials via AFP: 10');
    expect(await popup.locator('dd a').first().textContent()).toBe(
      'Namibia Daily News (Xinhua, citing TOLOnews)',
    );
    await screenshot(page, 'border-strike-popup');
    await page.context().close();
  });

  it('restores a crossing at a date from the link', async () => {
    const { page } = await openAt(browser, 'date=2025-10-15&region=torkham', 1100);
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Torkham border crossing');
    const onDate = page.locator('.crossing-status .on-date');
    await onDate.waitFor({ timeout: 20_000 });
    expect(await onDate.getAttribute('data-status')).toBe('closed');
    expect(await page.locator('.crossing-status .days-closed').textContent()).toMatch(
      /Closed on \d+ of 455 days/,
    );
    expect(page.url()).toContain('date=2025-10-15');
    expect(page.url()).toContain('region=torkham');
    await page.locator('.crossing-status').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await settle(page);
    await screenshot(page, 'border-crossing-torkham-2025-10-15');
    await page.context().close();
  });

  it('lists each corridor’s 2025–26 events in the same cited form', async () => {
    const { page } = await openAt(browser, 'region=chabahar');
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('Chabahar route');
    const items = page.locator('.border-timeline li[data-event]');
    await items.first().waitFor({ timeout: 20_000 });
    expect(await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event')))).toEqual([
      'BCE-005',
      'BCE-006',
      'BCE-030',
    ]);
    for (const [region, event] of [
      ['iran-link', 'BCE-026'],
      ['cpec', 'BCE-031'],
    ] as const) {
      await page.evaluate((id) => (window.location.hash = `#region=${id}`), region);
      await page.locator(`.border-timeline li[data-event="${event}"] .cite a`).waitFor({ timeout: 10_000 });
    }
    await page.context().close();
  });

  it('carries the timeline’s citations in the PNG export', async () => {
    const { page } = await openAt(browser, 'date=2025-10-20');
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    const { readFile, copyFile, mkdir } = await import('node:fs/promises');
    const exportHeight = async () => {
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Map as PNG' }).click(),
      ]);
      const path = (await png.path())!;
      return { height: (await readFile(path)).readUInt32BE(20), path };
    };
    const plain = await exportHeight();
    await page.evaluate(() => (window.location.hash = `${window.location.hash}&region=durand-line`));
    await page.locator('.border-timeline li[data-event="BCE-009"]').waitFor({ timeout: 20_000 });
    const listed = await page.locator('.border-timeline li[data-event]').count();
    const cited = await exportHeight();
    // One footer line or more per listed event.
    expect(cited.height - plain.height).toBeGreaterThanOrEqual(listed * 14);
    await mkdir(ARTIFACTS, { recursive: true });
    await copyFile(cited.path, `${ARTIFACTS}/border-export-durand-line.png`);
    await page.context().close();
  });
});
