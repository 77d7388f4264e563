/**
 * The legend, the table and the exports tell the same story: the PNG's legend reads as the screen's,
 * every CSV line is safe to open in a spreadsheet, Play keeps one set of classes, and class methods
 * suit the number of areas.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle } from './setup/browser';
import { fillOf, waitForChoropleth } from './helpers';

const baseUrl = inject('baseUrl');

/** Records every string drawn on a 2D canvas, so the PNG's text can be read back. */
function recordCanvasText(): void {
  const drawn: string[] = [];
  (window as unknown as { __drawnText: string[] }).__drawnText = drawn;
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number) {
    drawn.push(String(text));
    return fillText.call(this, text, x, y);
  };
}

async function downloadText(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile((await file.path())!, 'utf8');
}

const legendRanges = (page: Page) => page.locator('.legend .classes li .range').allTextContents();

describe('legend and exports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the PNG of a change view writes its legend as the screen does', async () => {
    const { page } = await openPage(browser, `${baseUrl}#years=2015-2021&compare=2007-2014`);
    await page.addInitScript(recordCanvasText);
    await page.reload();
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain('against 2007–2014');
    const ranges = await legendRanges(page);
    expect(ranges.some((r) => r.includes(' to '))).toBe(true);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Map as PNG' }).click(),
    ]);
    const drawn = await page.evaluate(() => (window as unknown as { __drawnText: string[] }).__drawnText);
    for (const range of ranges) expect(drawn.some((text) => text.includes(range))).toBe(true);
    expect(drawn.join(' ')).not.toMatch(/-\d+–-\d+/);
    await page.context().close();
  });

  it('the CSV keeps each source whole on its own line', async () => {
    const { page } = await openPage(browser, `${baseUrl}#years=2010-2014`);
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    const csv = await downloadText(page, 'Table as CSV');
    const lines = csv.trimEnd().split('\r\n');
    expect(
      lines.some((l) =>
        l.includes('GeoNames and Wikipedia coordinates (CC BY 4.0 (GeoNames); facts (Wikipedia))'),
      ),
    ).toBe(true);
    expect(lines.some((l) => /^# Source\W+facts \(Wikipedia\)/.test(l))).toBe(false);
    await page.context().close();
  });

  it('no CSV cell starts a formula, even from the name of the user’s file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-formula-'));
    const file = join(dir, 'mine,=1+2,@SUM(A1).csv');
    writeFileSync(
      file,
      'id,year,type_of_violence,side_a,side_b,dyad_name,where_prec,latitude,longitude,best,low,high,date_start,source_headline\n' +
        '1,2015,1,Government of Pakistan,TTP,Government of Pakistan - TTP,1,30.19,67.01,12,10,14,2015-03-01,Blast in Quetta\n',
    );
    const { page } = await openPage(browser, `${baseUrl}#years=2015-2015`);
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    await page.setInputFiles('input[name="import-file"]', file);
    await expect
      .poll(() => page.locator('.legend .mode').textContent(), { timeout: 20_000 })
      .toContain('Your data: mine,=1+2,@SUM(A1).csv');
    const csv = await downloadText(page, 'Table as CSV');
    const cells = Papa.parse<string[]>(csv.trimEnd()).data.flat();
    expect(cells.some((cell) => cell.includes('mine,=1+2,@SUM(A1).csv'))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    await page.context().close();
  });

  it('Play keeps one set of class breaks across the years it plays, and says so', async () => {
    const { page } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    await page.getByRole('button', { name: 'Play years' }).click();
    await expect
      .poll(() => page.locator('.legend h2').textContent(), { timeout: 20_000 })
      .toMatch(/, 20(08|09|10)$/);
    const early = await legendRanges(page);
    expect(await page.locator('.legend').textContent()).toMatch(/one set of classes for 2007–2021/);
    await expect
      .poll(() => page.locator('.legend h2').textContent(), { timeout: 60_000 })
      .toMatch(/, 20(19|20|21)$/);
    const late = await legendRanges(page);
    await screenshot(page, 'legend-play-2019');
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(late).toEqual(early);
    await page.context().close();
  }, 150_000); // Play steps in real time: a loaded machine needs more than the default minute

  it('classes suit the number of areas: seven provinces are not cut into quantiles', async () => {
    const { page } = await openPage(browser, `${baseUrl}#level=province`);
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    await expect.poll(() => fillOf(page, 'provinces', 'PK-KP')).toBeTruthy();
    expect(await page.locator('select[name="classes"]').inputValue()).toBe('ckmeans');
    expect(await fillOf(page, 'provinces', 'PK-KP')).not.toBe(await fillOf(page, 'provinces', 'PK-BA'));
    await screenshot(page, 'provinces-natural-breaks');
    // a method set in the link still wins
    await page.evaluate(() => (window.location.hash = 'level=province&classes=quantile'));
    await expect.poll(() => page.locator('select[name="classes"]').inputValue()).toBe('quantile');
    await page.locator('select[name="classes"]').selectOption('equal');
    await expect.poll(() => page.url()).toContain('classes=equal');
    await page.locator('select[name="classes"]').selectOption('quantile');
    await expect.poll(() => page.url()).toContain('classes=quantile');
    await page.context().close();
  });

  it('a district without events gives no maximum of 1 in its chart', async () => {
    const { page } = await openPage(browser, `${baseUrl}#region=badin`);
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    await expect.poll(() => page.locator('.violence figure').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const chart = await page.locator('.violence figure').textContent();
    expect(chart).not.toMatch(/max 1 deaths/);
    expect(chart).toMatch(/no deaths/);
    await page.context().close();
  });
});
