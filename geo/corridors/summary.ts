/** Totals the build prints into data/SOURCES.md, computed from the exposure file and the event table alone. */
import type { EventTable } from '../attacks/types.ts';
import { decodeRows } from './measure.ts';
import type { ExposureFile } from './types.ts';

export interface SummaryFilter {
  from: number;
  to: number;
  /** category ids counted; all when undefined */
  categories?: readonly string[];
}

export interface Tally {
  events: number;
  deaths: number;
}

function passes(table: EventTable, filter: SummaryFilter, row: number): boolean {
  const year = table.columns.year[row]!;
  if (year < filter.from || year > filter.to) return false;
  if (filter.categories === undefined) return true;
  const category = table.categories[table.columns.category[row]!]?.id;
  return category !== undefined && filter.categories.includes(category);
}

/** Events and deaths within km of a corridor (its rows in the exposure file). */
export function corridorTally(
  table: EventTable,
  exposure: ExposureFile,
  corridorId: string,
  km: number,
  filter: SummaryFilter,
): Tally {
  const corridor = exposure.corridors[corridorId];
  const tally: Tally = { events: 0, deaths: 0 };
  if (corridor === undefined) return tally;
  decodeRows(corridor.rowDeltas).forEach((row, j) => {
    if (corridor.km[j]! > km || !passes(table, filter, row)) return;
    tally.events += 1;
    tally.deaths += table.columns.best[row]!;
  });
  return tally;
}

export interface BorderTally {
  /** events with a usable location */
  located: Tally;
  /** left out: where_prec above the exposure file's maximum */
  unlocated: Tally;
  /** same order as the thresholds asked for */
  within: (Tally & { km: number })[];
}

export function borderTally(
  table: EventTable,
  exposure: ExposureFile,
  thresholdsKm: readonly number[],
  filter: SummaryFilter,
): BorderTally {
  const result: BorderTally = {
    located: { events: 0, deaths: 0 },
    unlocated: { events: 0, deaths: 0 },
    within: thresholdsKm.map((km) => ({ km, events: 0, deaths: 0 })),
  };
  for (let row = 0; row < table.count; row++) {
    if (!passes(table, filter, row)) continue;
    const deaths = table.columns.best[row]!;
    const km = exposure.durandKm[row];
    const bucket = km === null || km === undefined ? result.unlocated : result.located;
    bucket.events += 1;
    bucket.deaths += deaths;
    if (km === null || km === undefined) continue;
    for (const within of result.within) {
      if (km > within.km) continue;
      within.events += 1;
      within.deaths += deaths;
    }
  }
  return result;
}
