/**
 * Deterministic synthetic event tables for measuring at scale: rows resampled from the real table,
 * with years and categories jittered so filters select a realistic but different mix. District and
 * province ids are copied from the resampled row, so the result passes the app's own id checks.
 */
import { emptyEventColumns } from '../geo/attacks/columns.ts';
import type { EventTable } from '../geo/attacks/types.ts';

/** mulberry32: a tiny seeded generator, so every run of the bench measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface JitterOptions {
  /** years move by up to this many either way, kept inside the real table's range */
  yearSpread: number;
  /** share of rows given a random category instead of their own */
  categoryShare: number;
  seed: number;
}

const DEFAULT_JITTER: JitterOptions = { yearSpread: 2, categoryShare: 0.1, seed: 20_231_101 };

export function synthesizeEvents(
  table: EventTable,
  count: number,
  options: Partial<JitterOptions> = {},
): EventTable {
  return synthesizeEventsWithSources(table, count, options).table;
}

/** The synthetic table and, for each of its rows, the real row it was resampled from. */
export function synthesizeEventsWithSources(
  table: EventTable,
  count: number,
  options: Partial<JitterOptions> = {},
): { table: EventTable; sourceRow: Int32Array } {
  const { yearSpread, categoryShare, seed } = { ...DEFAULT_JITTER, ...options };
  if (table.count === 0) throw new Error('cannot resample an empty event table');
  const random = seededRandom(seed);
  const source = table.columns;
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const year of source.year) {
    minYear = Math.min(minYear, year);
    maxYear = Math.max(maxYear, year);
  }
  const columns: EventTable['columns'] = emptyEventColumns();
  const sourceRow = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const row = Math.floor(random() * table.count);
    sourceRow[i] = row;
    const shift = Math.round((random() * 2 - 1) * yearSpread);
    const year = Math.min(maxYear, Math.max(minYear, (source.year[row] as number) + shift));
    const category =
      random() < categoryShare
        ? Math.floor(random() * table.categories.length)
        : (source.category[row] as number);
    columns.id.push(i + 1);
    columns.year.push(year);
    columns.date.push(`${year}${(source.date[row] as string).slice(4)}`);
    columns.category.push(category);
    columns.actor.push(source.actor[row] as number);
    columns.district.push(source.district[row] ?? null);
    columns.province.push(source.province[row] ?? null);
    columns.wherePrec.push(source.wherePrec[row] as number);
    columns.datePrec.push(source.datePrec[row] as number);
    columns.best.push(source.best[row] as number);
    columns.low.push(source.low[row] as number);
    columns.high.push(source.high[row] as number);
    columns.deathsA.push(source.deathsA[row] as number);
    columns.deathsB.push(source.deathsB[row] as number);
    columns.deathsCivilians.push(source.deathsCivilians[row] as number);
    columns.deathsUnknown.push(source.deathsUnknown[row] as number);
    columns.lon.push(source.lon[row] as number);
    columns.lat.push(source.lat[row] as number);
  }
  return { table: { ...table, count, columns }, sourceRow };
}
