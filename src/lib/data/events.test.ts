import { describe, expect, it } from 'vitest';
import type { EventTable } from '../../../geo/attacks/types';
import { aggregateEvents } from '../../../geo/attacks/aggregate';
import { aggregate, buildEventStore, deadliest, maskOf, yearlySeries } from './events';

function table(
  rows: { year: number; cat: number; actor: number; d: string | null; p: string | null; best: number }[],
): EventTable {
  return {
    schema: 1,
    source: { id: 't', name: 't', version: '1', licence: 'x', citation: 'x' },
    categories: [
      { id: 'militant', label: 'Militant', description: '' },
      { id: 'loc', label: 'LoC', description: '' },
    ],
    actors: [
      { id: 'ttp', label: 'TTP', description: '' },
      { id: 'other', label: 'Other', description: '' },
    ],
    count: rows.length,
    columns: {
      id: rows.map((_, i) => i + 1),
      year: rows.map((r) => r.year),
      date: rows.map((r) => `${r.year}-01-01`),
      category: rows.map((r) => r.cat),
      actor: rows.map((r) => r.actor),
      district: rows.map((r) => r.d),
      province: rows.map((r) => r.p),
      wherePrec: rows.map((r) => (r.d ? 1 : r.p ? 4 : 6)),
      datePrec: rows.map(() => 1),
      best: rows.map((r) => r.best),
      low: rows.map((r) => r.best),
      high: rows.map((r) => r.best),
      lon: rows.map(() => 70),
      lat: rows.map(() => 33),
    },
  } as unknown as EventTable;
}

const fixture = table([
  { year: 2010, cat: 0, actor: 0, d: 'peshawar', p: 'PK-KP', best: 10 },
  { year: 2010, cat: 0, actor: 1, d: 'quetta', p: 'PK-BA', best: 3 },
  { year: 2011, cat: 0, actor: 0, d: null, p: 'PK-KP', best: 5 },
  { year: 2011, cat: 1, actor: 1, d: null, p: null, best: 2 },
  { year: 2012, cat: 0, actor: 0, d: 'peshawar', p: 'PK-KP', best: 0 },
  { year: 2005, cat: 0, actor: 0, d: 'quetta', p: 'PK-BA', best: 7 },
]);
const districts = ['peshawar', 'quetta', 'kech'];
const provinces = ['PK-KP', 'PK-BA'];

describe('event store', () => {
  const store = buildEventStore(fixture, districts, provinces);
  const all = {
    categoryMask: maskOf(store.categories, ['militant', 'loc']),
    actorMask: maskOf(store.actors, ['ttp', 'other']),
  };

  it('aggregates by district, province and nation for a filter', () => {
    const totals = aggregate(store, { from: 2010, to: 2012, ...all });
    expect([...totals.districtEvents]).toEqual([2, 1, 0]);
    expect([...totals.districtDeaths]).toEqual([10, 3, 0]);
    expect([...totals.provinceEvents]).toEqual([3, 1]);
    expect([...totals.provinceDeaths]).toEqual([15, 3]);
    expect(totals.nationalEvents).toBe(5);
    expect(totals.nationalDeaths).toBe(20);
  });

  it('filters by category and actor masks', () => {
    const totals = aggregate(store, {
      from: 1989,
      to: 2021,
      categoryMask: maskOf(store.categories, ['militant']),
      actorMask: maskOf(store.actors, ['ttp']),
    });
    expect(totals.nationalEvents).toBe(4);
    expect(totals.nationalDeaths).toBe(22);
  });

  it('agrees with the pipeline aggregate on the same table', () => {
    const filter = { years: [2005, 2012] as const, categories: ['militant'], actors: ['ttp', 'other'] };
    const oracle = aggregateEvents(fixture, filter);
    const totals = aggregate(store, { from: 2005, to: 2012, categoryMask: 1, actorMask: 3 });
    expect(totals.nationalDeaths).toBe(oracle.national.deaths);
    districts.forEach((id, i) => expect(totals.districtEvents[i]).toBe(oracle.byDistrict[id]?.events ?? 0));
    provinces.forEach((id, i) => expect(totals.provinceDeaths[i]).toBe(oracle.byProvince[id]?.deaths ?? 0));
  });

  it('builds yearly series and ranks the deadliest events', () => {
    const series = yearlySeries(store, all, { level: 'district', index: 0 });
    expect(series.years[0]).toBe(2005);
    expect(series.events[series.years.indexOf(2010)]).toBe(1);
    expect(series.events[series.years.indexOf(2012)]).toBe(1);
    const national = yearlySeries(store, all, { level: 'national' });
    expect(national.deaths.reduce((a, b) => a + b, 0)).toBe(27);
    expect(deadliest(store, { from: 1989, to: 2021, ...all }, { level: 'province', index: 1 }, 5)).toEqual([
      5, 1,
    ]);
  });

  it('refuses an unknown district id naming the row', () => {
    const bad = table([{ year: 2010, cat: 0, actor: 0, d: 'atlantis', p: 'PK-KP', best: 1 }]);
    expect(() => buildEventStore(bad, districts, provinces)).toThrowError(
      /data\/events\.json: row 0, field "district"/,
    );
  });

  it('without district boundaries counts every event by province only, and the other way round', () => {
    const byProvince = buildEventStore(fixture, null, provinces);
    const totals = aggregate(byProvince, { from: 2010, to: 2012, ...all });
    expect(byProvince.districtIds).toEqual([]);
    expect([...byProvince.district]).toEqual([-1, -1, -1, -1, -1, -1]);
    expect([...totals.provinceEvents]).toEqual([3, 1]);
    expect(totals.nationalEvents).toBe(5);

    const byDistrict = buildEventStore(fixture, districts, null);
    expect(byDistrict.provinceIds).toEqual([]);
    expect([...byDistrict.province]).toEqual([-1, -1, -1, -1, -1, -1]);
    expect([...aggregate(byDistrict, { from: 2010, to: 2012, ...all }).districtEvents]).toEqual([2, 1, 0]);
  });
});
