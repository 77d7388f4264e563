import { describe, expect, it } from 'vitest';
import { aggregateEvents, filterEvents, sumTotals, totalsByYear, type EventFilter } from './aggregate.ts';
import { ACTORS, CATEGORIES } from './classification.ts';
import type { EventTable } from './types.ts';

// category index: 0 militant, 1 loc; actor index: 0 ttp, 1 baloch, 3 other
const TABLE: EventTable = {
  schema: 1,
  source: { id: 't', name: 't', version: '1', licence: 'CC BY 4.0', citation: 't' },
  categories: [...CATEGORIES],
  actors: [...ACTORS],
  count: 6,
  columns: {
    id: [1, 2, 3, 4, 5, 6],
    year: [2007, 2008, 2008, 2010, 2010, 2012],
    date: ['2007-01-01', '2008-01-01', '2008-02-01', '2010-01-01', '2010-02-01', '2012-01-01'],
    category: [0, 0, 0, 0, 1, 0],
    actor: [0, 0, 1, 0, 3, 0],
    district: ['peshawar', 'peshawar', 'quetta', null, 'neelum', null],
    province: ['PK-KP', 'PK-KP', 'PK-BA', 'PK-KP', 'PK-JK', null],
    wherePrec: [1, 2, 3, 4, 1, 6],
    datePrec: [1, 1, 1, 1, 1, 1],
    best: [3, 5, 7, 11, 2, 100],
    low: [3, 5, 7, 11, 2, 100],
    high: [3, 5, 7, 11, 2, 100],
    deathsA: [1, 0, 0, 0, 0, 0],
    deathsB: [2, 5, 0, 11, 2, 0],
    deathsCivilians: [0, 0, 7, 0, 0, 60],
    deathsUnknown: [0, 0, 0, 0, 0, 40],
    lon: [0, 0, 0, 0, 0, 0],
    lat: [0, 0, 0, 0, 0, 0],
  },
};

const MILITANT: EventFilter = {
  years: [2007, 2012],
  categories: ['militant'],
  actors: ['ttp', 'baloch', 'islamic-state', 'other'],
};

describe('aggregateEvents', () => {
  it('totals events and deaths by district, province and nation', () => {
    const result = aggregateEvents(TABLE, MILITANT);
    expect(result.national).toEqual({ events: 5, deaths: 126 });
    expect(result.byDistrict).toEqual({
      peshawar: { events: 2, deaths: 8 },
      quetta: { events: 1, deaths: 7 },
    });
    expect(result.byProvince).toEqual({
      'PK-KP': { events: 3, deaths: 19 },
      'PK-BA': { events: 1, deaths: 7 },
    });
    expect(result.withoutProvince).toEqual({ events: 1, deaths: 100 });
    expect(result.withoutDistrict).toEqual({ events: 2, deaths: 111 });
  });

  it('adds up: districts + no district = provinces + no province = nation', () => {
    const result = aggregateEvents(TABLE, MILITANT);
    expect(sumTotals(result.byDistrict).events + result.withoutDistrict.events).toBe(result.national.events);
    expect(sumTotals(result.byProvince).deaths + result.withoutProvince.deaths).toBe(result.national.deaths);
  });

  it('filters by years, categories, actors and precision', () => {
    expect(filterEvents(TABLE, { ...MILITANT, years: [2008, 2008] })).toEqual([1, 2]);
    expect(filterEvents(TABLE, { ...MILITANT, actors: ['baloch'] })).toEqual([2]);
    expect(filterEvents(TABLE, { ...MILITANT, categories: ['loc'] })).toEqual([4]);
    expect(filterEvents(TABLE, { ...MILITANT, categories: [] })).toEqual([]);
    const precise = aggregateEvents(TABLE, { ...MILITANT, maxWherePrec: 3 });
    expect(sumTotals(precise.byDistrict)).toEqual(precise.national);
    expect(sumTotals(precise.byProvince)).toEqual(precise.national);
  });

  it('totals by year', () => {
    expect(totalsByYear(TABLE, MILITANT)).toEqual({
      2007: { events: 1, deaths: 3 },
      2008: { events: 2, deaths: 12 },
      2010: { events: 1, deaths: 11 },
      2012: { events: 1, deaths: 100 },
    });
  });
});
