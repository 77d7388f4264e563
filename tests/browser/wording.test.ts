/**
 * Panels speak to readers: who published a figure by name, where a place's position comes from as a
 * citation, never a catalog id or a compiler's note.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitForMapIdle } from './setup/browser';

const baseUrl = inject('baseUrl');

/** Catalog ids of the cited articles, in any case: keys, not names. */
const CATALOG_ID = /\b(amini-2024|security-challenges|qonversations-2023|bhatti-2025|shashok-2023)\b/i;
const INTERNAL =
  /stored page|search corpus|read via|wikipedia point|verify before publication|DERIVED|see note/i;

async function panelText(page: Page): Promise<string> {
  return (await page.locator('aside.detail').textContent()) ?? '';
}

describe('wording in panels', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("names an article's figure by its title, not its catalog id, in the panel, legend and series list", async () => {
    const { page } = await openPage(browser, `${baseUrl}#years=2023-2023&region=PK-KP`);
    await waitForMapIdle(page);
    await expect
      .poll(() => page.locator('tr[data-figure="af-qonversations-2023-kp-since-ceasefire"]').textContent())
      .toContain('Pakistan and Talibans, a story of love and hate');
    const text = await panelText(page);
    expect(text).not.toMatch(CATALOG_ID);
    expect(text).toMatch(/PIPS/);
    const options = await page.locator('select option').allTextContents();
    expect(options.join('\n')).not.toMatch(CATALOG_ID);
    expect(options.join('\n')).not.toMatch(/GOVT-OF|KP-POLICE/);
    expect((await page.locator('.legend').textContent()) ?? '').not.toMatch(CATALOG_ID);
    await page.context().close();
  });

  it("cites where a crossing's position comes from in a reader's words", async () => {
    const { page } = await openPage(browser, `${baseUrl}#region=xing_ghulam_khan`);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('#detail-heading').textContent()).toContain('Ghulam Khan');
    expect(await panelText(page)).toMatch(/Approximate \(estimated where the road meets the Durand Line/);
    for (const id of ['xing_ghulam_khan', 'port_gwadar', 'xing_chaman']) {
      await page.evaluate((region) => (window.location.hash = `region=${region}`), id);
      await expect.poll(() => page.locator('aside.detail').getAttribute('data-region')).toBe(id);
      expect(await panelText(page)).not.toMatch(INTERNAL);
    }
    expect(await panelText(page)).toContain('in Chaman town');
    await page.context().close();
  });
});
