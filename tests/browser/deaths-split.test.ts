/**
 * Whose deaths the map counts: choosing civilians changes the legend's title and definition line and
 * the district colours, writes `deaths=civilians` in the link, and a reload of that link restores it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle } from './setup/browser';
import { waitForChoropleth } from './helpers';

const baseUrl = inject('baseUrl');

type Probe = { fillOf(source: string, id: string): string | undefined };

/** Every district's fill as the choropleth gives it, keyed by the table's row ids. */
async function districtFills(page: Page): Promise<Record<string, string | undefined>> {
  const ids = await page
    .locator('table tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') as string));
  return page.evaluate((list) => {
    const probe = (window as unknown as { __atlas: Probe }).__atlas;
    return Object.fromEntries(list.map((id) => [id, probe.fillOf('districts', id)]));
  }, ids);
}

describe('whose deaths are counted', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switching to civilians retitles the legend, recolours the map, writes the link and survives a reload', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    const title = page.locator('.legend h2');
    await expect.poll(() => title.textContent()).toBe('deaths (UCDP best estimate), 2007–2021');
    const definition = page.locator('.legend .definition');
    expect(await definition.textContent()).toContain('militants killed by the security forces included');
    const allFills = await districtFills(page);
    expect(page.url()).not.toContain('deaths=');

    await page.locator('select[name="deaths"]').selectOption('civilians');
    await expect.poll(() => title.textContent()).toBe('civilian deaths (UCDP best estimate), 2007–2021');
    await expect.poll(() => page.url()).toContain('deaths=civilians');
    expect(page.url()).not.toContain('est=');
    expect(await definition.textContent()).toContain('Civilians, as UCDP codes them');
    // Low and high are not split by side: the estimate is fixed at best, and the page says why.
    expect(await page.locator('select[name="estimate"]').isDisabled()).toBe(true);
    await waitForMapIdle(page);
    await expect
      .poll(async () => {
        const fills = await districtFills(page);
        return Object.keys(fills).filter((id) => fills[id] !== allFills[id]).length;
      })
      .toBeGreaterThan(0);
    const civilianFills = await districtFills(page);
    await screenshot(page, 'deaths-civilians');

    await page.reload();
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    await expect.poll(() => title.textContent()).toBe('civilian deaths (UCDP best estimate), 2007–2021');
    expect(await page.locator('select[name="deaths"]').inputValue()).toBe('civilians');
    await expect.poll(() => districtFills(page)).toEqual(civilianFills);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('the low estimate of all deaths is named in the legend and the link', async () => {
    const { page } = await openPage(browser, `${baseUrl}#level=province`);
    await waitForMapIdle(page);
    await waitForChoropleth(page);
    await page.locator('select[name="estimate"]').selectOption('low');
    await expect
      .poll(() => page.locator('.legend h2').textContent())
      .toBe('deaths (UCDP low estimate), 2007–2021');
    await expect.poll(() => page.url()).toContain('est=low');
    await page.context().close();
  });
});
