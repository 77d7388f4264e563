/**
 * The event table held as typed arrays, so a filter change is one tight pass over the columns
 * (6,416 real events, and still fast at 100,000).
 */
import type { Described, EventTable } from '../contracts/events';
import { DataError } from '../contracts/data-error';
import type { DeathsColumn } from '../choropleth/deaths';

/** The death columns beside `best` that a table may carry (the user's own files carry none of them). */
const OTHER_DEATH_COLUMNS = [
  'low',
  'high',
  'deathsA',
  'deathsB',
  'deathsCivilians',
  'deathsUnknown',
] as const;

export interface EventStore {
  count: number;
  categories: Described[];
  actors: Described[];
  districtIds: readonly string[];
  provinceIds: readonly string[];
  ucdpId: Int32Array;
  year: Uint16Array;
  category: Uint8Array;
  actor: Uint8Array;
  /** index into districtIds, -1 where the event has no district */
  district: Int16Array;
  /** index into provinceIds, -1 where the event has no province */
  province: Int16Array;
  /** UCDP's best estimate of deaths per event */
  deaths: Float64Array;
  /** the other death figures a choice may count (low, high, the split of the best estimate), where known */
  deathsBy?: Partial<Record<DeathsColumn, Float64Array>>;
  date: string[];
  lon: Float64Array;
  lat: Float64Array;
  wherePrec: Uint8Array;
  minYear: number;
  maxYear: number;
}

export interface EventFilter {
  from: number;
  to: number;
  /** bit i set = category i passes */
  categoryMask: number;
  /** bit i set = actor i passes */
  actorMask: number;
  /** the deaths counted; absent = the best estimate */
  deaths?: DeathsColumn;
}

/** Whether the store holds a death column, so a view can count it (the best estimate always). */
export function hasDeathsColumn(store: EventStore, column: DeathsColumn): boolean {
  return column === 'best' || store.deathsBy?.[column] !== undefined;
}

/** The deaths a filter counts, per event. */
export function deathsOf(store: EventStore, filter: Pick<EventFilter, 'deaths'>): Float64Array {
  const column = filter.deaths;
  if (column === undefined || column === 'best') return store.deaths;
  const values = store.deathsBy?.[column];
  if (!values) throw new Error(`the events hold no ${column} column`);
  return values;
}

export interface UnitTotals {
  districtEvents: Float64Array;
  districtDeaths: Float64Array;
  provinceEvents: Float64Array;
  provinceDeaths: Float64Array;
  nationalEvents: number;
  nationalDeaths: number;
}

const FILE = 'data/events.json';

/**
 * The events as typed arrays, each checked against the district and province ids. `null` ids stand for
 * boundaries that could not be loaded: the events keep their year, place and toll, but are counted by the
 * other level only.
 */
export function buildEventStore(
  table: EventTable,
  districtIdsOrMissing: readonly string[] | null,
  provinceIdsOrMissing: readonly string[] | null,
): EventStore {
  const districtIds = districtIdsOrMissing ?? [];
  const provinceIds = provinceIdsOrMissing ?? [];
  const n = table.count;
  const columns = table.columns;
  for (const [name, column] of Object.entries(columns)) {
    if (!Array.isArray(column) || column.length !== n) {
      throw new DataError(FILE, 'columns', name, `expected an array of ${n} values`);
    }
  }
  if (table.categories.length > 30 || table.actors.length > 30) {
    throw new DataError(FILE, 'top level', 'categories', 'too many categories or actors for a bit mask');
  }
  const districtIndex = new Map(districtIds.map((id, i) => [id, i]));
  const provinceIndex = new Map(provinceIds.map((id, i) => [id, i]));
  const store: EventStore = {
    count: n,
    categories: table.categories,
    actors: table.actors,
    districtIds,
    provinceIds,
    ucdpId: new Int32Array(n),
    year: new Uint16Array(n),
    category: new Uint8Array(n),
    actor: new Uint8Array(n),
    district: new Int16Array(n),
    province: new Int16Array(n),
    deaths: new Float64Array(n),
    date: columns.date,
    lon: Float64Array.from(columns.lon),
    lat: Float64Array.from(columns.lat),
    wherePrec: Uint8Array.from(columns.wherePrec),
    minYear: Infinity,
    maxYear: -Infinity,
  };
  const deathsBy: Partial<Record<DeathsColumn, Float64Array>> = {};
  for (const name of OTHER_DEATH_COLUMNS) {
    const column: readonly unknown[] | undefined = columns[name];
    if (column === undefined) continue;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const value = column[i];
      if (typeof value !== 'number' || !(value >= 0))
        throw new DataError(FILE, `row ${i}`, name, String(value));
      values[i] = value;
    }
    deathsBy[name] = values;
  }
  store.deathsBy = deathsBy;
  for (let i = 0; i < n; i++) {
    const year = columns.year[i] as number;
    const deaths = columns.best[i] as number;
    const category = columns.category[i] as number;
    const actor = columns.actor[i] as number;
    if (!Number.isInteger(year) || year < 1946 || year > 2100)
      throw new DataError(FILE, `row ${i}`, 'year', String(year));
    if (!(deaths >= 0)) throw new DataError(FILE, `row ${i}`, 'best', String(deaths));
    if (!(category >= 0 && category < table.categories.length))
      throw new DataError(FILE, `row ${i}`, 'category', String(category));
    if (!(actor >= 0 && actor < table.actors.length))
      throw new DataError(FILE, `row ${i}`, 'actor', String(actor));
    const district = districtIdsOrMissing ? (columns.district[i] ?? null) : null;
    const province = provinceIdsOrMissing ? (columns.province[i] ?? null) : null;
    const d = district === null ? -1 : (districtIndex.get(district) ?? -2);
    const p = province === null ? -1 : (provinceIndex.get(province) ?? -2);
    if (d === -2) throw new DataError(FILE, `row ${i}`, 'district', `unknown district id "${district}"`);
    if (p === -2) throw new DataError(FILE, `row ${i}`, 'province', `unknown province id "${province}"`);
    store.ucdpId[i] = columns.id[i] as number;
    store.year[i] = year;
    store.category[i] = category;
    store.actor[i] = actor;
    store.district[i] = d;
    store.province[i] = p;
    store.deaths[i] = deaths;
    if (year < store.minYear) store.minYear = year;
    if (year > store.maxYear) store.maxYear = year;
  }
  return store;
}

