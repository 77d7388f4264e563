/**
 * Bring your own data: a UCDP-format CSV opened from disk is checked in a worker, its bad rows are listed
 * by row and field, and its good rows drive the same choropleth, table and panels, labelled as the user's.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, offOrigin, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';

const baseUrl = inject('baseUrl');
const HEADER =
  'id,year,type_of_violence,side_a,side_b,dyad_name,where_prec,latitude,longitude,best,low,high,date_start,source_headline';

/** Quetta, Peshawar and Kech events from a dyad the classification knows, plus three broken rows. */
function userCsv(): string {
  const dyad = 'Government of Pakistan - TTP';
  const rows = [
    `1,2015,1,Government of Pakistan,TTP,${dyad},1,30.19,67.01,12,10,14,2015-03-01,Blast in Quetta`,
    `2,2015,1,Government of Pakistan,TTP,${dyad},1,30.20,67.00,8,8,8,2015-04-01,"Second, with a comma"`,
    `3,2016,1,Government of Pakistan,TTP,${dyad},1,34.01,71.56,20,20,25,2016-05-01,<img src=x onerror=alert(1)>`,
    `4,2016,1,Government of Pakistan,TTP,${dyad},1,95.5,71.56,3,3,3,2016-05-02,latitude out of range`,
    `5,2016,1,Government of Pakistan,TTP,${dyad},1,34.01,71.56,many,3,3,2016-05-03,broken number`,
    `6,2017,1,Government of Pakistan,TTP,${dyad},9,26.0,63.05,3,3,3,2017-01-01,bad precision`,
    `7,2017,1,Government of Pakistan,TTP,${dyad},2,26.0,63.05,30,30,30,2017-01-02,Turbat`,
  ];
  return [HEADER, ...rows].join('\n') + '\n';
}

describe('bring your own data', () => {
  let browser: Browser;
  let session: Recorded;
  let file: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    file = join(dir, 'my-events.csv');
    writeFileSync(file, userCsv());
    browser = await launch();
    session = await openPage(browser, `${baseUrl}#years=2015-2017`);
    await waitForMapIdle(session.page);
    await session.page.waitForSelector('.legend .classes li', { timeout: 30_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists invalid rows by row and field and keeps every valid row', async () => {
    const { page } = session;
    await page.setInputFiles('input[name="import-file"]', file);
    await expect
      .poll(() => page.locator('.import .result').textContent(), { timeout: 20_000 })
      .toContain('4 valid of 7');
    const errors = await page.locator('.import .errors li').allTextContents();
    expect(errors.join('\n')).toMatch(/row 5, field “latitude”/);
    expect(errors.join('\n')).toMatch(/row 6, field “best”/);
    expect(errors.join('\n')).toMatch(/row 7, field “where_prec”/);
  });

  it('shows the user’s data in the same choropleth and table, labelled as theirs', async () => {
    const { page } = session;
    await expect
      .poll(() => page.locator('.legend .mode').textContent())
      .toContain('Your data: my-events.csv');
    const quetta = page.locator('.area-table tbody tr[data-id="quetta"] td.num').first();
    await expect.poll(() => quetta.textContent()).toBe('20');
    expect(await page.locator('.area-table tbody tr[data-id="kech"] td.num').first().textContent()).toBe(
      '30',
    );
    await page.evaluate(() => (window.location.hash = 'years=2015-2017&region=peshawar'));
    await expect
      .poll(() => page.locator('.violence .headline').first().textContent())
      .toContain('<img src=x');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await screenshot(page, 'import-user-data');
    // back to the shipped events
    await page.locator('input[name="event-source"]').first().check();
    await expect.poll(() => page.locator('.legend .mode').textContent()).toContain('UCDP events');
  });

  it('uploaded nothing and ran nothing', () => {
    expect(offOrigin(session.requests, baseUrl)).toEqual([]);
    expect(session.dialogs).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    // the fixture file really is what the app read
    expect(readFileSync(resolve(file), 'utf8')).toContain('Blast in Quetta');
  });
});
