import { describe, expect, it } from 'vitest';
import { districtsFromRaw, provincesFromDistricts } from './raw-districts.ts';

const square = [
  [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
];

describe('districtsFromRaw', () => {
  it('slugifies names and maps provinces to ISO codes', () => {
    const districts = districtsFromRaw(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'MultiPolygon', coordinates: square },
            properties: { name: 'Kachhi (Bolan)', province: 'Balochistan' },
          },
          {
            type: 'Feature',
            geometry: { type: 'MultiPolygon', coordinates: square },
            properties: { name: 'Neelum', province: 'Azad Jammu & Kashmir' },
          },
        ],
      },
      'd.geojson',
    );
    expect(districts.features.map((f) => f.properties)).toEqual([
      { id: 'kachhi-bolan', name: 'Kachhi (Bolan)', province: 'PK-BA' },
      { id: 'neelum', name: 'Neelum', province: 'PK-JK' },
    ]);
    expect(provincesFromDistricts(districts).features.map((f) => f.properties.id)).toEqual([
      'PK-BA',
      'PK-JK',
    ]);
  });

  it('fails on an unknown province, naming the feature and field', () => {
    expect(() =>
      districtsFromRaw(
        {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              geometry: { type: 'MultiPolygon', coordinates: square },
              properties: { name: 'X', province: 'Nowhere' },
            },
          ],
        },
        'd.geojson',
      ),
    ).toThrow('d.geojson (feature X, field "province")');
  });
});
