import { describe, expect, it } from 'vitest';
import { HEADER, cellsOf, fixtureRow } from './fixtures.ts';
import {
  FIELD_MAX_CHARS,
  isHxlRow,
  parseDay,
  readHeader,
  validateRow,
  type ColumnIndex,
} from './validate-row.ts';

const columns = readHeader(HEADER).columns as ColumnIndex;

function check(overrides: Parameters<typeof fixtureRow>[0], row = 2) {
  return validateRow(cellsOf(fixtureRow(overrides)), columns, HEADER.length, row);
}

describe('readHeader', () => {
  it('finds columns by name, whatever their order, case, padding or BOM', () => {
    const header = readHeader([
      '\uFEFFBest',
      ' ID ',
      ...HEADER.filter((c) => c !== 'best' && c !== 'id'),
      'extra',
    ]);
    expect(header.problems).toEqual([]);
    expect(header.columns?.best).toBe(0);
    expect(header.columns?.id).toBe(1);
  });

  it('marks optional columns absent with -1', () => {
    const header = readHeader(HEADER.filter((c) => c !== 'low' && c !== 'date_end'));
    expect(header.columns?.low).toBe(-1);
    expect(header.columns?.date_end).toBe(-1);
  });

  it('names every missing required column', () => {
    const header = readHeader(HEADER.filter((c) => c !== 'latitude' && c !== 'best'));
    expect(header.columns).toBeNull();
    expect(header.problems.map((p) => p.field)).toEqual(['latitude', 'best']);
    expect(header.problems[0]).toMatchObject({ row: 1, message: 'missing column "latitude"' });
  });

  it('refuses a column of ours that appears twice', () => {
    const header = readHeader([...HEADER, 'best']);
    expect(header.columns).toBeNull();
    expect(header.problems[0]?.field).toBe('best');
  });
});

describe('isHxlRow', () => {
  it('recognises a row of hashtags and blanks only', () => {
    expect(isHxlRow(['', '#date+year', '', '#geo+lat'])).toBe(true);
    expect(isHxlRow(['', '#date+year', '2014'])).toBe(false);
    expect(isHxlRow(['', ''])).toBe(false);
  });
});

describe('parseDay', () => {
  it('takes a date with or without a time, and only real days', () => {
    expect(parseDay('2014-06-15 00:00:00.000')).toBe('2014-06-15');
    expect(parseDay('2014-06-15T10:00Z')).toBe('2014-06-15');
    expect(parseDay('2021-02-29')).toBeNull();
    expect(parseDay('15/06/2014')).toBeNull();
  });
});

