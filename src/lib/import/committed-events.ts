/** The committed events of `data/`, written back out as UCDP GED rows: for tests and timing only (Node). */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { HEADER } from './fixtures.ts';
import type { DistrictCollection, EventDetail, EventTable } from '../../../geo/attacks/types.ts';

export function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8')) as T;
}

export const events = readData<EventTable>('events.json');
export const details = readData<Record<string, EventDetail>>('event-details.json');
export const districts = readData<DistrictCollection>('districts.geojson');

/** The UCDP columns the importer reads, in GED order: the same header the fixtures use. */
export const COLUMNS = HEADER;

/** The committed rows at `indices` as GED 22.1 writes them, HXL tag row included. */
export function committedRows(indices: readonly number[], idOffset = 0): string[][] {
  const c = events.columns;
  const rows = indices.map((i) => {
    const id = c.id[i] as number;
    const detail = details[String(id)];
    if (!detail) throw new Error(`no details for event ${id}`);
    return [
      id + idOffset,
      c.year[i],
      detail.typeOfViolence,
      detail.dyad,
      detail.sideA,
      detail.sideB,
      detail.headline,
      c.wherePrec[i],
      detail.where,
      c.lat[i],
      c.lon[i],
      c.datePrec[i],
      `${c.date[i]} 00:00:00.000`,
      `${detail.dateEnd} 00:00:00.000`,
      c.best[i],
      c.high[i],
      c.low[i],
    ].map(String);
  });
  return rows;
}

export const HXL_ROW = COLUMNS.map((name) =>
  name === 'year' ? '#date+year' : name === 'latitude' ? '#geo+lat' : '',
);

export function committedCsv(indices: readonly number[]): string {
  return Papa.unparse({ fields: COLUMNS, data: [HXL_ROW, ...committedRows(indices)] }, { newline: '\r\n' });
}
