/**
 * The user's own data is never lost and never silently wrong: a file that cannot be read to the end
 * changes nothing, the same file can be opened again, what people actually have (mixed line endings,
 * UTF-16, Windows-1252, over-long lines, absurd numbers) is read or refused by name, and an import
 * survives a reload while the URL says which data a view shows.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, offOrigin, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';

const baseUrl = inject('baseUrl');
const HEADER =
  'id,year,type_of_violence,side_a,side_b,dyad_name,where_prec,latitude,longitude,best,low,high,date_start,source_headline';
const DYAD = 'Government of Pakistan,TTP,Government of Pakistan - TTP';
const INPUT = 'input[name="import-file"]';

/** One valid Quetta row: `id`, deaths and headline vary. */
function quettaRow(id: number, deaths: number, headline = `Event ${id}`): string {
  return `${id},2015,1,${DYAD},1,30.19,67.01,${deaths},${deaths},${deaths},2015-03-01,${headline}`;
}

function csvFile(name: string, text: string | Uint8Array) {
  return {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(typeof text === 'string' ? new TextEncoder().encode(text) : text),
  };
}

async function resultText(page: Page): Promise<string> {
  return ((await page.locator('.import .result').textContent()) ?? '').replace(/\s+/g, ' ');
}

async function quettaCell(page: Page): Promise<string | null> {
  return page.locator('.area-table tbody tr[data-id="quetta"] td.num').first().textContent();
}

async function importAndWait(page: Page, file: ReturnType<typeof csvFile>, expected: string | RegExp) {
  await page.setInputFiles(INPUT, file);
  await expect.poll(() => resultText(page), { timeout: 30_000 }).toMatch(expected);
}

