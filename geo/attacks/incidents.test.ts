import { booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDistrictIndex } from './assign.ts';
import {
  DISTRICT_ALIASES,
  INCIDENT_COLUMNS,
  INCIDENTS_SAMPLE_NOTE,
  buildAllIncidents,
  buildIncidents,
  reportedDistrictId,
} from './incidents.ts';
import type { DistrictCollection, DistrictShapeProperties, Polygonal } from './types.ts';

function square(
  id: string,
  name: string,
  x0: number,
  y0: number,
): Feature<Polygonal, DistrictShapeProperties> {
  const ring = [
    [x0, y0],
    [x0 + 1, y0],
    [x0 + 1, y0 + 1],
    [x0, y0 + 1],
    [x0, y0],
  ];
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { id, name, province: 'PK-BA' },
  };
}

const DISTRICTS: DistrictCollection = {
  type: 'FeatureCollection',
  features: [
    square('zhob', 'Zhob', 69, 31),
    square('sherani', 'Sherani', 70, 31),
    square('kachhi-bolan', 'Kachhi (Bolan)', 67, 29),
  ],
};

type Row = Partial<Record<(typeof INCIDENT_COLUMNS)[number], string>>;

const BASE: Record<(typeof INCIDENT_COLUMNS)[number], string> = {
  id: 'PKI-2023-001',
  date: '2023-07-02',
  year: '2023',
  place_as_reported: 'Zhob cantonment',
  district: 'Zhob',
  province: 'PK-BA',
  lon: '69.4493',
  lat: '31.3408',
  location_precision: 'town',
  killed: '10',
  injured: '5',
  perpetrator_as_reported: 'TJP (as reported)',
  target: 'Army garrison',
  source_url: 'https://example.org/zhob',
  source_outlet: 'Dawn',
  via: '',
  licence: 'facts only (not copyrightable); coords GeoNames CC BY 4.0',
  date_precision: 'day',
  geocoding: 'GeoNames Zhob',
  source_notes: '',
};

function incidentsCsv(rows: Row[]): string {
  const lines = [INCIDENT_COLUMNS.join(',')];
  rows.forEach((row, i) =>
    lines.push(
      INCIDENT_COLUMNS.map((c) => JSON.stringify({ ...BASE, id: `PKI-2023-00${i + 1}`, ...row }[c])).join(
        ',',
      ),
    ),
  );
  return lines.join('\n');
}

