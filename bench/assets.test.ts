import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { assetKind, gzipSize, servedPath, sizeResources, totalGzip } from './assets.ts';

describe('assetKind', () => {
  it('sorts by extension', () => {
    expect(assetKind('/assets/index-abc.js')).toBe('js');
    expect(assetKind('/assets/maplibre-gl-worker.mjs')).toBe('js');
    expect(assetKind('/assets/districts-x.geojson')).toBe('data');
    expect(assetKind('/assets/events-x.json')).toBe('data');
    expect(assetKind('/glyphs/noto-sans-regular/0-255.pbf')).toBe('data');
    expect(assetKind('/assets/index.css')).toBe('css');
    expect(assetKind('/index.html')).toBe('other');
  });
});

describe('gzipSize', () => {
  it('is the length of a gzip stream that restores the content', () => {
    const content = new TextEncoder().encode('frontier '.repeat(500));
    expect(gzipSize(content)).toBe(gzipSync(content, { level: 6 }).length);
    expect(gzipSize(content)).toBeLessThan(content.length / 10);
    expect(gunzipSync(gzipSync(content)).toString()).toBe('frontier '.repeat(500));
  });
});

describe('servedPath', () => {
  const origin = 'http://127.0.0.1:4000';
  it('maps same-origin URLs into the served folder and ignores the rest', () => {
    expect(servedPath(`${origin}/app/assets/a.js?x=1`, origin, '/srv')).toBe('/srv/app/assets/a.js');
    expect(servedPath('data:text/plain,x', origin, '/srv')).toBeNull();
    expect(servedPath('blob:http://127.0.0.1:4000/uuid', origin, '/srv')).toBeNull();
    expect(servedPath('http://127.0.0.1:4001/a.js', origin, '/srv')).toBeNull();
    // URL parsing resolves dot segments, so nothing climbs out of the served folder.
    expect(servedPath(`${origin}/app/%2e%2e/%2e%2e/secret.js`, origin, '/srv')).toBe('/srv/secret.js');
  });
});

describe('sizeResources', () => {
  const origin = 'http://127.0.0.1:4000';
  const files: Record<string, Uint8Array> = {
    '/srv/a.js': new Uint8Array(1000),
    '/srv/b.geojson': new Uint8Array(2000),
    '/srv/late.json': new Uint8Array(3000),
  };
  const read = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`no ${path}`);
    return file;
  };
  it('counts each file once, only those started before the cut-off', () => {
    const sizes = sizeResources(
      [
        { url: `${origin}/a.js`, startTime: 10 },
        { url: `${origin}/a.js`, startTime: 20 },
        { url: `${origin}/b.geojson`, startTime: 30 },
        { url: `${origin}/late.json`, startTime: 500 },
        { url: 'blob:x', startTime: 40 },
      ],
      100,
      origin,
      '/srv',
      read,
    );
    expect(sizes.map((s) => [s.path, s.kind, s.bytes])).toEqual([
      ['/srv/a.js', 'js', 1000],
      ['/srv/b.geojson', 'data', 2000],
    ]);
    expect(totalGzip(sizes, 'js')).toBe(gzipSize(new Uint8Array(1000)));
    expect(totalGzip(sizes, 'css')).toBe(0);
  });
});
