import { describe, expect, it } from 'vitest';
import { PipelineError } from '../pipeline.ts';
import { parseCsv, parseDecimal, parseInteger } from './csv.ts';

const WITH_HXL = ['id,year,latitude,extra', ',#date+year,#geo+lat,', '1,2001,33.5,x', '2,2002,34.1,y'].join(
  '\n',
);

describe('parseCsv', () => {
  it('drops the HXL tag row and numbers rows as a spreadsheet does', () => {
    const table = parseCsv(WITH_HXL, 'ged.csv', { required: ['id', 'year'], dropHxlRow: true });
    expect(table.droppedHxlRow).toBe(true);
    expect(table.records.map((r) => r.row)).toEqual([3, 4]);
    expect(table.records[0]?.values).toMatchObject({ id: '1', year: '2001', extra: 'x' });
  });

  it('keeps the second row when it is data', () => {
    const table = parseCsv('id,year\n1,2001\n', 'f.csv', { required: ['id'], dropHxlRow: true });
    expect(table.droppedHxlRow).toBe(false);
    expect(table.records).toHaveLength(1);
  });

  it('looks columns up by name whatever their order', () => {
    const table = parseCsv('year,id\n2001,7\n', 'f.csv', { required: ['id', 'year'] });
    expect(table.records[0]?.values.id).toBe('7');
  });

  it('fails on a missing column, naming it', () => {
    expect(() => parseCsv('id,year\n1,2001\n', 'ged.csv', { required: ['id', 'latitude'] })).toThrow(
      /ged\.csv \(row 1, field "latitude"\): missing column "latitude"/,
    );
  });

  it('fails on a row with the wrong number of cells, naming the row', () => {
    expect(() => parseCsv('id,year\n1,2001\n2\n', 'f.csv', { required: ['id'] })).toThrow(/row 3/);
  });

  it('keeps quoted newlines inside one record', () => {
    const table = parseCsv('id,where\n1,"a\nb"\n2,c\n', 'f.csv', { required: ['id'] });
    expect(table.records.map((r) => r.row)).toEqual([2, 3]);
    expect(table.records[0]?.values.where).toBe('a\nb');
  });
});

describe('number cells', () => {
  const record = { row: 5, values: { n: '12', x: 'abc', d: '33.25' } };
  it('parses integers and decimals', () => {
    expect(parseInteger('f.csv', record, 'n')).toBe(12);
    expect(parseDecimal('f.csv', record, 'd')).toBe(33.25);
  });
  it('fails naming row and field', () => {
    const error = (() => {
      try {
        parseInteger('f.csv', record, 'x');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).message).toContain('f.csv (row 5, field "x")');
  });
});
