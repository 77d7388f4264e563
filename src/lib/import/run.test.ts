import { describe, expect, it } from 'vitest';
import { HEADER, bytePieces, csvOf, expanded, fixtureRow, geography, place } from './fixtures.ts';
import { detectFormat, importBlob, importCsvChunks, importGeoJsonText, type RunOptions } from './run.ts';
import type { ImportProgress } from './types.ts';

function options(totalBytes: number, progress: ImportProgress[] = [], now?: () => number): RunOptions {
  return {
    fileName: 'mine.csv',
    totalBytes,
    place,
    geography,
    onProgress: (p) => progress.push(p),
    ...(now ? { now } : {}),
  };
}

const ROWS = Array.from({ length: 50 }, (_, i) =>
  fixtureRow({ id: String(i + 1), source_headline: `Héadline ${i}, with "quotes"\nand a line break` }),
);

describe('detectFormat', () => {
  it('goes by extension, then by a leading brace', () => {
    expect(detectFormat('a.GeoJSON', 'id,year')).toBe('geojson');
    expect(detectFormat('a.csv', '{')).toBe('csv');
    expect(detectFormat('download', '\uFEFF  {"type"')).toBe('geojson');
    expect(detectFormat('download', 'id,year')).toBe('csv');
  });
});

describe('importCsvChunks', () => {
  it('gives the same result whatever size the pieces are (multi-byte characters cut in two)', async () => {
    const text = csvOf(ROWS, HEADER, '\r\n');
    const total = new TextEncoder().encode(text).length;
    const whole = expanded(await importCsvChunks(() => bytePieces(text, total), options(total)));
    expect(whole.summary.valid).toBe(50);
    expect(whole.details.headline[0]).toBe('Héadline 0, with "quotes"\nand a line break');
    for (const size of [1, 7, 64]) {
      const pieces = expanded(await importCsvChunks(() => bytePieces(text, size), options(total)));
      expect(pieces.table).toEqual(whole.table);
      expect(pieces.details).toEqual(whole.details);
      expect(pieces.bytes).toBe(total);
    }
  });

  it('reports progress at most every 100 ms, and once at the end', async () => {
    const text = csvOf(ROWS);
    const total = new TextEncoder().encode(text).length;
    let clock = 0;
    const progress: ImportProgress[] = [];
    await importCsvChunks(
      bytePieces(text, 100),
      options(total, progress, () => (clock += 30)),
    );
    const pieces = Math.ceil(total / 100);
    expect(progress.length).toBeLessThan(pieces / 3 + 2);
    expect(progress.at(-1)).toEqual({ bytes: total, totalBytes: total, rows: 50 });
    const bytes = progress.map((p) => p.bytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by the user'));
    const text = csvOf(ROWS);
    await expect(
      importCsvChunks(bytePieces(text, 10), { ...options(text.length), signal: controller.signal }),
    ).rejects.toThrow('stopped by the user');
  });

  it('stops reading at the header when a column is missing', async () => {
    const header = HEADER.filter((c) => c !== 'longitude');
    const text = csvOf(ROWS, header);
    const result = await importCsvChunks(bytePieces(text, 64), options(text.length));
    expect(result.fatal?.message).toBe('mine.csv: missing column "longitude"');
    expect(result.summary.rows).toBe(0);
  });

  it('gives no events for a quote that is never closed, and names its row', async () => {
    const text = csvOf(ROWS.slice(0, 3)) + `4,2014,1,"never closed${'x\n'.repeat(600_000)}`;
    const result = await importCsvChunks(bytePieces(text, 65536), options(text.length));
    expect(result.summary.valid).toBe(3);
    expect(result.events.count).toBe(0);
    expect(result.fatal).toMatchObject({ row: 5, field: '(row)' });
    expect(result.fatal?.message).toMatch(/never closed/);
  });
});

describe('importGeoJsonText and importBlob', () => {
  const features = ROWS.slice(0, 3).map(({ latitude, longitude, ...properties }) => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates: [Number(longitude), Number(latitude)] },
  }));
  const geojson = JSON.stringify({ type: 'FeatureCollection', features });

  it('reads GeoJSON points through the same checks', async () => {
    const result = await importGeoJsonText(geojson, options(geojson.length));
    expect(result.format).toBe('geojson');
    expect(result.summary).toMatchObject({ rows: 3, valid: 3, assignedDistrict: 3 });
  });

  it('names broken JSON as a problem with the whole file', async () => {
    const result = await importGeoJsonText('{"type":', { ...options(8), fileName: 'broken.geojson' });
    expect(result.fatal).toMatchObject({ row: 0, field: '(file)' });
    expect(result.fatal?.message).toMatch(/^broken\.geojson: not valid JSON/);
  });

  it('reads a File by its format', async () => {
    const csv = new File([csvOf(ROWS)], 'mine.csv');
    const asCsv = await importBlob(csv, { ...options(csv.size), fileName: csv.name });
    expect(asCsv).toMatchObject({ format: 'csv', fileName: 'mine.csv' });
    expect(asCsv.summary.valid).toBe(50);
    const points = new File([geojson], 'points');
    const asGeoJson = await importBlob(points, { ...options(points.size), fileName: points.name });
    expect(asGeoJson.format).toBe('geojson');
    expect(asGeoJson.summary.valid).toBe(3);
  });
});
