/**
 * Embedding: the app's own embed code pasted twice into an article on another origin, at desktop and
 * phone widths; each frame shows the map, legend, title and sources, and none of the editing controls.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, offOrigin, openPage, screenshot, waitForMapIdle } from './setup/browser';

const baseUrl = inject('baseUrl');

const VIEWS = {
  // a reporter's view of the record year: provinces, 2025, PIPS's figures
  provinces: '#level=province&years=2025-2025&series=pips',
  districts: '#years=2007-2021&layers=durand-line',
};

/** Opens the full app at a view and copies the embed code its Embed action gives. */
async function embedCodeFor(browser: Browser, hash: string): Promise<string> {
  const { page } = await openPage(browser, `${baseUrl}${hash}`);
  await waitForMapIdle(page);
  await page.waitForSelector('.legend .classes li', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Embed this view' }).click();
  const code = await page.locator('#embed-snippet').inputValue();
  await page.context().close();
  return code;
}

async function frameIdle(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => (window as unknown as { __atlas?: { idle: boolean } }).__atlas?.idle === true,
    null,
    { timeout: 45_000 },
  );
}

describe('embed', () => {
  let browser: Browser;
  let article: string;
  // The article is served from another origin on this machine (a page routed by the test would count as a
  // public address, and Chromium will not frame a loopback address from one).
  let articleServer: Server;
  let articleUrl: string;

  beforeAll(async () => {
    browser = await launch();
    let html = readFileSync(resolve(import.meta.dirname, 'fixtures', 'embed-article.html'), 'utf8');
    for (const [name, hash] of Object.entries(VIEWS)) {
      html = html.replace(`<!-- EMBED:${name} -->`, await embedCodeFor(browser, hash));
    }
    article = html;
    articleServer = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(article);
    });
    await new Promise<void>((done) => articleServer.listen(0, '127.0.0.1', done));
    articleUrl = `http://localhost:${(articleServer.address() as AddressInfo).port}/story.html`;
  });
  afterAll(async () => {
    await browser?.close();
    articleServer?.close();
  });

  async function openArticle(width: number, height: number): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(articleUrl)) requests.push(request.url());
    });
    await page.goto(articleUrl);
    return { page, requests };
  }

  it('gives an iframe with a title and the view in embed mode', () => {
    const frames = article.match(/<iframe [^>]*><\/iframe>/g) ?? [];
    expect(frames).toHaveLength(2);
    expect(frames[0]).toContain('embed=1');
    expect(frames[0]).toContain('level=province');
    expect(frames[0]).toMatch(/title="Frontier Atlas map: [^"]*2025/);
  });

  for (const [width, height, name] of [
    [1280, 900, 'desktop'],
    [320, 640, 'phone'],
  ] as const) {
    it(`shows map, legend, title and sources without controls at ${width} px (${name})`, async () => {
      const { page, requests } = await openArticle(width, height);
      await expect.poll(() => page.frames().length).toBe(3);
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      for (const frame of frames) {
        await frameIdle(frame);
        await frame.waitForSelector('.legend .classes li', { timeout: 30_000 });
        expect(await frame.locator('.embed-card .title').textContent()).toBe('Frontier Atlas');
        const sources = (await frame.locator('.embed-card .source-line').textContent()) ?? '';
        expect(sources).toContain('Data as of late March 2026');
        if (frame.url().includes('years=2025')) {
          // the published view names PIPS's count, never UCDP's
          expect(await frame.locator('.legend h2').textContent()).toMatch(/2025 \(PIPS/);
          const cited = sources.split('Data as of')[0];
          expect(`${cited} ${await frame.locator('.legend').textContent()}`).not.toMatch(/UCDP/);
        } else {
          expect(sources).toMatch(/UCDP/);
        }
        const link = frame.locator('.embed-card a', { hasText: 'Open the full atlas' });
        expect(await link.getAttribute('href')).not.toContain('embed=1');
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await frame.locator('.controls, input[name="import-file"], table').count()).toBe(0);
        const canvas = await frame.locator('canvas.maplibregl-canvas').boundingBox();
        expect(canvas?.width).toBeGreaterThan(width > 400 ? 600 : 280);
      }
      const first = await page.locator('iframe').first().boundingBox();
      expect(first?.width).toBeLessThanOrEqual(width);
      expect(first?.height).toBeGreaterThanOrEqual(360);
      expect(offOrigin(requests, baseUrl)).toEqual([]);
      await screenshot(page, `embed-article-${name}`);
      await page.context().close();
    });
  }
});
