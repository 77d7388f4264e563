import { describe, expect, it } from 'vitest';
import type { ExposureFile } from '../../../geo/corridors/types';
import type { EventFilter } from '../data/events';
import {
  borderShares,
  buildExposureIndex,
  corridorExposure,
  eventsNearPoint,
  share,
  sum,
  type PointColumns,
} from './exposure';

// five events: rows 0-3 located, row 4 only known to the province
const store: PointColumns = {
  count: 5,
  year: Uint16Array.from([2008, 2008, 2009, 2010, 2009]),
  category: Uint8Array.from([0, 1, 0, 0, 0]),
  actor: Uint8Array.from([0, 0, 1, 0, 0]),
  deaths: Float64Array.from([1, 2, 4, 8, 16]),
  wherePrec: Uint8Array.from([1, 2, 3, 1, 4]),
  lon: Float64Array.from([71.08, 71.2, 71.6, 66.9, 70]),
  lat: Float64Array.from([34.11, 34.1, 34.0, 30.2, 30]),
};
const file: ExposureFile = {
  schema: 1,
  count: 5,
  maxKm: 100,
  maxWherePrec: 3,
  durandKm: [0.5, 10, 45, 64.9, null],
  corridors: { n5: { rowDeltas: [0, 1, 1], km: [3, 12, 40] } },
};
const index = buildExposureIndex(file, 5);
const all: EventFilter = { from: 2008, to: 2010, categoryMask: 0b11, actorMask: 0b11 };

describe('buildExposureIndex', () => {
  it('unpacks rows and marks events without a usable location as NaN', () => {
    expect(Array.from(index.corridors.get('n5')!.rows)).toEqual([0, 1, 2]);
    expect(Number.isNaN(index.durandKm[4])).toBe(true);
  });

  it('refuses a file built for another event table, or with broken rows, naming the field', () => {
    expect(() => buildExposureIndex(file, 6)).toThrow(/data\/exposure\.json: top level, field "count"/);
    const broken = { ...file, corridors: { n5: { rowDeltas: [0, 0], km: [1, 2] } } };
    expect(() => buildExposureIndex(broken, 5)).toThrow(/corridor n5, field "rowDeltas"/);
    const far = { ...file, corridors: { n5: { rowDeltas: [0], km: [150] } } };
    expect(() => buildExposureIndex(far, 5)).toThrow(/field "km"/);
  });
});

describe('corridorExposure', () => {
  it('counts events and deaths within the distance by year and category', () => {
    const near = corridorExposure(store, index, 'n5', all, { km: 12 });
    expect(near.firstYear).toBe(2008);
    expect(Array.from(near.events)).toEqual([2, 0, 0]);
    expect(Array.from(near.deaths)).toEqual([3, 0, 0]);
    expect(near.eventsByCategory[0]).toBe(1);
    expect(near.deathsByCategory[1]).toBe(2);
    const wide = corridorExposure(store, index, 'n5', all, { km: 100 });
    expect([wide.totalEvents, wide.totalDeaths]).toEqual([3, 7]);
  });

  it('applies the category, actor and precision filters', () => {
    expect(
      corridorExposure(store, index, 'n5', { ...all, categoryMask: 0b01 }, { km: 100 }).totalEvents,
    ).toBe(2);
    expect(corridorExposure(store, index, 'n5', { ...all, actorMask: 0b01 }, { km: 100 }).totalEvents).toBe(
      2,
    );
    expect(corridorExposure(store, index, 'n5', all, { km: 100, maxWherePrec: 1 }).totalEvents).toBe(1);
  });

  it('refuses an unknown corridor and a distance beyond the stored one', () => {
    expect(() => corridorExposure(store, index, 'm2', all, { km: 10 })).toThrow(/m2/);
    expect(() => corridorExposure(store, index, 'n5', all, { km: 150 })).toThrow(/150/);
  });
});

describe('borderShares', () => {
  it('gives nested counts by year, with the unlocated set apart', () => {
    const shares = borderShares(store, index, all);
    expect(Array.from(shares.located.events)).toEqual([2, 1, 1]);
    expect(shares.within.map((w) => sum(w.events))).toEqual([2, 3, 4]);
    expect(shares.within.map((w) => sum(w.deaths))).toEqual([3, 7, 15]);
    expect(shares.unlocated).toEqual({ events: 1, deaths: 16 });
    expect(share(sum(shares.within[0]!.events), sum(shares.located.events))).toBe(0.5);
    expect(share(1, 0)).toBeNull();
  });
});

describe('eventsNearPoint', () => {
  it('counts located events within km of a point by haversine', () => {
    const torkham = { lon: 71.0847, lat: 34.1147 };
    expect(eventsNearPoint(store, all, torkham, 5).totalEvents).toBe(1);
    expect(eventsNearPoint(store, all, torkham, 15).totalEvents).toBe(2);
    expect(eventsNearPoint(store, all, torkham, 50).totalDeaths).toBe(7);
    // the province-level point at lon 70, lat 30 never counts
    expect(eventsNearPoint(store, all, { lon: 70, lat: 30 }, 1).totalEvents).toBe(0);
  });
});
