/**
 * An ACLED export of the team's own making opens into the same choropleth and table: the panel names
 * the kind of file it read and shows how ACLED's event types became the atlas's categories, with the
 * rows each rule took.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fillOf } from './helpers';
import { launch, offOrigin, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';

const baseUrl = inject('baseUrl');
const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'import', 'acled-export.csv');

async function resultText(page: Page): Promise<string> {
  return ((await page.locator('.import .result').textContent()) ?? '').replace(/\s+/g, ' ');
}

function tableCell(page: Page, id: string) {
  return page.locator(`.area-table tbody tr[data-id="${id}"] td.num`).first();
}

describe('an ACLED export', () => {
  let browser: Browser;
  let session: Recorded;

  beforeAll(async () => {
    browser = await launch();
    session = await openPage(browser, `${baseUrl}#years=2020-2021`);
    await waitForMapIdle(session.page);
    await session.page.waitForSelector('.legend .classes li', { timeout: 30_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says beside the file button that the file is never uploaded', async () => {
    const note = session.page.locator('#import-not-uploaded');
    expect(await note.textContent()).toMatch(/never uploaded/);
    expect(await session.page.locator('input[name="import-file"]').getAttribute('aria-describedby')).toBe(
      'import-not-uploaded',
    );
  });

  it('is named, counted and its bad row listed', async () => {
    const { page } = session;
    await page.setInputFiles('input[name="import-file"]', FIXTURE);
    await expect.poll(() => resultText(page), { timeout: 30_000 }).toContain('7 valid of 8');
    const text = await resultText(page);
    expect(text).toContain('Read as ACLED export.');
    expect(text).toContain('3 rows of protests, riots or strategic developments not counted');
    expect(text).toContain('1 rows of other countries skipped (kept: country Pakistan)');
    const errors = (await page.locator('.import .errors li').allTextContents()).join('\n');
    expect(errors).toMatch(/row 11, field “event_date”/);
    expect(errors).toMatch(/row 11, field “fatalities”/);
    await page.locator('.import .result').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-acled-result');
  });

  it('shows how its event types were mapped, with the rows each rule took', async () => {
    const { page } = session;
    const mapping = page.locator('.import details.acled-mapping');
    expect(await mapping.getAttribute('open')).not.toBeNull();
    expect(await mapping.locator('summary').textContent()).toBe('How ACLED event types are mapped');
    const rows = await mapping
      .locator('tbody tr[data-rule]')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
      );
    expect(rows[0]).toEqual(['anyone', 'Not counted', '1']);
    expect(await mapping.locator('tbody tr.types').first().textContent()).toContain('Protests');
    expect(rows).toContainEqual([
      'TTP, Tehreek-i-Taliban Pakistan or Jamaat-ul-Ahrar',
      'Militant violence (TTP and factions)',
      '1',
    ]);
    expect(rows.at(-1)?.[1]).toBe('Not classified');
    expect(rows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(10);
    await mapping.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-acled-mapping');
  });

  it('drives the same choropleth and table', async () => {
    const { page } = session;
    await expect
      .poll(() => page.locator('.legend .mode').textContent())
      .toContain('Your data: acled-export.csv');
    // militant violence, the default category: 12 + 8 deaths in Quetta
    await expect.poll(() => tableCell(page, 'quetta').textContent()).toBe('20');
    const quettaSwatch = await page
      .locator('.area-table tbody tr[data-id="quetta"] .dot')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const quettaFill = await fillOf(page, 'districts', 'quetta');
    expect(quettaFill).toBeTruthy();
    const hex = (quettaFill ?? '').replace('#', '');
    const rgb = `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(quettaSwatch).toBe(rgb);
    // geo_precision 3 (a region): counted in Balochistan, in no district
    expect(await fillOf(page, 'districts', 'kech')).not.toBe(quettaFill);
    await page.evaluate(
      () => (window.location.hash = 'years=2020-2021&cat=militant,communal,foreign-state,loc,unclassified'),
    );
    await expect.poll(() => tableCell(page, 'kurram').textContent()).toBe('7');
    expect(await tableCell(page, 'peshawar').textContent()).toBe('5');
    await screenshot(page, 'import-acled');
  });

  it('shows years after UCDP’s last from the file, not published figures in their place', async () => {
    const { page } = session;
    const later = readFileSync(FIXTURE, 'utf8').replaceAll('2020', '2024').replaceAll('2021', '2025');
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-acled-')), 'acled-2024.csv');
    writeFileSync(file, later);
    await page.evaluate(() => (window.location.hash = 'years=2024-2025'));
    await page.setInputFiles('input[name="import-file"]', file);
    await expect.poll(() => resultText(page), { timeout: 30_000 }).toContain('acled-2024.csv');
    expect(await resultText(page)).toContain('7 valid of 8');
    await expect
      .poll(() => page.locator('.legend .mode').textContent())
      .toContain('Your data: acled-2024.csv');
    await expect.poll(() => tableCell(page, 'quetta').textContent()).toBe('20');
  });

  it('uploaded nothing and ran nothing', () => {
    expect(offOrigin(session.requests, baseUrl)).toEqual([]);
    expect(session.dialogs).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
