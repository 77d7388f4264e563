/**
 * Violence near a corridor, the Durand Line or a crossing, recomputed for every filter or distance change.
 * No geometry: one pass over the distances the pipeline stored (data/exposure.json), or a haversine pass
 * over the store's coordinates for a point. Everything takes plain typed arrays, so 100,000 events stay fast.
 */
import type { ExposureFile } from '../contracts/exposure';
import type { EventFilter, EventStore } from '../data/events';
import { DataError } from '../contracts/data-error';

const FILE = 'data/exposure.json';
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;
/** Category indices fit a 32-bit mask, so per-category totals have this many slots. */
export const CATEGORY_SLOTS = 32;

/** The columns the counts need; an EventStore is one, and so is any set of typed arrays of equal length. */
export type ExposureColumns = Pick<
  EventStore,
  'count' | 'year' | 'category' | 'actor' | 'deaths' | 'wherePrec'
>;
export type PointColumns = ExposureColumns & Pick<EventStore, 'lon' | 'lat'>;

export interface CorridorDistances {
  /** event rows within the file's maxKm, ascending */
  rows: Int32Array;
  km: Float32Array;
}

/** data/exposure.json in typed arrays. */
export interface ExposureIndex {
  count: number;
  maxKm: number;
  maxWherePrec: number;
  /** km to the Durand Line per event; NaN where the event has no usable location */
  durandKm: Float32Array;
  corridors: ReadonlyMap<string, CorridorDistances>;
}

export interface ExposureSeries {
  /** the filter's first year: events[k] counts year firstYear + k */
  firstYear: number;
  events: Float64Array;
  deaths: Float64Array;
  /** by category index; CATEGORY_SLOTS long */
  eventsByCategory: Float64Array;
  deathsByCategory: Float64Array;
  totalEvents: number;
  totalDeaths: number;
}

export interface BorderShares {
  thresholdsKm: number[];
  firstYear: number;
  /** events of the filter with a usable location, by year: the denominator of every share */
  located: { events: Float64Array; deaths: Float64Array };
  /** same order as thresholdsKm, by year */
  within: { km: number; events: Float64Array; deaths: Float64Array }[];
  /** events of the filter left out for want of a usable location */
  unlocated: { events: number; deaths: number };
}

/** Checks data/exposure.json against the event table it was built with and unpacks it. */
export function buildExposureIndex(file: ExposureFile, eventCount: number): ExposureIndex {
  if (file?.schema !== 1) throw new DataError(FILE, 'top level', 'schema', 'expected schema 1');
  if (file.count !== eventCount) {
    throw new DataError(
      FILE,
      'top level',
      'count',
      `built for ${file.count} events, the event table has ${eventCount}`,
    );
  }
  if (!Array.isArray(file.durandKm) || file.durandKm.length !== eventCount) {
    throw new DataError(FILE, 'top level', 'durandKm', `expected ${eventCount} values`);
  }
  const durandKm = new Float32Array(eventCount);
  file.durandKm.forEach((km, i) => {
    if (km !== null && !(typeof km === 'number' && km >= 0))
      throw new DataError(FILE, `row ${i}`, 'durandKm', String(km));
    durandKm[i] = km === null ? NaN : km;
  });
  const corridors = new Map<string, CorridorDistances>();
  for (const [id, entry] of Object.entries(file.corridors ?? {})) {
    const where = `corridor ${id}`;
    if (
      !Array.isArray(entry?.rowDeltas) ||
      !Array.isArray(entry.km) ||
      entry.rowDeltas.length !== entry.km.length
    ) {
      throw new DataError(FILE, where, 'rowDeltas', 'expected rowDeltas and km of equal length');
    }
    const rows = new Int32Array(entry.rowDeltas.length);
    const km = Float32Array.from(entry.km);
    let row = 0;
    entry.rowDeltas.forEach((step, j) => {
      row += step;
      if (!Number.isInteger(step) || (j > 0 && step <= 0) || row < 0 || row >= eventCount) {
        throw new DataError(FILE, where, 'rowDeltas', `step ${j} leads to row ${row}`);
      }
      if (!((km[j] as number) >= 0 && (km[j] as number) <= file.maxKm)) {
        throw new DataError(FILE, where, 'km', `value ${j} is ${String(entry.km[j])}`);
      }
      rows[j] = row;
    });
    corridors.set(id, { rows, km });
  }
  return { count: eventCount, maxKm: file.maxKm, maxWherePrec: file.maxWherePrec, durandKm, corridors };
}

function yearSpan(filter: EventFilter): number {
  return Math.max(0, filter.to - filter.from + 1);
}

export function emptySeries(filter: EventFilter): ExposureSeries {
  return {
    firstYear: filter.from,
    events: new Float64Array(yearSpan(filter)),
    deaths: new Float64Array(yearSpan(filter)),
    eventsByCategory: new Float64Array(CATEGORY_SLOTS),
    deathsByCategory: new Float64Array(CATEGORY_SLOTS),
    totalEvents: 0,
    totalDeaths: 0,
  };
}

