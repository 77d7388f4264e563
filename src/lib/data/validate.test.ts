import { describe, expect, it } from 'vitest';
import { DataError, districtSchema, validateFeatureCollection } from './validate';

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

describe('validateFeatureCollection', () => {
  it('accepts a well-formed file', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: square,
          properties: { id: 'quetta', name: 'Quetta', province: 'PK-BA', formerFata: false },
        },
      ],
    };
    expect(validateFeatureCollection('districts.geojson', fc, districtSchema).features).toHaveLength(1);
  });

  it('names the file, the feature and the field of a bad value', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: square,
          properties: { id: 'quetta', name: 'Quetta', province: 'PK-BA', formerFata: false },
        },
        {
          type: 'Feature',
          geometry: square,
          properties: { id: 'kech', name: 'Kech', province: 'PK-BA', formerFata: 'no' },
        },
      ],
    };
    expect(() => validateFeatureCollection('districts.geojson', fc, districtSchema)).toThrowError(
      /districts\.geojson: feature 1 \(kech\), field "formerFata"/,
    );
  });

  it('refuses something that is not a FeatureCollection', () => {
    expect(() => validateFeatureCollection('x.geojson', [], districtSchema)).toThrow(DataError);
    expect(() =>
      validateFeatureCollection(
        'x.geojson',
        { type: 'FeatureCollection', features: [{ geometry: null, properties: {} }] },
        districtSchema,
      ),
    ).toThrowError(/feature 0, field "geometry"/);
  });
});
