/**
 * Totals over the columnar event table, shared by the pipeline's tests and the app (no Node imports).
 * District totals hold only events placed in a district (where_prec <= 3), province totals only events
 * placed in a province (where_prec <= 4); the national total holds every event that passes the filter.
 */
import type { EventTable } from './types.ts';

export interface EventFilter {
  /** inclusive */
  years: readonly [number, number];
  /** category ids; empty = none */
  categories: readonly string[];
  /** actor ids; empty = none */
  actors: readonly string[];
  /** keep only events at least this precise (UCDP where_prec); default: all */
  maxWherePrec?: number;
}

export interface Totals {
  events: number;
  /** UCDP best estimate of deaths */
  deaths: number;
}

export interface Aggregate {
  national: Totals;
  byProvince: Record<string, Totals>;
  byDistrict: Record<string, Totals>;
  /** events that passed the filter but have no province (where_prec >= 5, or outside every district) */
  withoutProvince: Totals;
  /** events that passed the filter but have no district (where_prec >= 4, or outside every district) */
  withoutDistrict: Totals;
}

function add(totals: Record<string, Totals>, key: string, deaths: number): void {
  const entry = (totals[key] ??= { events: 0, deaths: 0 });
  entry.events += 1;
  entry.deaths += deaths;
}

/** Which rows of the table pass the filter, in table order. */
export function filterEvents(table: EventTable, filter: EventFilter): number[] {
  const categories = new Set(filter.categories.map((id) => table.categories.findIndex((c) => c.id === id)));
  const actors = new Set(filter.actors.map((id) => table.actors.findIndex((a) => a.id === id)));
  const [from, to] = filter.years;
  const maxWherePrec = filter.maxWherePrec ?? Infinity;
  const { year, category, actor, wherePrec } = table.columns;
  const rows: number[] = [];
  for (let i = 0; i < table.count; i++) {
    const y = year[i] ?? NaN;
    if (y < from || y > to) continue;
    if (!categories.has(category[i] ?? -1) || !actors.has(actor[i] ?? -1)) continue;
    if ((wherePrec[i] ?? Infinity) > maxWherePrec) continue;
    rows.push(i);
  }
  return rows;
}

export function aggregateEvents(table: EventTable, filter: EventFilter): Aggregate {
  const result: Aggregate = {
    national: { events: 0, deaths: 0 },
    byProvince: {},
    byDistrict: {},
    withoutProvince: { events: 0, deaths: 0 },
    withoutDistrict: { events: 0, deaths: 0 },
  };
  const { best, district, province } = table.columns;
  for (const i of filterEvents(table, filter)) {
    const deaths = best[i] ?? 0;
    result.national.events += 1;
    result.national.deaths += deaths;
    const p = province[i] ?? null;
    const d = district[i] ?? null;
    if (p === null) {
      result.withoutProvince.events += 1;
      result.withoutProvince.deaths += deaths;
    } else {
      add(result.byProvince, p, deaths);
    }
    if (d === null) {
      result.withoutDistrict.events += 1;
      result.withoutDistrict.deaths += deaths;
    } else {
      add(result.byDistrict, d, deaths);
    }
  }
  return result;
}

/** Totals of a set of units, e.g. all districts, to check they add up to their province or the nation. */
export function sumTotals(totals: Record<string, Totals>): Totals {
  let events = 0;
  let deaths = 0;
  for (const t of Object.values(totals)) {
    events += t.events;
    deaths += t.deaths;
  }
  return { events, deaths };
}

/** Totals by year, for the national series (every filtered event, whatever its precision). */
export function totalsByYear(table: EventTable, filter: EventFilter): Record<number, Totals> {
  const result: Record<number, Totals> = {};
  const { best, year } = table.columns;
  for (const i of filterEvents(table, filter)) {
    const y = year[i] ?? 0;
    const entry = (result[y] ??= { events: 0, deaths: 0 });
    entry.events += 1;
    entry.deaths += best[i] ?? 0;
  }
  return result;
}
