import { describe, expect, it } from 'vitest';
import { joinCensus, parseCensusCsv, parseCensusTotals } from './census.ts';

const csv = `district,province,division,population_2023,area_km2_published,households_2023
Quetta,Balochistan,Quetta,2595492,3501,300000
Peshawar,Khyber Pakhtunkhwa,Peshawar,4758762,1257,600000
`;
const files = { districts: 'districts.geojson', census: 'census.csv' };

describe('census', () => {
  it('parses rows with ISO provinces', () => {
    expect(parseCensusCsv(csv, 'census.csv')[0]).toEqual({
      district: 'Quetta',
      province: 'PK-BA',
      population2023: 2595492,
      areaKm2: 3501,
    });
  });

  it('fails naming the row and field on a bad number', () => {
    expect(() => parseCensusCsv(csv.replace('3501', 'n/a'), 'census.csv')).toThrow(
      /census\.csv \(row 2, field "area_km2_published"\)/,
    );
  });

  it('leaves districts the census does not cover without a row', () => {
    const rows = parseCensusCsv(csv, 'census.csv');
    const joined = joinCensus(
      [
        { name: 'Quetta', province: 'PK-BA' },
        { name: 'Peshawar', province: 'PK-KP' },
        { name: 'Hunza', province: 'PK-GB' },
      ],
      rows,
      ['Hunza'],
      files,
    );
    expect(joined.map((row) => row?.population2023)).toEqual([2595492, 4758762, undefined]);
  });

  it('fails when a census district has no polygon', () => {
    const rows = parseCensusCsv(csv, 'census.csv');
    expect(() => joinCensus([{ name: 'Quetta', province: 'PK-BA' }], rows, [], files)).toThrow(
      /census\.csv \(row 3, field "district"\).*Peshawar/,
    );
  });

  it('fails when a polygon has no row and is not listed as uncovered', () => {
    const rows = parseCensusCsv(csv, 'census.csv');
    const districts = [
      { name: 'Quetta', province: 'PK-BA' },
      { name: 'Peshawar', province: 'PK-KP' },
      { name: 'Hunza', province: 'PK-GB' },
    ];
    expect(() => joinCensus(districts, rows, [], files)).toThrow(/districts\.geojson \(feature Hunza/);
  });

  it('reads the published province totals by ISO code', () => {
    const totals = parseCensusTotals(
      {
        provinces: { provinces: { Punjab: 127688922 } },
        province_area_km2_published: { Punjab: 205345 },
        withoutCensusData: ['Hunza'],
      },
      'totals.json',
    );
    expect(totals).toEqual({
      provincePopulation: { 'PK-PB': 127688922 },
      provinceAreaKm2Published: { 'PK-PB': 205345 },
      withoutCensusData: ['Hunza'],
    });
  });
});
