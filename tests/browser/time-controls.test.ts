/**
 * Time controls that cannot lie: typed years are checked where they are typed, a range never flips
 * silently, and a link with a year the atlas does not have says so on screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, waitForMapIdle, type Recorded } from './setup/browser';
import { waitForChoropleth } from './helpers';

const baseUrl = inject('baseUrl');

async function typeYear(page: Page, end: 'from' | 'to', value: string): Promise<void> {
  const input = page.locator(`input[name="year-${end}"]`);
  await input.fill(value);
  await input.dispatchEvent('change');
}

describe('time controls', () => {
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

  it('From 2023 then To 2023 shows 2023, with the slider and both boxes on 2023', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2007-2021'));
    await expect.poll(() => page.locator('input[name="year-to"]').inputValue()).toBe('2021');
    await typeYear(page, 'from', '2023');
    await expect.poll(() => page.url()).toContain('years=2023-2023');
    await expect.poll(() => page.locator('#year-message').textContent()).toContain('“To” moved to 2023');
    await typeYear(page, 'to', '2023');
    expect(await page.locator('input[name="year-from"]').inputValue()).toBe('2023');
    expect(await page.locator('input[name="year-to"]').inputValue()).toBe('2023');
    expect(await page.locator('input[aria-label="Single year"]').inputValue()).toBe('2023');
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain('2023');
    expect(await page.locator('.legend h2').textContent()).not.toContain('2021');
  });

  it('a typed year outside the data is refused in place and the map keeps its years', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2010-2014'));
    await expect.poll(() => page.locator('input[name="year-to"]').inputValue()).toBe('2014');
    const title = await page.locator('.legend h2').textContent();
    await typeYear(page, 'to', '2030');
    const message = page.locator('#year-message');
    await expect.poll(() => message.textContent()).toContain('“2030” is not a year this atlas covers');
    expect(await message.textContent()).toContain('The map still shows 2010–2014');
    expect(await page.locator('input[name="year-to"]').getAttribute('aria-invalid')).toBe('true');
    // the box shows what the map shows, never the refused year
    expect(await page.locator('input[name="year-to"]').inputValue()).toBe('2014');
    expect(await page.locator('.legend h2').textContent()).toBe(title);
    expect(page.url()).toContain('years=2010-2014');
  });

  it('2025 and 2026 typed are taken as typed', async () => {
    const { page } = session;
    await page.evaluate(() => (window.location.hash = 'years=2022-2024'));
    await expect.poll(() => page.locator('input[name="year-to"]').inputValue()).toBe('2024');
    await typeYear(page, 'to', '2026');
    await expect.poll(() => page.url()).toContain('years=2022-2026');
    expect(await page.locator('#year-message').count()).toBe(0);
    await typeYear(page, 'from', '2025');
    await expect.poll(() => page.url()).toContain('years=2025-2026');
  });

  it('a link with a year the atlas does not have says so, and which years it shows instead', async () => {
    const link = await openPage(browser, `${baseUrl}#years=2027-2030&km=500`);
    const { page } = link;
    await waitForMapIdle(page);
    const notice = page.locator('.link-notice');
    await expect.poll(() => notice.textContent()).toContain('years=2027-2030');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Showing 2007–2021 instead');
    expect(text).toMatch(/km=500.*the default \(25\)/);
    await screenshot(page, 'link-out-of-range-years');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
    await page.context().close();
  });

  it('a link with one year shows that year, without a notice', async () => {
    const link = await openPage(browser, `${baseUrl}#years=2025`);
    const { page } = link;
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.legend h2').textContent()).toContain('2025');
    expect(await page.locator('.link-notice').count()).toBe(0);
    expect(link.pageErrors).toEqual([]);
    await page.context().close();
  });
});
