/**
 * The recent years, 2022 to March 2026, in a real browser: a map or a stated reason for every year,
 * every year of a range listed, the official district view, and clustered notable incidents.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';
import { fillOf, settle, waitForChoropleth } from './helpers';

const baseUrl = inject('baseUrl');
const NO_DATA = '#cfcfcf';
const PROVINCES = ['PK-KP', 'PK-BA', 'PK-SD', 'PK-PB', 'PK-IS', 'PK-GB', 'PK-JK'];

type Probe = { map: import('maplibre-gl').Map };

describe('recent years', () => {
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

  it.each([
    ['2022', 'deaths'],
    ['2023', 'deaths'],
    ['2024', 'deaths'],
    ['2025', 'deaths'],
    ['2026', 'deaths'],
    ['2026', 'events'],
  ])('%s (%s): colours a province or says why there is no published figure', async (year, metric) => {
    const { page } = session;
    await page.evaluate(([y, m]) => (window.location.hash = `years=${y}-${y}&metric=${m}`), [year, metric]);
    await expect.poll(() => page.locator('.legend').getAttribute('data-mode')).toBe('published');
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain(year);
    const fills = await Promise.all(PROVINCES.map((iso) => fillOf(page, 'provinces', iso)));
    const coloured = fills.filter((f) => f && f !== NO_DATA);
    const legend = (await page.locator('.legend').textContent()) ?? '';
    if (coloured.length === 0) expect(legend).toMatch(/No published figure for .+ by province in \d{4}/);
    else expect(coloured.length).toBeGreaterThan(0);
    expect(legend).not.toMatch(/UCDP/);
    expect(await page.locator('#table-heading').textContent()).not.toMatch(/UCDP/);
    if (year === '2026')
      expect(legend + (await page.locator('.year-strip').textContent())).toMatch(/partial/);
    await settle(page);
    await screenshot(page, `recent-${year}-${metric}`);
  });

  it('lists every year of a range, each with its own series, and moves the map to the year chosen', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2022-2024'));
    await expect.poll(() => page.locator('.year-strip tbody tr[data-year]').count()).toBe(3);
    const rows = await page.locator('.year-strip tbody tr[data-year]').allTextContents();
    expect(rows[0]).toMatch(/2022[\s\S]*CRSS/);
    expect(rows[2]).toMatch(/2024[\s\S]*PIPS/);
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain('2024');
    await page.locator('.year-strip tr[data-year="2022"] button').click();
    await expect.poll(() => page.locator('.legend h2').textContent()).toMatch(/2022 \(CRSS/);
    expect(page.url()).toContain('focus=2022');
    expect(await fillOf(page, 'provinces', 'PK-SD')).not.toBe(NO_DATA);
    await settle(page);
    await screenshot(page, 'recent-range-2022-2024');
  });

  it('offers only change presets with data in both periods, and labels them by organisation', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2025-2025&compare=2024-2024'));
    // PIPS gives no deaths by province for 2023: no change view, and the legend says so
    await page.evaluate(() => (window.location.hash = 'years=2025-2025&compare=2023-2023&series=pips'));
    await expect
      .poll(() => page.locator('.legend').textContent())
      .toMatch(/No change view: PIPS gives no\s+deaths by province for 2023/);
    // the presets follow the published figures' series, which may render a moment after the legend
    const presetTexts = () => page.locator('.compare .hint button').allTextContents();
    await expect
      .poll(async () => (await presetTexts()).filter((p) => p.includes('published')).length)
      .toBeGreaterThan(0);
    const presets = await presetTexts();
    expect(presets.join(' ')).not.toContain('2023 against 2021');
    const published = presets.filter((p) => p.includes('published'));
    expect(published.length).toBeGreaterThan(0);
    for (const preset of published) {
      await page.getByRole('button', { name: preset }).click();
      await expect.poll(() => page.locator('.legend h2').textContent()).toMatch(/^Change in/);
      expect(await page.locator('.legend h2').textContent()).not.toMatch(/UCDP/);
      const fills = await Promise.all(PROVINCES.map((iso) => fillOf(page, 'provinces', iso)));
      expect(fills.filter((f) => f && f !== NO_DATA).length, preset).toBeGreaterThan(0);
    }
  });

  it('draws the official district counts for 2025 and hatches the districts without a figure', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'map=6/29/67&years=2025-2025'));
    await page.locator('input[name="published-level"][value="district"]').check();
    await expect
      .poll(() => page.locator('.legend .coverage').textContent())
      .toBe('6 of 34 Balochistan districts');
    expect(page.url()).toContain('dscope=govt-of-balochistan-2025');
    expect(await fillOf(page, 'districts', 'kech')).not.toBe(NO_DATA);
    expect(await fillOf(page, 'districts', 'quetta')).not.toBe(NO_DATA);
    expect(await fillOf(page, 'districts', 'zhob')).toBe(NO_DATA);
    const hatched = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: Probe }).__atlas.map;
      return {
        visible: map.getLayoutProperty('districts-no-figure', 'visibility'),
        filter: JSON.stringify(map.getFilter('districts-no-figure')),
      };
    });
    expect(hatched.visible).toBe('visible');
    expect(hatched.filter).toContain('zhob');
    expect(hatched.filter).not.toContain('"kech"');
    expect(await page.locator('.legend').textContent()).toMatch(/no published figure/);
    // another scope of the same year: one at a time, with its own coverage
    const options = await page.locator('select[name="district-scope"] option').count();
    expect(options).toBeGreaterThan(3);
    await settle(page);
    await screenshot(page, 'recent-districts-2025');
  });

  it('reaches every incident of a cluster of co-located points by clicking it', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'map=8/33/70.6&years=2025-2026'));
    await settle(page);
    const cluster = await page.evaluate(() => {
      const map = (window as unknown as { __atlas: Probe }).__atlas.map;
      const features = map.queryRenderedFeatures(undefined, { layers: ['incidents-clusters'] });
      const biggest = features.sort(
        (a, b) => Number(b.properties.point_count) - Number(a.properties.point_count),
      )[0];
      if (!biggest) return null;
      const p = map.project((biggest.geometry as unknown as { coordinates: [number, number] }).coordinates);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y, count: Number(biggest.properties.point_count) };
    });
    expect(cluster).not.toBeNull();
    expect(cluster!.count).toBeGreaterThan(1);
    await page.mouse.click(cluster!.x, cluster!.y);
    await expect.poll(() => page.locator('.incident-popup [data-incident]').count()).toBe(cluster!.count);
    // the incident popup is what the click opens, not the panel of a route or district underneath
    expect(page.url()).not.toContain('region=');
    const text = await page.locator('.incident-popup').textContent();
    expect(text).toMatch(/exact day|approximate date/);
    expect(text).toMatch(/Credit/);
    await screenshot(page, 'recent-incident-cluster');
  });

  it("lists a district's official figures with citations and its notable incidents in its panel", async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2025-2025&region=north-waziristan'));
    await expect.poll(() => page.locator('[data-district-figure]').count()).toBeGreaterThan(3);
    const figures = await page.locator('[data-district-figure]').allTextContents();
    expect(figures.join(' ')).toMatch(/181 terror incidents; 38 civilians killed; 182 civilians injured/);
    expect(await page.locator('[data-district-figure] a[href^="https://"]').count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator('[data-incident-item]').count()).toBeGreaterThan(2);
    await page.evaluate(() => (window.location.hash = 'years=2025-2025&region=PK-KP'));
    await expect.poll(() => page.locator('[data-multi-site]').count()).toBe(3);
    expect(await page.locator('section.published').textContent()).toMatch(/tribal districts, ex-FATA/);
    await page.evaluate(() => (window.location.hash = 'years=2025-2025&region=PK'));
    await expect.poll(() => page.locator('[data-multi-site]').count()).toBe(4);
  });

  it("shows a figure's own caveat and the ex-FATA parts in the popup of its province", async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2025-2025'));
    await page.locator('.area-table tr[data-id="PK-IS"] button.name').focus();
    await expect
      .poll(() => page.locator('.hover-popup').textContent())
      .toMatch(/not necessarily the ICT total/);
    await page.evaluate(() => (window.location.hash = 'years=2022-2022'));
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain('2022');
    await page.locator('.area-table tr[data-id="PK-KP"] button.name').focus();
    await expect.poll(() => page.locator('.hover-popup').textContent()).toMatch(/FATA\s*279[\s\S]*KP\s*348/);
    await page.locator('.area-table tr[data-id="PK-KP"] button.name').blur();
  });

  it('exports published figures with their citations in the CSV', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2025-2025'));
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain('2025');
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Table as CSV' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile((await csvFile.path())!, 'utf8');
    expect(csv).toContain('citation_outlet,citation_url');
    const kp = csv.split('\r\n').find((l) => l.startsWith('PK-KP,'));
    expect(kp).toMatch(
      /^PK-KP,Khyber Pakhtunkhwa,581,.*thetruthinternational\.com.*reported_figures_province_2025_2026\.csv:3/,
    );
    expect(csv).not.toMatch(/UCDP/);
  });

  it('says at the seam that a range across 2021 counts UCDP events only to 2021', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2015-2023'));
    await expect
      .poll(() => page.locator('.legend .seam').textContent())
      .toMatch(/UCDP event data end in 2021/);
    expect(await page.locator('.legend .seam').textContent()).toMatch(
      /2022–2023 have published figures instead/,
    );
    await expect.poll(() => page.locator('.year-strip tbody tr[data-year]').count()).toBe(2);
  });

  it('ends the timeline in March 2026, marks the seam and the partial year', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2007-2021'));
    const timeline = page.locator('.timeline');
    await expect.poll(() => timeline.locator('rect.published').count()).toBeGreaterThan(3);
    const text = (await timeline.textContent()) ?? '';
    expect(text).toMatch(/UCDP ends 2021 \| published figures from 2022/);
    expect(text).toMatch(/Coverage ends in late March 2026/);
    expect(await timeline.locator('rect.published.partial[data-year="2026"]').count()).toBe(1);
    await timeline.scrollIntoViewIfNeeded();
    await timeline.screenshot({ path: 'test-artifacts/recent-timeline.png' });
    expect(session.pageErrors).toEqual([]);
  });

  it('draws the trend of one province with its own published figures, seam marked', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2007-2021'));
    const timeline = page.locator('.timeline');
    await timeline.locator('select[name="timeline-place"]').selectOption('PK-KP');
    await expect.poll(() => timeline.locator('figcaption').textContent()).toContain('Khyber Pakhtunkhwa');
    // PIPS gives 581 killed in KP for 2025 (reported_figures_province_2025_2026.csv, row 3)
    await expect
      .poll(() => timeline.locator('rect.published[data-year="2025"] title').textContent())
      .toMatch(/^2025: 581\s+killed, PIPS/);
    expect(await timeline.textContent()).toMatch(/UCDP ends 2021 \| published figures from 2022/);
    const kpEvents = await timeline.locator('rect.ucdp').count();
    expect(kpEvents).toBeGreaterThan(10);
    await timeline.screenshot({ path: 'test-artifacts/recent-timeline-kp.png' });
    await timeline.locator('select[name="timeline-place"]').selectOption('PK');
    await expect.poll(() => timeline.locator('figcaption').textContent()).toContain('Pakistan');
  });
});
