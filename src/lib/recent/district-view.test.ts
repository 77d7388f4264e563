import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DistrictFigures } from '../contracts/district-figures';
import {
  chooseDistrictLayer,
  coverageText,
  districtLayers,
  districtValues,
  layerPeriod,
} from './district-view';

const DATA = resolve(import.meta.dirname, '..', '..', '..', 'data');
const { figures } = JSON.parse(readFileSync(join(DATA, 'district-figures.json'), 'utf8')) as DistrictFigures;
const districts = JSON.parse(readFileSync(join(DATA, 'districts.geojson'), 'utf8')) as {
  features: { properties: { id: string; province: string } }[];
};
const perProvince = new Map<string, number>();
for (const { properties: d } of districts.features)
  perProvince.set(d.province, (perProvince.get(d.province) ?? 0) + 1);
const names = new Map([
  ['PK-KP', 'Khyber Pakhtunkhwa'],
  ['PK-BA', 'Balochistan'],
]);

describe('district view of the official counts', () => {
  it.each([2022, 2023, 2024, 2025])(
    '%i: every layer is one count of one report, one row per district, equal to the source rows',
    (year) => {
      const layers = districtLayers(figures, year);
      expect(layers.length).toBeGreaterThan(0);
      for (const layer of layers) {
        const ids = layer.figures.map((f) => f.district);
        expect(new Set(ids).size, layer.key).toBe(ids.length);
        expect(new Set(layer.figures.map((f) => f.meaning[layer.measure])).size).toBe(1);
        for (const [district, value] of districtValues(layer)) {
          const rows = figures.filter(
            (f) =>
              f.district === district &&
              f.years.includes(year) &&
              f.series === layer.series &&
              f.period === layer.period,
          );
          expect(rows.map((f) => f[layer.measure])).toContain(value);
        }
      }
    },
  );

  it('defaults to a calendar-year report with the most districts, and states its coverage', () => {
    const table = [2022, 2023, 2024, 2025, 2026].map((year) => {
      const layer = chooseDistrictLayer(figures, year, null);
      return layer
        ? [year, layer.org, layer.what, layerPeriod(layer), coverageText(layer, perProvince, names)]
        : [year, null];
    });
    expect(table).toEqual([
      [
        2022,
        'kp-police',
        'terrorist incidents',
        '12 months, 2022-06-18 to 2023-06-18 (spans two years)',
        '9 of 35 Khyber Pakhtunkhwa districts',
      ],
      [2023, 'kp-police-ctd', 'terror incidents', 'full year 2023', '5 of 35 Khyber Pakhtunkhwa districts'],
      [
        2024,
        'kp-police-ctd',
        'terror incidents',
        'January–September 2024 only',
        '14 of 35 Khyber Pakhtunkhwa districts',
      ],
      [
        2025,
        'govt-of-balochistan',
        'terrorism-related incidents',
        'full year 2025',
        '6 of 34 Balochistan districts',
      ],
      [2026, null],
    ]);
  });

  it('keeps the area rows apart and never gives a district without a row a value', () => {
    const layer = chooseDistrictLayer(figures, 2025, 'kp-police-ctd-2025-full-year-terror-incidents')!;
    expect(layer.areas.map((f) => f.areaAsReported)).toEqual(['Bannu division/region']);
    const values = districtValues(layer);
    expect([...values.keys()].sort()).toEqual(['dera-ismail-khan', 'north-waziristan', 'south-waziristan']);
    expect(values.has('bannu')).toBe(false);
  });
});
