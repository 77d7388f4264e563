/** The 2023 census district table and its join onto the district polygons (by province and name). */
import Papa from 'papaparse';
import { PipelineError } from '../pipeline.ts';
import { PROVINCE_ISO } from '../ids.ts';

export interface CensusRow {
  district: string;
  /** ISO 3166-2 */
  province: string;
  population2023: number;
  areaKm2: number;
}

export interface CensusTotals {
  /** by ISO 3166-2 */
  provincePopulation: Record<string, number>;
  /** by ISO 3166-2 */
  provinceAreaKm2Published: Record<string, number>;
  /** district names that have no census row (AJK, GB) */
  withoutCensusData: string[];
}

const REQUIRED_COLUMNS = ['district', 'province', 'population_2023', 'area_km2_published'] as const;

function provinceIso(
  name: string,
  file: string,
  where: { row?: number; field?: string; feature?: string },
): string {
  const iso = PROVINCE_ISO[name];
  if (iso === undefined) throw new PipelineError(file, `unknown province "${name}"`, where);
  return iso;
}

function positiveNumber(value: string | undefined, file: string, row: number, field: string): number {
  const number = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    throw new PipelineError(file, `expected a positive number, got "${value ?? ''}"`, { row, field });
  }
  return number;
}

/** Rows are numbered as in the file (header = row 1). */
export function parseCensusCsv(text: string, file: string): CensusRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const error = parsed.errors[0]!;
    throw new PipelineError(file, `CSV error: ${error.message}`, { row: (error.row ?? 0) + 2 });
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!parsed.meta.fields?.includes(column))
      throw new PipelineError(file, 'missing column', { field: column });
  }
  const seen = new Set<string>();
  return parsed.data.map((record, index) => {
    const row = index + 2;
    const district = record.district?.trim() ?? '';
    if (district === '') throw new PipelineError(file, 'empty district name', { row, field: 'district' });
    const province = provinceIso(record.province?.trim() ?? '', file, { row, field: 'province' });
    const key = `${province}/${district}`;
    if (seen.has(key))
      throw new PipelineError(file, `duplicate district "${district}"`, { row, field: 'district' });
    seen.add(key);
    return {
      district,
      province,
      population2023: positiveNumber(record.population_2023, file, row, 'population_2023'),
      areaKm2: positiveNumber(record.area_km2_published, file, row, 'area_km2_published'),
    };
  });
}

export function parseCensusTotals(json: unknown, file: string): CensusTotals {
  const data = json as {
    provinces?: { provinces?: Record<string, unknown> };
    province_area_km2_published?: Record<string, unknown>;
    withoutCensusData?: unknown;
  };
  const byIso = (record: Record<string, unknown> | undefined, field: string): Record<string, number> => {
    if (record === undefined || typeof record !== 'object')
      throw new PipelineError(file, 'missing object', { field });
    return Object.fromEntries(
      Object.entries(record).map(([name, value]) => {
        if (typeof value !== 'number' || !(value > 0)) {
          throw new PipelineError(file, `expected a positive number for ${name}`, { field });
        }
        return [provinceIso(name, file, { field }), value];
      }),
    );
  };
  const without = data.withoutCensusData;
  if (!Array.isArray(without) || !without.every((name) => typeof name === 'string')) {
    throw new PipelineError(file, 'expected a list of district names', { field: 'withoutCensusData' });
  }
  return {
    provincePopulation: byIso(data.provinces?.provinces, 'provinces.provinces'),
    provinceAreaKm2Published: byIso(data.province_area_km2_published, 'province_area_km2_published'),
    withoutCensusData: without as string[],
  };
}

export interface DistrictKey {
  name: string;
  /** ISO 3166-2 */
  province: string;
}

/**
 * Matches census rows to district polygons. Every census row needs a polygon; a polygon without a row
 * is accepted only if the census says it has no data there (AJK, GB), and then gets no census fields at all.
 */
export function joinCensus(
  districts: DistrictKey[],
  rows: CensusRow[],
  withoutCensusData: string[],
  files: { districts: string; census: string },
): (CensusRow | undefined)[] {
  const rowsByKey = new Map(rows.map((row) => [`${row.province}/${row.district}`, row]));
  const polygonKeys = new Set(districts.map((d) => `${d.province}/${d.name}`));
  rows.forEach((row, index) => {
    if (!polygonKeys.has(`${row.province}/${row.district}`)) {
      throw new PipelineError(
        files.census,
        `census district "${row.district}" (${row.province}) has no polygon in ${files.districts}`,
        {
          row: index + 2,
          field: 'district',
        },
      );
    }
  });
  const exempt = new Set(withoutCensusData);
  return districts.map((district) => {
    const row = rowsByKey.get(`${district.province}/${district.name}`);
    if (row === undefined && !exempt.has(district.name)) {
      throw new PipelineError(
        files.districts,
        `no census row in ${files.census} and not listed as without census data`,
        {
          feature: district.name,
          field: 'name',
        },
      );
    }
    return row;
  });
}
