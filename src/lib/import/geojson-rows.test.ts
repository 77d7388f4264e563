import { describe, expect, it } from 'vitest';
import { fixtureRow } from './fixtures.ts';
import { geoJsonToRecords } from './geojson-rows.ts';

function pointFeature(properties: Record<string, unknown>, coordinates: unknown = [70.5, 30.5]) {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
}

describe('geoJsonToRecords', () => {
  it('turns point features into the cells of the known columns, coordinates from the geometry', () => {
    const { latitude: _lat, longitude: _lon, ...properties } = fixtureRow();
    const read = geoJsonToRecords(
      {
        type: 'FeatureCollection',
        features: [
          pointFeature({ ...properties, best: 7, Year: 2014, latitude: 0, unrelated: 'x' }, [71.25, 30.75]),
        ],
      },
      'mine.geojson',
    );
    expect(read.fatal).toBeNull();
    expect(read.header).toContain('best');
    expect(read.header).not.toContain('unrelated');
    const [record] = [...read.records()];
    const cell = (column: string) => record?.cells[read.header.indexOf(column)];
    expect(record?.row).toBe(1);
    expect(cell('best')).toBe('7');
    expect(cell('year')).toBe('2014');
    expect(cell('latitude')).toBe('30.75');
    expect(cell('longitude')).toBe('71.25');
  });

  it('leaves out of the header a column no feature has, so the import names it as missing', () => {
    const read = geoJsonToRecords(
      { type: 'FeatureCollection', features: [pointFeature({ id: 1 })] },
      'f.geojson',
    );
    expect(read.header).toEqual(['id', 'latitude', 'longitude']);
  });

  it('flags a feature that is not a point, by its 1-based position', () => {
    const read = geoJsonToRecords(
      {
        type: 'FeatureCollection',
        features: [
          pointFeature({ id: 1 }),
          { type: 'Feature', properties: { id: 2 }, geometry: { type: 'LineString', coordinates: [] } },
          { type: 'Feature', properties: { id: 3 }, geometry: null },
          pointFeature({ id: 4 }, ['70', 30]),
        ],
      },
      'f.geojson',
    );
    const problems = [...read.records()].map((r) => [
      r.row,
      r.problem?.field ?? null,
      r.problem?.message ?? null,
    ]);
    expect(problems).toEqual([
      [1, null, null],
      [2, 'geometry', 'expected a Point geometry, found LineString'],
      [3, 'geometry', 'the feature has no geometry'],
      [4, 'geometry', 'expected Point coordinates [longitude, latitude] as numbers'],
    ]);
  });

  it('refuses anything but a FeatureCollection, naming the file', () => {
    expect(geoJsonToRecords([1, 2], 'list.json').fatal).toEqual({
      row: 0,
      field: 'type',
      message: 'list.json: expected a GeoJSON FeatureCollection',
    });
    expect(geoJsonToRecords({ type: 'FeatureCollection' }, 'f.json').fatal?.field).toBe('features');
  });
});
