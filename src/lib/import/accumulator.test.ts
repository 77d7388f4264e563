import { describe, expect, it } from 'vitest';
import { ImportAccumulator } from './accumulator.ts';
import { IMPORT_CATEGORIES } from './categories.ts';
import { HEADER, cellsOf, expanded, fixtureRow, geography, place } from './fixtures.ts';

function accumulate(rows: readonly string[][], header: readonly string[] = HEADER, errorLimit?: number) {
  const accumulator = new ImportAccumulator('mine.csv', place, geography, errorLimit);
  if (accumulator.header(header)) rows.forEach((cells, i) => accumulator.record(cells, i + 2));
  return expanded(accumulator.finish({ format: 'csv', bytes: 123 }));
}

describe('ImportAccumulator', () => {
  it('builds the shipped table shape, sorted by date then id, labelled as the user’s file', () => {
    const result = accumulate([
      cellsOf(fixtureRow({ id: '9', date_start: '2014-06-15' })),
      cellsOf(fixtureRow({ id: '3', date_start: '2014-06-15', latitude: '30.123456', longitude: '71.5' })),
      cellsOf(fixtureRow({ id: '5', year: '2013', date_start: '2013-01-01' })),
    ]);
    expect(result.fatal).toBeNull();
    expect(result.table.count).toBe(3);
    expect(result.table.columns.id).toEqual([5, 3, 9]);
    expect(result.table.columns.district).toEqual(['alpha', 'beta', 'alpha']);
    expect(result.table.columns.lat[1]).toBe(30.1235);
    expect(result.details.sourceRow).toEqual([4, 3, 2]);
    expect(result.source).toMatchObject({ id: 'user-import', name: 'mine.csv' });
    expect(Object.values(result.table.columns).every((column) => column.length === 3)).toBe(true);
  });

  it('fails once, naming the file and the column, when a required column is missing', () => {
    const header = HEADER.filter((c) => c !== 'where_prec');
    const result = accumulate([cellsOf(fixtureRow(), header)], header);
    expect(result.fatal).toMatchObject({ row: 1, field: 'where_prec' });
    expect(result.fatal?.message).toBe('mine.csv: missing column "where_prec"');
    expect(result.errors).toEqual([]);
    expect(result.table.count).toBe(0);
  });

  it('drops an HXL tag row below the header, and only there', () => {
    const hxl = HEADER.map((c) => (c === 'year' ? '#date+year' : c === 'latitude' ? '#geo+lat' : ''));
    const result = accumulate([hxl, cellsOf(fixtureRow()), hxl]);
    expect(result.droppedHxlRow).toBe(true);
    expect(result.summary).toMatchObject({ rows: 2, valid: 1, invalid: 1 });
    expect(result.errors[0]?.row).toBe(4);
  });

  it('skips invalid rows with their errors and loses no valid row', () => {
    const result = accumulate([
      cellsOf(fixtureRow({ id: '1' })),
      cellsOf(fixtureRow({ id: '2', latitude: '123' })),
      cellsOf(fixtureRow({ id: '3', best: 'many' })),
      cellsOf(fixtureRow({ id: '4' })),
      cellsOf(fixtureRow({ id: '1' })),
    ]);
    expect(result.table.columns.id).toEqual([1, 4]);
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'latitude'],
      [4, 'best'],
      [6, 'id'],
    ]);
    expect(result.errors[2]?.message).toBe('duplicate id (also row 2)');
    expect(result.summary).toMatchObject({ rows: 5, valid: 2, invalid: 3 });
  });

  it('keeps rows of unknown dyads as unclassified and counts them', () => {
    const result = accumulate([cellsOf(fixtureRow({ dyad_name: 'Government of Pakistan - Someone New' }))]);
    expect(result.errors).toEqual([]);
    expect(IMPORT_CATEGORIES[result.table.columns.category[0] as number]?.id).toBe('unclassified');
    expect(result.summary.unclassified).toBe(1);
  });

  it('counts where each valid row is placed', () => {
    const result = accumulate([
      cellsOf(fixtureRow({ id: '1', where_prec: '2' })),
      cellsOf(fixtureRow({ id: '2', where_prec: '4' })),
      cellsOf(fixtureRow({ id: '3', where_prec: '6' })),
      cellsOf(fixtureRow({ id: '4', longitude: '60' })),
      cellsOf(fixtureRow({ id: '5', longitude: '69.97' })),
    ]);
    expect(result.summary).toEqual({
      rows: 5,
      valid: 5,
      invalid: 0,
      assignedDistrict: 2,
      provinceOnly: 1,
      nationalOnly: 1,
      outside: 1,
      unclassified: 0,
      snapped: 1,
      otherCountries: 0,
      countryFilter: null,
      notCounted: 0,
      byRule: [],
    });
    expect(result.table.columns.province).toEqual(['PK-KP', 'PK-KP', null, null, 'PK-KP']);
    expect(result.details.snappedKm.filter((km) => km !== null)).toHaveLength(1);
  });

  it('keeps the first errors only, but counts them all', () => {
    const rows = Array.from({ length: 30 }, (_, i) => cellsOf(fixtureRow({ id: String(i), best: 'x' })));
    const result = accumulate(rows, HEADER, 10);
    expect(result.errors).toHaveLength(10);
    expect(result.errorCount).toBe(30);
  });

  it('skips blank lines without counting them, and reports an empty file', () => {
    expect(accumulate([['', '']]).summary.rows).toBe(0);
    const empty = new ImportAccumulator('empty.csv', place, geography).finish({ format: 'csv', bytes: 0 });
    expect(empty.fatal?.message).toBe('empty.csv: the file is empty (no header row)');
  });

  it('passes over the rows of other countries in a global GED file, and counts them', () => {
    const header = [...HEADER, 'country_id'];
    const row = (id: string, country: string) => [...cellsOf(fixtureRow({ id })), country];
    const result = accumulate([row('1', '770'), row('2', '700'), row('3', '770'), row('4', '645')], header);
    expect(result.table.columns.id).toEqual([1, 3]);
    expect(result.summary).toMatchObject({
      rows: 2,
      valid: 2,
      otherCountries: 2,
      countryFilter: 'country_id 770 (Pakistan)',
    });
    const byName = accumulate([[...cellsOf(fixtureRow()), 'Afghanistan']], [...HEADER, 'country']);
    expect(byName.summary).toMatchObject({ rows: 0, otherCountries: 1, countryFilter: 'country Pakistan' });
  });

  it('gives no events at all for a file that stopped part-way', () => {
    const accumulator = new ImportAccumulator('mine.csv', place, geography);
    accumulator.header(HEADER);
    accumulator.record(cellsOf(fixtureRow({ id: '1' })), 2);
    accumulator.stop({ row: 3, field: '(row)', message: 'broken' });
    const result = accumulator.finish({ format: 'csv', bytes: 10 });
    expect(result.fatal).toMatchObject({ row: 3 });
    expect(result.events.count).toBe(0);
    expect(result.summary.valid).toBe(1);
  });
});