describe('an import is a transaction', () => {
  let browser: Browser;
  let session: Recorded;

  beforeAll(async () => {
    browser = await launch();
    session = await openPage(browser, `${baseUrl}#years=2015-2017`);
    await waitForMapIdle(session.page);
    await session.page.waitForSelector('.legend .classes li', { timeout: 30_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the previous import when a file cannot be read to the end', async () => {
    const { page } = session;
    const good = [HEADER, quettaRow(1, 12), quettaRow(2, 8)].join('\n') + '\n';
    await importAndWait(page, csvFile('good.csv', good), /2 valid of 2/);
    await expect.poll(() => page.locator('.legend .mode').textContent()).toContain('good.csv');
    await expect.poll(() => quettaCell(page)).toBe('20');

    // 30 good rows, then a quote opened in row 32 and never closed over more than a megabyte of lines
    const rows = Array.from({ length: 30 }, (_, i) => quettaRow(100 + i, 50));
    const runaway = `131,2015,1,${DYAD},1,30.19,67.01,5,5,5,2015-03-01,"never closed\n`;
    const filler = Array.from({ length: 30_000 }, (_, i) => `filler line ${i} ${'x'.repeat(40)}`).join('\n');
    const broken = [HEADER, ...rows, runaway + filler].join('\n') + '\n';
    await importAndWait(page, csvFile('broken.csv', broken), /not read to the end/);
    const text = await resultText(page);
    expect(text).toMatch(/row 32/);
    expect(text).toMatch(/still shows good\.csv/);
    expect(await page.locator('.legend .mode').textContent()).toContain('good.csv');
    expect(await quettaCell(page)).toBe('20');
    await screenshot(page, 'import-transaction-kept');
  });

  it('clears the file input so the same file can be opened again', async () => {
    const { page } = session;
    expect(await page.locator(INPUT).inputValue()).toBe('');
    const fixed = [HEADER, quettaRow(1, 30), quettaRow(2, 3)].join('\n') + '\n';
    await importAndWait(page, csvFile('good.csv', fixed), /2 valid of 2/);
    await expect.poll(() => quettaCell(page)).toBe('33');
    expect(await page.locator(INPUT).inputValue()).toBe('');
  });

  it('leaves the data shown untouched on Cancel, and the same file can then be opened again', async () => {
    const { page } = session;
    const rows = Array.from({ length: 300_000 }, (_, i) => quettaRow(1000 + i, 1));
    const big = csvFile('big.csv', [HEADER, ...rows].join('\n') + '\n');
    await page.setInputFiles(INPUT, big);
    await page.locator('.import .progress button').click({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('.import .error[role="alert"]').textContent())
      .toMatch(/Import cancelled\. Nothing was changed: the map still shows good\.csv/);
    expect(await quettaCell(page)).toBe('33');
    expect(await page.locator('.legend .mode').textContent()).toContain('good.csv');
    expect(await page.locator(INPUT).inputValue()).toBe('');
  });

  it('says rows read, valid, placed and refused, and why', async () => {
    const { page } = session;
    const csv =
      [
        HEADER,
        quettaRow(1, 4),
        `2,2015,1,${DYAD},1,30.19,67.01,1e20,1,1,2015-03-01,absurd`,
        `3,2015,1,${DYAD},5,30.19,67.01,2,2,2,2015-03-01,national only`,
      ].join('\n') + '\n';
    await importAndWait(page, csvFile('counts.csv', csv), /2 valid of 3/);
    const text = await resultText(page);
    expect(text).toMatch(/3 rows read/);
    expect(text).toMatch(/1 refused/);
    expect(text).toMatch(/1 placed in a district/);
    const errors = (await page.locator('.import .errors li').allTextContents()).join('\n');
    expect(errors).toMatch(/row 3, field “best”: .*0.*1,000,000/);
  });

  it('uploaded nothing and ran nothing', () => {
    expect(offOrigin(session.requests, baseUrl)).toEqual([]);
    expect(session.dialogs).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('files as people have them', () => {
  let browser: Browser;
  let session: Recorded;

  beforeAll(async () => {
    browser = await launch();
    session = await openPage(browser, `${baseUrl}#years=2015-2017`);
    await waitForMapIdle(session.page);
    await session.page.waitForSelector('.legend .classes li', { timeout: 30_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads every row of a file with mixed CRLF and LF line endings', async () => {
    const lines = [HEADER, ...Array.from({ length: 20 }, (_, i) => quettaRow(i + 1, 1))];
    const text = lines.map((line, i) => line + (i % 3 === 1 ? '\n' : '\r\n')).join('');
    await importAndWait(session.page, csvFile('mixed.csv', text), /20 valid of 20/);
  });

  it('refuses an over-long unquoted line by itself and keeps the rows after it', async () => {
    const long = quettaRow(2, 1, 'y'.repeat(3_000_000));
    const text = [HEADER, quettaRow(1, 1), long, quettaRow(3, 1), quettaRow(4, 1)].join('\n') + '\n';
    await importAndWait(session.page, csvFile('long.csv', text), /3 valid of 4/);
    const errors = (await session.page.locator('.import .errors li').allTextContents()).join('\n');
    expect(errors).toMatch(/row 3/);
    expect(errors).not.toMatch(/never closed/);
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const text = [HEADER, quettaRow(1, 1), quettaRow(2, 1)].join('\r\n') + '\r\n';
    const body = Buffer.from(text, 'utf16le');
    await importAndWait(
      session.page,
      csvFile('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), body])),
      /2 valid of 2/,
    );
    expect(await resultText(session.page)).toMatch(/UTF-16/);
  });

  it('names a binary file as such', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await importAndWait(session.page, csvFile('photo.csv', bytes), /binary/i);
    expect(await resultText(session.page)).not.toMatch(/missing column/);
  });

  it('reads a Windows-1252 file and says so, with the first byte that was not UTF-8', async () => {
    const text = [HEADER, quettaRow(1, 1, 'Caf\u00e9 blast'), quettaRow(2, 1)].join('\n') + '\n';
    const bytes = Buffer.from(text, 'latin1');
    await importAndWait(session.page, csvFile('latin1.csv', bytes), /2 valid of 2/);
    const offset = bytes.indexOf(0xe9);
    expect(await resultText(session.page)).toMatch(
      new RegExp(`Windows-1252.*byte ${offset.toLocaleString('en')}`),
    );
  });
});

describe('an import survives a reload and the URL names it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the data across a reload, and explains a link to data this browser lacks', async () => {
    const session = await openPage(browser, `${baseUrl}#years=2015-2017`);
    const { page } = session;
    await waitForMapIdle(page);
    await page.waitForSelector(INPUT, { state: 'attached', timeout: 30_000 });
    const csv = [HEADER, quettaRow(1, 7), quettaRow(2, 4)].join('\n') + '\n';
    await importAndWait(page, csvFile('kept.csv', csv), /2 valid of 2/);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/data=import:[0-9a-f]{12}/);
    const link = page.url();

    await page.reload();
    await waitForMapIdle(page);
    await expect
      .poll(() => page.locator('.legend .mode').textContent(), { timeout: 30_000 })
      .toContain('kept.csv');
    await expect.poll(() => quettaCell(page), { timeout: 30_000 }).toBe('11');

    // a reader without that data: another browser profile
    const other = await openPage(browser, link);
    await expect
      .poll(() => other.page.locator('[role="alert"]').allTextContents(), { timeout: 45_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/not in this browser/)]));
    expect(await other.page.locator('.legend .mode').textContent()).not.toContain('UCDP events');
    await screenshot(other.page, 'import-link-missing-data');

    // forgetting removes it from this browser
    await page.locator('.import .forget').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toMatch(/data=/);
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForSelector(INPUT, { state: 'attached', timeout: 30_000 });
    await expect.poll(() => page.locator('.legend .mode').textContent()).toContain('UCDP events');
    expect(await page.locator('.import .source-switch').count()).toBe(0);
    expect(offOrigin(session.requests, baseUrl)).toEqual([]);
  });
});
