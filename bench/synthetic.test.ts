import { describe, expect, it } from 'vitest';
import type { EventTable } from '../geo/attacks/types.ts';
import { seededRandom, synthesizeEvents, synthesizeEventsWithSources } from './synthetic.ts';

function table(): EventTable {
  return {
    schema: 1,
    source: { id: 'ucdp-ged', name: 'test', version: '0', licence: 'CC BY 4.0', citation: 'test' },
    categories: [
      { id: 'militant', label: 'Militant', description: '' },
      { id: 'loc', label: 'LoC', description: '' },
    ],
    actors: [{ id: 'ttp', label: 'TTP', description: '' }],
    count: 2,
    columns: {
      id: [10, 11],
      year: [2010, 2012],
      date: ['2010-03-04', '2012-07-08'],
      category: [0, 1],
      actor: [0, 0],
      district: ['peshawar', null],
      province: ['PK-KP', 'PK-BA'],
      wherePrec: [1, 4],
      datePrec: [1, 1],
      best: [3, 0],
      low: [2, 0],
      high: [5, 1],
      deathsA: [1, 0],
      deathsB: [2, 0],
      deathsCivilians: [0, 0],
      deathsUnknown: [0, 0],
      lon: [71.5, 66.9],
      lat: [34.0, 30.2],
    },
  };
}

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('synthesizeEvents', () => {
  it('is deterministic for a seed and different for another', () => {
    expect(synthesizeEvents(table(), 50, { seed: 1 })).toEqual(synthesizeEvents(table(), 50, { seed: 1 }));
    expect(synthesizeEvents(table(), 50, { seed: 1 }).columns.year).not.toEqual(
      synthesizeEvents(table(), 50, { seed: 2 }).columns.year,
    );
  });

  it('gives every column the requested length and unique ids', () => {
    const out = synthesizeEvents(table(), 500);
    expect(out.count).toBe(500);
    for (const column of Object.values(out.columns)) expect(column).toHaveLength(500);
    expect(new Set(out.columns.id).size).toBe(500);
  });

  it('keeps district and province of a row together and years inside the real range', () => {
    const out = synthesizeEvents(table(), 500, { yearSpread: 5 });
    for (let i = 0; i < out.count; i++) {
      const district = out.columns.district[i];
      const province = out.columns.province[i];
      expect([
        ['peshawar', 'PK-KP'],
        [null, 'PK-BA'],
      ]).toContainEqual([district, province]);
      const year = out.columns.year[i] as number;
      expect(year).toBeGreaterThanOrEqual(2010);
      expect(year).toBeLessThanOrEqual(2012);
      expect(out.columns.date[i]?.startsWith(String(year))).toBe(true);
    }
  });

  it('moves a share of rows to another category only when asked', () => {
    const same = synthesizeEvents(table(), 400, { categoryShare: 0 });
    const mixed = synthesizeEvents(table(), 400, { categoryShare: 1 });
    const mismatches = (t: EventTable) =>
      t.columns.category.filter((c, i) => (t.columns.district[i] === null ? c !== 1 : c !== 0)).length;
    expect(mismatches(same)).toBe(0);
    expect(mismatches(mixed)).toBeGreaterThan(100);
  });

  it('names the real row behind every synthetic row', () => {
    const { table: out, sourceRow } = synthesizeEventsWithSources(table(), 200);
    expect(sourceRow).toHaveLength(200);
    for (let i = 0; i < out.count; i++) {
      const row = sourceRow[i] as number;
      expect(out.columns.lon[i]).toBe(table().columns.lon[row]);
      expect(out.columns.district[i]).toBe(table().columns.district[row]);
    }
  });

  it('refuses an empty table', () => {
    expect(() => synthesizeEvents({ ...table(), count: 0 }, 10)).toThrow();
  });
});