describe('validateRow', () => {
  it('reads a good row', () => {
    const result = check({});
    expect(result.errors).toEqual([]);
    expect(result.valid).toMatchObject({
      id: 1,
      year: 2014,
      typeOfViolence: 1,
      wherePrec: 1,
      lat: 30.5,
      lon: 70.5,
      best: 3,
      low: 2,
      high: 4,
      date: '2014-06-15',
      dyad: 'Government of Pakistan - TTP',
    });
  });

  it('takes whole numbers written as "3.0" and decimals with exponents', () => {
    expect(check({ best: '3.0', latitude: '3.05e1' }).valid).toMatchObject({ best: 3, lat: 30.5 });
  });

  it('lists a broken number with its row, column and value', () => {
    expect(check({ best: 'three' }, 7).errors).toEqual([
      { row: 7, field: 'best', message: 'expected a whole number from 0 to 1,000,000', value: 'three' },
    ]);
    expect(check({ latitude: '0x1f' }).errors[0]).toMatchObject({
      field: 'latitude',
      message: 'expected a number',
    });
    expect(check({ longitude: 'Infinity' }).errors[0]?.field).toBe('longitude');
    expect(check({ id: '' }).errors[0]).toMatchObject({ field: 'id', message: 'value is empty' });
  });

  it('rejects coordinates out of range', () => {
    const result = check({ latitude: '91', longitude: '-180.5' });
    expect(result.valid).toBeNull();
    expect(result.errors.map((e) => [e.field, e.message])).toEqual([
      ['latitude', 'coordinates out of range: latitude must be -90 to 90'],
      ['longitude', 'coordinates out of range: longitude must be -180 to 180'],
    ]);
  });

  it('checks ranges: year 1946-2100, where_prec 1-7, type_of_violence 1-3, deaths 0-1,000,000', () => {
    expect(check({ year: '1900', date_start: '1900-01-01' }).errors[0]).toMatchObject({
      field: 'year',
      message: 'expected 1946-2100',
    });
    expect(check({ where_prec: '8' }).errors[0]).toMatchObject({
      field: 'where_prec',
      message: 'expected 1-7',
    });
    expect(check({ where_prec: '0' }).errors[0]?.field).toBe('where_prec');
    expect(check({ type_of_violence: '4' }).errors[0]?.field).toBe('type_of_violence');
    expect(check({ best: '-1' }).errors[0]).toMatchObject({ field: 'best', message: 'expected 0-1,000,000' });
    // no count of deaths in one event comes near a million: 1e20 is a typo or a unit error
    expect(check({ best: '1e20' }).errors[0]).toMatchObject({
      field: 'best',
      message: 'expected a whole number from 0 to 1,000,000',
    });
    expect(check({ high: '1000001' }).errors[0]).toMatchObject({
      field: 'high',
      message: 'expected 0-1,000,000',
    });
    expect(check({ best: '1000000', high: '1000000' }).valid?.best).toBe(1_000_000);
  });

  it('checks dates and that the year matches date_start', () => {
    expect(check({ date_start: '2014-13-01' }).errors[0]).toMatchObject({
      field: 'date_start',
      value: '2014-13-01',
    });
    expect(check({ year: '2015' }).errors[0]).toMatchObject({
      field: 'year',
      message: 'year 2015 does not match date_start 2014-06-15',
    });
    expect(check({ date_end: 'soon' }).errors[0]?.field).toBe('date_end');
  });

  it('lists every problem of a row, not just the first', () => {
    expect(check({ best: 'x', latitude: '100', date_start: '' }).errors.map((e) => e.field)).toEqual([
      'latitude',
      'best',
      'date_start',
    ]);
  });

  it('fills empty optional cells: low and high from best, date_prec 1', () => {
    expect(check({ low: '', high: ' ', date_prec: '' }).valid).toMatchObject({
      low: 3,
      high: 3,
      datePrec: 1,
    });
  });

  it('works without the optional columns', () => {
    const header = HEADER.filter(
      (c) => !['low', 'high', 'date_prec', 'date_end', 'source_headline', 'where_description'].includes(c),
    );
    const index = readHeader(header).columns as ColumnIndex;
    const result = validateRow(cellsOf(fixtureRow(), header), index, header.length, 2);
    expect(result.valid).toMatchObject({ low: 3, high: 3, datePrec: 1, headline: '', dateEnd: '' });
  });

  it('refuses a row whose cell count differs from the header (shifted columns)', () => {
    const cells = [...cellsOf(fixtureRow()), 'surplus'];
    const result = validateRow(cells, columns, HEADER.length, 4);
    expect(result.valid).toBeNull();
    expect(result.errors).toEqual([
      {
        row: 4,
        field: '(row)',
        message: `expected ${HEADER.length} cells as in the header, found ${HEADER.length + 1} (an unquoted comma?)`,
      },
    ]);
  });

  it('cuts an overlong text cell and warns, keeping the row; keeps markup as plain text', () => {
    const long = '<img src=x onerror=alert(1)>'.repeat(100);
    const result = check({ source_headline: long });
    expect(result.valid?.headline).toBe(long.slice(0, FIELD_MAX_CHARS));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ row: 2, field: 'source_headline' });
    expect(result.warnings[0]?.value?.length).toBeLessThanOrEqual(201);
  });

  it('quotes at most 200 characters of a bad value', () => {
    expect(check({ best: '9'.repeat(5000) + 'x' }).errors[0]?.value?.length).toBe(201);
  });

  it('rebuilds an empty dyad name from the sides', () => {
    expect(check({ dyad_name: '' }).valid?.dyad).toBe('Government of Pakistan - TTP');
  });
});