/** The filter test of src/lib/data/events.ts plus a location precision; inlined by the engines in the loops. */
function passes(store: ExposureColumns, filter: EventFilter, maxWherePrec: number, i: number): boolean {
  const y = store.year[i] as number;
  return (
    y >= filter.from &&
    y <= filter.to &&
    ((1 << (store.category[i] as number)) & filter.categoryMask) !== 0 &&
    ((1 << (store.actor[i] as number)) & filter.actorMask) !== 0 &&
    (store.wherePrec[i] as number) <= maxWherePrec
  );
}

function add(series: ExposureSeries, store: ExposureColumns, i: number): void {
  const dead = store.deaths[i] as number;
  const k = (store.year[i] as number) - series.firstYear;
  const c = store.category[i] as number;
  series.events[k] = (series.events[k] as number) + 1;
  series.deaths[k] = (series.deaths[k] as number) + dead;
  series.eventsByCategory[c] = (series.eventsByCategory[c] as number) + 1;
  series.deathsByCategory[c] = (series.deathsByCategory[c] as number) + dead;
  series.totalEvents += 1;
  series.totalDeaths += dead;
}

export interface ExposureOptions {
  /** distance from the corridor, km; at most the file's maxKm (100) */
  km: number;
  /** count only events located at least this precisely (UCDP where_prec); never looser than the file's */
  maxWherePrec?: number;
}

/** Events and deaths by year and category within km of a corridor group or route. */
export function corridorExposure(
  store: ExposureColumns,
  index: ExposureIndex,
  corridorId: string,
  filter: EventFilter,
  options: ExposureOptions,
): ExposureSeries {
  const corridor = index.corridors.get(corridorId);
  if (corridor === undefined) throw new RangeError(`no exposure data for corridor "${corridorId}"`);
  if (!(options.km >= 0 && options.km <= index.maxKm)) {
    throw new RangeError(`distance ${options.km} km is outside 0–${index.maxKm} km`);
  }
  const maxWherePrec = Math.min(options.maxWherePrec ?? index.maxWherePrec, index.maxWherePrec);
  const series = emptySeries(filter);
  const { rows, km } = corridor;
  const limit = options.km;
  for (let j = 0; j < rows.length; j++) {
    if ((km[j] as number) > limit) continue;
    const i = rows[j] as number;
    if (passes(store, filter, maxWherePrec, i)) add(series, store, i);
  }
  return series;
}

/** Events and deaths by year with a usable location, and within each distance of the Durand Line. */
export function borderShares(
  store: ExposureColumns,
  index: ExposureIndex,
  filter: EventFilter,
  thresholdsKm: readonly number[] = [25, 50, 100],
  maxWherePrec = index.maxWherePrec,
): BorderShares {
  const span = yearSpan(filter);
  const located = { events: new Float64Array(span), deaths: new Float64Array(span) };
  const within = thresholdsKm.map((km) => ({
    km,
    events: new Float64Array(span),
    deaths: new Float64Array(span),
  }));
  const unlocated = { events: 0, deaths: 0 };
  const precision = Math.min(maxWherePrec, index.maxWherePrec);
  const everyPrecision = 255;
  for (let i = 0; i < store.count; i++) {
    if (!passes(store, filter, everyPrecision, i)) continue;
    const dead = store.deaths[i] as number;
    const distance = index.durandKm[i] as number;
    if (Number.isNaN(distance) || (store.wherePrec[i] as number) > precision) {
      unlocated.events += 1;
      unlocated.deaths += dead;
      continue;
    }
    const k = (store.year[i] as number) - filter.from;
    located.events[k] = (located.events[k] as number) + 1;
    located.deaths[k] = (located.deaths[k] as number) + dead;
    for (const band of within) {
      if (distance > band.km) continue;
      band.events[k] = (band.events[k] as number) + 1;
      band.deaths[k] = (band.deaths[k] as number) + dead;
    }
  }
  return { thresholdsKm: [...thresholdsKm], firstYear: filter.from, located, within, unlocated };
}

/** part / whole, or null where there is nothing to share (never a misleading 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
}

export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Events and deaths by year and category within km of a point (a port or crossing), by haversine. */
export function eventsNearPoint(
  store: PointColumns,
  filter: EventFilter,
  point: { lon: number; lat: number },
  km: number,
  maxWherePrec = 3,
): ExposureSeries {
  const series = emptySeries(filter);
  // a cheap box first: latitude degrees are never shorter than KM_PER_DEGREE * 0.99 on the sphere used
  const dLat = km / (KM_PER_DEGREE * 0.99);
  const cosLat = Math.cos((Math.min(89, Math.abs(point.lat) + dLat) * Math.PI) / 180);
  const dLon = cosLat > 0 ? km / (KM_PER_DEGREE * 0.99 * cosLat) : 360;
  const { lon, lat } = store;
  for (let i = 0; i < store.count; i++) {
    const y = lat[i] as number;
    const x = lon[i] as number;
    if (Math.abs(y - point.lat) > dLat || Math.abs(x - point.lon) > dLon) continue;
    if (!passes(store, filter, maxWherePrec, i)) continue;
    if (haversineKm(point.lon, point.lat, x, y) <= km) add(series, store, i);
  }
  return series;
}
