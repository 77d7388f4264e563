/**
 * Security policy, life without WebGL, and accessibility (axe-core) on the main views.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage, screenshot, waitForMapIdle } from './setup/browser';

const baseUrl = inject('baseUrl');

describe('content security policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('allows only this origin, and the browser enforces it', async () => {
    const { page } = await openPage(browser, baseUrl);
    await waitForMapIdle(page);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
    const blocked = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      await fetch('http://203.0.113.1/probe').catch(() => undefined);
      const img = new Image();
      img.src = 'http://203.0.113.1/pixel.png';
      await new Promise((r) => setTimeout(r, 300));
      return violations;
    });
    expect(blocked).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
    await page.context().close();
  });
});

describe('without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the table, the legend and the cited context with a clear message, not a blank page', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await expect
      .poll(() => page.locator('.no-map').textContent(), { timeout: 20_000 })
      .toContain('cannot draw the map');
    await page.waitForSelector('.area-table tbody tr', { timeout: 30_000 });
    expect(await page.locator('.legend .classes li').count()).toBeGreaterThan(2);
    await page.locator('.area-table tbody tr button.name').first().click();
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBeTruthy();
    await expect.poll(() => page.locator('.violence').textContent()).toMatch(/events/);
    await page.evaluate(() => (window.location.hash = 'region=PK-KP'));
    await expect.poll(() => page.locator('.claim').count()).toBeGreaterThan(0);
    await screenshot(page, 'no-webgl');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const views: [string, string][] = [
    ['overview', ''],
    ['district panel', '#region=dera-ismail-khan'],
    ['published figures', '#years=2023-2023&region=PK-KP'],
    ['sources', '#region=sources'],
  ];

  for (const [name, hash] of views) {
    it(`has no serious or critical violation: ${name}`, async () => {
      const { page } = await openPage(browser, `${baseUrl}${hash}`);
      await waitForMapIdle(page);
      await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const summary = serious.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
      console.log(
        `axe ${name}: ${results.violations.length} violations (${serious.length} serious/critical), ${results.passes.length} rules passed`,
      );
      expect(summary).toEqual([]);
      await page.context().close();
    });
  }
});

describe('export', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('saves the view as a PNG with room for title, legend and sources, and the table as CSV with its sources', async () => {
    const { page } = await openPage(browser, `${baseUrl}#years=2010-2014`);
    await waitForMapIdle(page);
    await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
    const { readFile } = await import('node:fs/promises');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Map as PNG' }).click(),
    ]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('.map canvas') as HTMLCanvasElement;
      return { width: c.width, height: c.height };
    });
    expect(width).toBe(canvas.width);
    expect(height).toBeGreaterThan(canvas.height + 60);
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Table as CSV' }).click(),
    ]);
    const csv = await readFile((await csvFile.path())!, 'utf8');
    expect(csv).toMatch(/^# Frontier Atlas/);
    expect(csv).toContain('UCDP Georeferenced Event Dataset 22.1 (CC BY 4.0)');
    expect(csv).toContain('years=2010-2014');
    expect(
      csv
        .trimEnd()
        .split('\r\n')
        .filter((l) => !l.startsWith('#')).length,
    ).toBe(157);
    await page.context().close();
  });
});

describe('a broken data file', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names the file, row and field, and the map still works', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.route(/\/assets\/events-[\w-]+\.json$/, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { columns: { district: (string | null)[] } };
      json.columns.district[3] = 'atlantis';
      await route.fulfill({ response, json });
    });
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    await expect
      .poll(() => page.locator('.violence-error').textContent(), { timeout: 20_000 })
      .toContain('data/events.json: row 3, field "district": unknown district id "atlantis"');
    expect(await page.locator('input[data-overlay="durand-line"]').isChecked()).toBe(true);
    await context.close();
  });
});
