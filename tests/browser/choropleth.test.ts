/**
 * The violence choropleth in a real browser: years, filters, legend, table and URL state.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';
import { fillOf, settle, waitForChoropleth } from './helpers';

const baseUrl = inject('baseUrl');

describe('choropleth', () => {
  let browser: Browser;
  let session: Recorded;

  beforeAll(async () => {
    browser = await launch();
    session = await openPage(browser, baseUrl);
    await waitForMapIdle(session.page);
    await waitForChoropleth(session.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a change that leaves every colour as it was redraws nothing (pressing Play, before its first step)', async () => {
    const own = await openPage(browser, `${baseUrl}#cat=militant,loc`);
    const { page } = own;
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    await settle(page);
    await page.evaluate(() => {
      const w = window as unknown as { __atlas: { map: import('maplibre-gl').Map }; renders: number };
      w.renders = 0;
      w.__atlas.map.on('render', () => (w.renders += 1));
    });
    // Play steps to its first year after 900 ms; until then the view's colours are the same
    await page.getByRole('button', { name: 'Play years' }).click();
    await page.waitForTimeout(500);
    const renders = await page.evaluate(() => (window as unknown as { renders: number }).renders);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(renders).toBe(0);
    await page.context().close();
  });

  it('changing the year range changes the colours and the legend', async () => {
    const { page } = session;
    const legendBefore = await page.locator('.legend').textContent();
    const colourBefore = await fillOf(page, 'districts', 'quetta');
    expect(colourBefore).toMatch(/^#|rgb/);
    await page.fill('input[name="year-from"]', '1990');
    await page.fill('input[name="year-to"]', '1995');
    await page.locator('input[name="year-to"]').dispatchEvent('change');
    await page.locator('input[name="year-from"]').dispatchEvent('change');
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain('1990–1995');
    expect(await page.locator('.legend').textContent()).not.toBe(legendBefore);
    expect(await fillOf(page, 'districts', 'quetta')).not.toBe(colourBefore);
    expect(page.url()).toContain('years=1990-1995');
  });

  it('the legend shows class breaks, units and the number of areas in each class', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2007-2021'));
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain('2007–2021');
    const rows = await page.locator('.legend .classes li').allTextContents();
    const counted = rows.map((r) => Number(r.match(/(\d+) districts/)?.[1] ?? NaN));
    expect(counted.every((n) => Number.isFinite(n))).toBe(true);
    expect(counted.reduce((a, b) => a + b, 0)).toBe(156);
    expect(rows.join(' ')).toMatch(/deaths|0/);
  });

  it('the table and the map stay in sync', async () => {
    const { page } = session;
    const row = page.locator('.area-table tbody tr').first();
    const id = await row.getAttribute('data-id');
    await row.locator('button.name').click();
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBeTruthy();
    expect(page.url()).toContain(`region=${id}`);
    const selected = await page.evaluate(
      (i) =>
        (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.getFeatureState({
          source: 'districts',
          id: i!,
        })?.selected,
      id,
    );
    expect(selected).toBe(true);
    // the row's swatch is the colour on the map
    const swatch = await row.locator('.dot').evaluate((el) => getComputedStyle(el).backgroundColor);
    const fill = await fillOf(page, 'districts', id!);
    expect(swatch.replace(/\s/g, '')).toBe(hexToRgb(fill!));
    await page.keyboard.press('Escape');
    // sorting by name, reachable by keyboard
    await page.locator('.area-table thead button', { hasText: 'Name' }).focus();
    await page.keyboard.press('Enter');
    const names = await page.locator('.area-table tbody th').allTextContents();
    expect(names.slice(0, 5).map((n) => n.trim())).toEqual(
      [...names.slice(0, 5).map((n) => n.trim())].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('a URL with filters restores them', async () => {
    const url = `${baseUrl}#map=5.5/30.5/68&level=province&metric=events&rate=per100k&classes=ckmeans&years=2010-2014&cat=militant,loc&actor=baloch`;
    const restored = await openPage(browser, url);
    await waitForMapIdle(restored.page);
    await waitForChoropleth(restored.page);
    const { page } = restored;
    expect(await page.locator('input[name="level"][value="province"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="metric"][value="events"]').isChecked()).toBe(true);
    expect(await page.locator('select[name="rate"]').inputValue()).toBe('per100k');
    expect(await page.locator('select[name="classes"]').inputValue()).toBe('ckmeans');
    expect(await page.locator('input[name="year-from"]').inputValue()).toBe('2010');
    expect(await page.locator('input[data-category="loc"]').isChecked()).toBe(true);
    expect(await page.locator('input[data-actor="ttp"]').isChecked()).toBe(false);
    expect(await page.locator('input[data-actor="baloch"]').isChecked()).toBe(true);
    expect(await page.locator('.legend h2').textContent()).toContain('events per 100,000 people, 2010–2014');
    expect(await fillOf(page, 'provinces', 'PK-BA')).toBeTruthy();
    await screenshot(page, 'choropleth-provinces-restored');
    expect(restored.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('malformed URL values fall back to defaults without an error', async () => {
    const hostile = await openPage(
      browser,
      `${baseUrl}#map=abc/999/x&level=%3Cimg%20src=x%20onerror=alert(1)%3E&years=3000-1&rate=<b>&cat=%%%&region=javascript:alert(1)&km=-5`,
    );
    await waitForMapIdle(hostile.page);
    await waitForChoropleth(hostile.page);
    expect(await hostile.page.locator('input[name="level"][value="district"]').isChecked()).toBe(true);
    expect(await hostile.page.locator('.legend h2').textContent()).toContain('2007–2021');
    expect(hostile.pageErrors).toEqual([]);
    expect(hostile.dialogs).toEqual([]);
    await hostile.page.context().close();
  });

  it('compares two periods as a change view with its own legend and table columns', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2015-2021&compare=2007-2014'));
    await expect
      .poll(() => page.locator('.legend h2').textContent())
      .toContain('per year: 2015–2021 against 2007–2014');
    expect(await page.locator('.legend .classes').textContent()).toContain('no change');
    expect(await page.locator('.area-table thead').textContent()).toContain('Per yr before');
    const fata = await fillOf(page, 'districts', 'north-waziristan');
    expect(fata).toBeTruthy();
    await page.evaluate(() => (window.location.hash = 'years=2007-2021'));
    await expect.poll(() => page.locator('.legend h2').textContent()).not.toContain('against');
  });

  it('shows a unit’s popup when its table row has keyboard focus', async () => {
    const { page } = session;
    const button = page.locator('.area-table tbody tr button.name').nth(2);
    const name = (await button.textContent())!.trim();
    await button.focus();
    await expect.poll(() => page.locator('.hover-popup .popup-title').textContent()).toBe(name);
    expect(await page.locator('.hover-popup').textContent()).toMatch(/Rank|Deaths/);
    await button.blur();
    await expect.poll(() => page.locator('.hover-popup').count()).toBe(0);
  });

  it('switches to published figures for 2022–2024 and says whose', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2024-2024'));
    await expect.poll(() => page.locator('.legend').getAttribute('data-mode')).toBe('published');
    const text = await page.locator('.legend .mode').textContent();
    expect(text).toMatch(/Published figures, not events/);
    expect(text).toMatch(/PIPS|Pak Institute/);
    expect(await fillOf(page, 'provinces', 'PK-KP')).toBeTruthy();
    await settle(page);
    await screenshot(page, 'choropleth-published-2024');
    // another organisation's series for the same year
    const options = await page.locator('select[name="series"] option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    expect(session.pageErrors).toEqual([]);
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
