import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const places = readFileSync(new URL('../../../data/places.geojson', import.meta.url), 'utf8');

/** A fresh loader (its cache is per module) over a fetch that answers with `respond`. */
async function loaderWith(respond: (url: string) => Response) {
  vi.resetModules();
  const fetch = vi.fn((url: string) => Promise.resolve(respond(url)));
  vi.stubGlobal('fetch', fetch);
  const { loadData } = await import('./load');
  return { loadData, fetch };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadData', () => {
  it('fetches a file once for every caller and hands back its checked content', async () => {
    const { loadData, fetch } = await loaderWith(() => new Response(places));
    const [a, b] = await Promise.all([loadData('places.geojson'), loadData('places.geojson')]);
    expect(a).toBe(b);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0])).toMatch(/places\.geojson$/);
    expect(a.features.length).toBeGreaterThan(10);
    expect(a.features[0]?.geometry.type).toBe('Point');
  });

  it('names the file when the server answers with an error', async () => {
    const { loadData } = await loaderWith(() => new Response('missing', { status: 404 }));
    await expect(loadData('routes.geojson')).rejects.toThrow(
      'data/routes.geojson: request, field "status": HTTP 404',
    );
  });

  it('names the file when the download was cut short', async () => {
    const { loadData } = await loaderWith(() => new Response(places.slice(0, 500)));
    await expect(loadData('places.geojson')).rejects.toThrow(
      /^data\/places\.geojson: top level, field "json"/,
    );
  });

  it('names the file, the feature and the field when the content breaks the contract', async () => {
    const broken = JSON.parse(places) as { features: { properties: Record<string, unknown> }[] };
    broken.features[2]!.properties.kind = 'harbour';
    const { loadData } = await loaderWith(() => new Response(JSON.stringify(broken)));
    await expect(loadData('places.geojson')).rejects.toThrow(
      /^data\/places\.geojson: feature 2 \([^)]+\), field "kind"/,
    );
  });
});
