import { describe, expect, it } from 'vitest';
import { assertUniqueIds, assertValidGeometries, parseDistricts } from './validate.ts';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
const district = (properties: Record<string, unknown>) => ({ type: 'Feature', properties, geometry: square });

describe('parseDistricts', () => {
  it('slugs names, maps provinces to ISO and keeps the former agency name', () => {
    const [d] = parseDistricts(
      {
        type: 'FeatureCollection',
        features: [
          district({
            name: 'North Waziristan',
            province: 'Khyber Pakhtunkhwa',
            fata_pre2018: true,
            former_fata_agency: 'North Waziristan Agency',
          }),
        ],
      },
      'd.geojson',
    );
    expect(d).toMatchObject({
      id: 'north-waziristan',
      province: 'PK-KP',
      formerFata: true,
      agency: 'North Waziristan Agency',
    });
  });

  it('fails naming the feature for an unknown province', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [district({ name: 'Atlantis', province: 'Lemuria', fata_pre2018: false })],
    };
    expect(() => parseDistricts(fc, 'd.geojson')).toThrow(
      /d\.geojson \(feature Atlantis, field "province"\)/,
    );
  });

  it('fails naming the feature for a missing field', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [district({ name: 'Quetta', province: 'Balochistan' })],
    };
    expect(() => parseDistricts(fc, 'd.geojson')).toThrow(/feature Quetta, field "fata_pre2018"/);
  });

  it('fails on duplicate ids', () => {
    const one = district({ name: 'Quetta', province: 'Balochistan', fata_pre2018: false });
    expect(() => parseDistricts({ type: 'FeatureCollection', features: [one, one] }, 'd.geojson')).toThrow(
      /feature quetta, field "id"\): duplicate/,
    );
    expect(() => assertUniqueIds(['a', 'b', 'a'], 'x')).toThrow(/feature a/);
  });
});

describe('assertValidGeometries', () => {
  it('names the invalid feature', () => {
    const bowtie = {
      type: 'Feature' as const,
      properties: { id: 'gwadar' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    };
    expect(() => assertValidGeometries([bowtie], 'out.geojson')).toThrow(
      /out\.geojson \(feature gwadar, field "geometry"\)/,
    );
  });
});
