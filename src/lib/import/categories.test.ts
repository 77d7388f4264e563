import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../geo/attacks/classification.ts';
import { buildEventStore, maskOf, aggregate } from '../data/events.ts';
import { IMPORT_ACTORS, IMPORT_CATEGORIES, asEventTable, classifyImported } from './categories.ts';
import type { ImportedEventTable } from './types.ts';

describe('classifyImported', () => {
  it('uses the shipped dyad table for known dyads', () => {
    const kind = classifyImported(1, 'Government of Pakistan - BLA');
    expect(IMPORT_CATEGORIES[kind.category]?.id).toBe('militant');
    expect(IMPORT_ACTORS[kind.actor]?.id).toBe('baloch');
    expect(kind.known).toBe(true);
    expect(
      IMPORT_CATEGORIES[classifyImported(1, 'Government of India - Government of Pakistan').category]?.id,
    ).toBe('loc');
  });

  it('tolerates padding around the dyad name but not other spellings', () => {
    expect(classifyImported(3, '  TTP - Civilians ').known).toBe(true);
    expect(classifyImported(3, 'ttp - civilians').known).toBe(false);
  });

  it('files an unknown dyad, or a known dyad under another type of violence, as unclassified', () => {
    for (const kind of [
      classifyImported(1, 'Government of Pakistan - New Group'),
      classifyImported(2, 'Government of Pakistan - TTP'),
    ]) {
      expect(kind.known).toBe(false);
      expect(IMPORT_CATEGORIES[kind.category]?.id).toBe('unclassified');
      expect(IMPORT_ACTORS[kind.actor]?.id).toBe('unclassified');
    }
  });

  it('keeps the shipped categories at their shipped indices, so the filters mean the same', () => {
    expect(IMPORT_CATEGORIES.slice(0, CATEGORIES.length).map((c) => c.id)).toEqual(
      CATEGORIES.map((c) => c.id),
    );
    expect(IMPORT_CATEGORIES.at(-1)?.id).toBe('unclassified');
  });
});

describe('asEventTable', () => {
  it('gives a table the event store accepts, unclassified rows included, and filters them by mask', () => {
    const table: ImportedEventTable = {
      schema: 1,
      source: { id: 'user-import', name: 'x.csv', version: '', licence: '', citation: '' },
      categories: [...IMPORT_CATEGORIES],
      actors: [...IMPORT_ACTORS],
      count: 2,
      columns: {
        id: [1, 2],
        year: [2014, 2015],
        date: ['2014-01-01', '2015-01-01'],
        category: [0, IMPORT_CATEGORIES.length - 1],
        actor: [0, IMPORT_ACTORS.length - 1],
        district: ['alpha', null],
        province: ['PK-KP', null],
        wherePrec: [1, 6],
        datePrec: [1, 1],
        best: [3, 5],
        low: [3, 5],
        high: [3, 5],
        lon: [70.5, 70],
        lat: [30.5, 30],
      },
    };
    const store = buildEventStore(asEventTable(table), ['alpha'], ['PK-KP']);
    const actorMask = maskOf(
      store.actors,
      store.actors.map((a) => a.id),
    );
    const filter = { from: 2000, to: 2020, actorMask };
    expect(
      aggregate(store, { ...filter, categoryMask: maskOf(store.categories, ['militant']) }).nationalDeaths,
    ).toBe(3);
    expect(
      aggregate(store, { ...filter, categoryMask: maskOf(store.categories, ['militant', 'unclassified']) })
        .nationalDeaths,
    ).toBe(8);
  });
});