describe('buildIncidents', () => {
  const index = buildDistrictIndex(DISTRICTS);

  it('assigns the district by the point and marks the collection as a sample', () => {
    const fc = buildIncidents(incidentsCsv([{}]), 'incidents.csv', index);
    expect(fc.sample).toBe(INCIDENTS_SAMPLE_NOTE);
    expect(fc.features[0]?.properties).toMatchObject({
      district: 'zhob',
      districtAsReported: 'Zhob',
      districtDisagrees: false,
      pointMoved: false,
      province: 'PK-BA',
      killed: 10,
      injured: 5,
      via: null,
      notes: null,
    });
  });

  it('moves a district-precision point lying in another district inside the named one, keeping the flag', () => {
    const fc = buildIncidents(
      incidentsCsv([{ district: 'Sherani', location_precision: 'district', injured: '' }]),
      'incidents.csv',
      index,
    );
    const feature = fc.features[0];
    expect(feature?.properties).toMatchObject({
      district: 'sherani',
      locationPrecision: 'district',
      pointMoved: true,
      districtDisagrees: false,
      injured: null,
    });
    expect(feature?.properties.locationNote).toMatch(/lies in Zhob, outside Sherani/);
    expect(feature && booleanPointInPolygon(feature.geometry.coordinates, DISTRICTS.features[1]!)).toBe(true);
  });

  it("keeps the polygon's district for a town point and flags the disagreement", () => {
    const fc = buildIncidents(incidentsCsv([{ district: 'Sherani' }]), 'incidents.csv', index);
    expect(fc.features[0]?.properties).toMatchObject({
      district: 'zhob',
      districtAsReported: 'Sherani',
      districtDisagrees: true,
      pointMoved: false,
    });
    expect(fc.features[0]?.geometry.coordinates).toEqual([69.4493, 31.3408]);
  });

  it('resolves names the list spells differently from the 2023 set', () => {
    expect(reportedDistrictId('Kachhi')).toBe('kachhi-bolan');
    expect(reportedDistrictId('Dera Ismail Khan')).toBe('dera-ismail-khan');
    const fc = buildIncidents(
      incidentsCsv([{ district: 'Kachhi', lon: '67.5', lat: '29.5' }]),
      'incidents.csv',
      index,
    );
    expect(fc.features[0]?.properties.districtDisagrees).toBe(false);
  });

  it('joins the six names the 2022-2024 table spells differently from the 2023 set', () => {
    expect(Object.keys(DISTRICT_ALIASES).sort()).toEqual([
      'Diamer',
      'Kachhi',
      'Karachi Malir',
      'Musakhel',
      'Noshki',
      'Upper South Waziristan',
    ]);
    expect(Object.values(DISTRICT_ALIASES).map((a) => a.id)).toEqual([
      'nushki',
      'kachhi-bolan',
      'musa-khel',
      'diamir',
      'malir',
      'south-waziristan',
    ]);
  });

  it('lists a multi-site incident without geometry or district, and keeps an empty toll as null', () => {
    const fc = buildIncidents(
      incidentsCsv([
        { killed: '' },
        { location_precision: 'multi-site', lon: '', lat: '', district: '', province: 'PK', killed: '23' },
      ]),
      'incidents.csv',
      index,
    );
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.properties.killed).toBeNull();
    expect(fc.features[0]?.properties.credit).toMatch(/GeoNames/);
    expect(fc.features[0]?.properties.source).toEqual({ file: 'incidents.csv', row: 2 });
    expect(fc.multiSite).toHaveLength(1);
    expect(fc.multiSite[0]).toMatchObject({ id: 'PKI-2023-002', province: 'PK', killed: 23 });
    expect(fc.multiSite[0]).not.toHaveProperty('lon');
    expect(fc.multiSite[0]).not.toHaveProperty('district');
  });

  it('merges several files by date and refuses an id used in an earlier file', () => {
    const a = incidentsCsv([{ date: '2023-09-01' }]);
    const b = incidentsCsv([{ date: '2023-03-01' }, { date: '2023-05-01' }]).replace(
      /PKI-2023-001/g,
      'PKI-2023-101',
    );
    const all = buildAllIncidents(
      [
        { text: a, file: 'a.csv' },
        { text: b, file: 'b.csv' },
      ],
      index,
    );
    expect(all.points.features.map((f) => f.properties.id)).toEqual([
      'PKI-2023-101',
      'PKI-2023-002',
      'PKI-2023-001',
    ]);
    expect(() =>
      buildAllIncidents(
        [
          { text: a, file: 'a.csv' },
          { text: a, file: 'b.csv' },
        ],
        index,
      ),
    ).toThrow('b.csv (row 2, field "id")');
  });

  it.each([
    [{ location_precision: 'multi-site' }, 'lon'],
    [{ location_precision: 'multi-site', lon: '', lat: '' }, 'district'],
    [{ location_precision: 'multi-site', lon: '', lat: '', district: '', province: 'AF' }, 'province'],
    [{ district: 'Atlantis' }, 'district'],
    [{ location_precision: 'street' }, 'location_precision'],
    [{ date: '2 July 2023' }, 'date'],
    [{ year: '2022' }, 'year'],
    [{ killed: 'many' }, 'killed'],
    [{ source_url: '' }, 'source_url'],
    [{ source_outlet: '' }, 'source_outlet'],
    [{ lon: '75', lat: '35' }, 'lon'],
  ] as [Row, string][])('fails on %j naming row 3 and field %s', (bad, field) => {
    expect(() => buildIncidents(incidentsCsv([{}, bad]), 'incidents.csv', index)).toThrow(
      `incidents.csv (row 3, field "${field}")`,
    );
  });
});
