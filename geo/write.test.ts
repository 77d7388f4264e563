import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from './pipeline.ts';
import { checkOutput, writeDataFiles } from './write.ts';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};

function provinces(properties: Record<string, unknown>): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: square, properties }],
  });
}

const goodProvince = {
  id: 'PK-BA',
  name: 'Balochistan',
  areaKm2Geometry: 347190,
  labelPoint: [0.7, 0.3],
};

describe('writing data/', () => {
  it('accepts an output that meets its contract', async () => {
    await expect(checkOutput('provinces.geojson', provinces(goodProvince))).resolves.toBeUndefined();
  });

  it('refuses an output that breaks its contract, naming the file, the feature and the field', async () => {
    const bad = provinces({ ...goodProvince, areaKm2Geometry: 'large' });
    await expect(checkOutput('provinces.geojson', bad)).rejects.toThrow(PipelineError);
    await expect(checkOutput('provinces.geojson', bad)).rejects.toThrow(
      /data\/provinces\.geojson: breaks its contract: feature 0 \(PK-BA\), field "areaKm2Geometry"/,
    );
  });

  it('refuses a file that has no contract', async () => {
    await expect(checkOutput('extra.json', '{}')).rejects.toThrow(/no contract for this file/);
  });

  it('writes nothing when one output is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    await expect(
      writeDataFiles(dir, {
        'provinces.geojson': provinces(goodProvince),
        'districts.geojson': '{"type":"FeatureCollection"',
      }),
    ).rejects.toThrow(/data\/districts\.geojson.*json/);
    expect(readdirSync(dir)).toEqual([]);
    await writeDataFiles(dir, { 'provinces.geojson': provinces(goodProvince) });
    expect(readFileSync(join(dir, 'provinces.geojson'), 'utf8')).toContain('Balochistan');
  });
});
