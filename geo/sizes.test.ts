import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filesLoadedAt } from '../src/lib/contracts/manifest.ts';
import { firstViewSizes, firstViewSizesSection } from './sizes.ts';

const firstView = filesLoadedAt('first-view');

describe('the sizes of the first view', () => {
  const files = Object.fromEntries(
    [...firstView, 'events.json'].map((name, i) => [name, `{"n":${i},"pad":"${'x'.repeat(100 * i)}"}`]),
  );

  it('measures every first-view file as written, and no other', () => {
    const sizes = firstViewSizes(files);
    expect(sizes.map((s) => s.file)).toEqual(firstView);
    const districts = sizes.find((s) => s.file === 'districts.geojson')!;
    expect(districts.bytes).toBe(Buffer.byteLength(files['districts.geojson']!));
    expect(districts.gzipBytes).toBe(gzipSync(files['districts.geojson']!).length);
  });

  it('names a first-view file no stage wrote', () => {
    const { 'routes.geojson': _routes, ...withoutRoutes } = files;
    expect(() => firstViewSizes(withoutRoutes)).toThrow(/data\/routes\.geojson.*no stage wrote/);
  });

  it('writes one row a file and the gzip total', () => {
    const section = firstViewSizesSection([
      { file: 'a.geojson', bytes: 2048, gzipBytes: 1024 },
      { file: 'b.geojson', bytes: 1024, gzipBytes: 512 },
    ]);
    expect(section).toContain('| a.geojson | 2.0 | 1.0 |');
    expect(section).toContain('| **total** | | **1.5** |');
  });
});
