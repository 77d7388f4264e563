import { describe, expect, it } from 'vitest';
import { classifyDyad } from './classification.ts';
import {
  buildEventDetails,
  buildEventTable,
  eventDetailsToJson,
  eventTableToJson,
  type PlacedEvent,
} from './events.ts';
import type { GedEvent } from './ged.ts';

function event(id: number, dateStart: string, dyad: string, typeOfViolence: number): GedEvent {
  const classification = classifyDyad(typeOfViolence, dyad);
  if (!classification) throw new Error(`fixture dyad ${dyad} unclassified`);
  return {
    row: id + 1,
    id,
    year: Number(dateStart.slice(0, 4)),
    typeOfViolence,
    dyad,
    sideA: dyad.split(' - ')[0] ?? '',
    sideB: dyad.split(' - ')[1] ?? '',
    classification,
    wherePrec: 1,
    datePrec: 1,
    dateStart,
    dateEnd: dateStart,
    lon: 71.123456,
    lat: 34.987654,
    best: id,
    low: id,
    high: id + 1,
    deathsA: 0,
    deathsB: id,
    deathsCivilians: 0,
    deathsUnknown: 0,
    numberOfSources: -1,
    headline: 'h',
    office: 'o',
    sourceDate: 's',
    article: 'a',
    where: 'w',
    adm1: 'x',
    adm2: 'y',
  };
}

const PLACED: PlacedEvent[] = [
  {
    event: event(30, '2010-02-01', 'Government of Pakistan - BLA', 1),
    placement: { district: 'kech', province: 'PK-BA', snappedKm: null, outside: false, nearestKm: null },
  },
  {
    event: event(20, '2009-05-01', 'TTP - Civilians', 3),
    placement: { district: null, province: 'PK-KP', snappedKm: null, outside: false, nearestKm: null },
  },
  {
    event: event(10, '2010-02-01', 'Government of India - Government of Pakistan', 1),
    placement: { district: 'neelum', province: 'PK-JK', snappedKm: 1.5, outside: false, nearestKm: null },
  },
];

describe('buildEventTable', () => {
  const table = buildEventTable(PLACED);

  it('sorts by date then id, one array per field of equal length', () => {
    expect(table.count).toBe(3);
    expect(table.columns.id).toEqual([20, 10, 30]);
    for (const values of Object.values(table.columns)) expect(values).toHaveLength(3);
  });

  it('stores categories and actors as indexes into the described lists', () => {
    const categoryOf = (i: number) => table.categories[table.columns.category[i] ?? -1]?.id;
    const actorOf = (i: number) => table.actors[table.columns.actor[i] ?? -1]?.id;
    expect([0, 1, 2].map(categoryOf)).toEqual(['militant', 'loc', 'militant']);
    expect([0, 1, 2].map(actorOf)).toEqual(['ttp', 'other', 'baloch']);
  });

  it('keeps placements and rounds coordinates to 4 decimals', () => {
    expect(table.columns.district).toEqual([null, 'neelum', 'kech']);
    expect(table.columns.province).toEqual(['PK-KP', 'PK-JK', 'PK-BA']);
    expect(table.columns.lon[0]).toBe(71.1235);
    expect(table.columns.lat[0]).toBe(34.9877);
  });

  it('serialises to JSON that parses back to the same table', () => {
    expect(JSON.parse(eventTableToJson(table))).toEqual(table);
  });
});

describe('buildEventDetails', () => {
  it('keys details by UCDP id and records snapping', () => {
    const details = buildEventDetails(PLACED);
    expect(Object.keys(details)).toEqual(['10', '20', '30']);
    expect(details['10']).toMatchObject({
      dyad: 'Government of India - Government of Pakistan',
      snappedKm: 1.5,
    });
    expect(details['20']?.snappedKm).toBeUndefined();
    expect(JSON.parse(eventDetailsToJson(details))).toEqual(details);
  });
});