export function maskOf(all: readonly Described[], chosen: readonly string[]): number {
  let mask = 0;
  all.forEach((item, i) => {
    if (chosen.includes(item.id)) mask |= 1 << i;
  });
  return mask;
}

export function emptyTotals(store: EventStore): UnitTotals {
  return {
    districtEvents: new Float64Array(store.districtIds.length),
    districtDeaths: new Float64Array(store.districtIds.length),
    provinceEvents: new Float64Array(store.provinceIds.length),
    provinceDeaths: new Float64Array(store.provinceIds.length),
    nationalEvents: 0,
    nationalDeaths: 0,
  };
}

/** Totals by district, province and for the whole country; reuses `out` to spare the garbage collector. */
export function aggregate(
  store: EventStore,
  filter: EventFilter,
  out: UnitTotals = emptyTotals(store),
): UnitTotals {
  out.districtEvents.fill(0);
  out.districtDeaths.fill(0);
  out.provinceEvents.fill(0);
  out.provinceDeaths.fill(0);
  let nationalEvents = 0;
  let nationalDeaths = 0;
  const { year, category, actor, district, province } = store;
  const deaths = deathsOf(store, filter);
  const { from, to, categoryMask, actorMask } = filter;
  for (let i = 0; i < store.count; i++) {
    const y = year[i] as number;
    if (y < from || y > to) continue;
    if (((1 << (category[i] as number)) & categoryMask) === 0) continue;
    if (((1 << (actor[i] as number)) & actorMask) === 0) continue;
    const dead = deaths[i] as number;
    nationalEvents += 1;
    nationalDeaths += dead;
    const p = province[i] as number;
    if (p >= 0) {
      out.provinceEvents[p] = (out.provinceEvents[p] as number) + 1;
      out.provinceDeaths[p] = (out.provinceDeaths[p] as number) + dead;
    }
    const d = district[i] as number;
    if (d >= 0) {
      out.districtEvents[d] = (out.districtEvents[d] as number) + 1;
      out.districtDeaths[d] = (out.districtDeaths[d] as number) + dead;
    }
  }
  out.nationalEvents = nationalEvents;
  out.nationalDeaths = nationalDeaths;
  return out;
}

export type Unit = { level: 'district' | 'province'; index: number } | { level: 'national' };

function inUnit(store: EventStore, unit: Unit, i: number): boolean {
  if (unit.level === 'national') return true;
  return (unit.level === 'district' ? store.district[i] : store.province[i]) === unit.index;
}

function passes(store: EventStore, filter: Omit<EventFilter, 'from' | 'to'>, i: number): boolean {
  return (
    ((1 << (store.category[i] as number)) & filter.categoryMask) !== 0 &&
    ((1 << (store.actor[i] as number)) & filter.actorMask) !== 0
  );
}

export interface YearlySeries {
  years: number[];
  events: number[];
  deaths: number[];
}

/** Events and deaths per year for one unit (or the country), over every year the data covers. */
export function yearlySeries(
  store: EventStore,
  filter: Omit<EventFilter, 'from' | 'to'>,
  unit: Unit,
): YearlySeries {
  const first = store.minYear;
  const length = Math.max(0, store.maxYear - first + 1);
  const events = new Array<number>(length).fill(0);
  const deaths = new Array<number>(length).fill(0);
  const counted = deathsOf(store, filter);
  for (let i = 0; i < store.count; i++) {
    if (!passes(store, filter, i) || !inUnit(store, unit, i)) continue;
    const k = (store.year[i] as number) - first;
    events[k] = (events[k] as number) + 1;
    deaths[k] = (deaths[k] as number) + (counted[i] as number);
  }
  return { years: Array.from({ length }, (_, k) => first + k), events, deaths };
}

/** Row indices of the deadliest events in a unit for the filter, deadliest first by all deaths (best estimate). */
export function deadliest(store: EventStore, filter: EventFilter, unit: Unit, limit: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < store.count; i++) {
    const y = store.year[i] as number;
    if (y < filter.from || y > filter.to || !passes(store, filter, i) || !inUnit(store, unit, i)) continue;
    rows.push(i);
  }
  return rows.sort((a, b) => (store.deaths[b] as number) - (store.deaths[a] as number)).slice(0, limit);
}
