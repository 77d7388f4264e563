import { describe, expect, it } from 'vitest';
import { sortRows } from './table-sort';

const rows = [
  { name: 'Bannu', province: 'KP', count: 5, value: 5, rank: 2 },
  { name: 'Astore', province: 'GB', count: 0, value: null, rank: null },
  { name: 'Quetta', province: 'BA', count: 9, value: 9, rank: 1 },
  { name: 'Awaran', province: 'BA', count: 5, value: 5, rank: 2 },
];

describe('sortRows', () => {
  it('sorts numbers either way with ties by name and no-data last', () => {
    expect(sortRows(rows, 'value', false).map((r) => r.name)).toEqual([
      'Quetta',
      'Awaran',
      'Bannu',
      'Astore',
    ]);
    expect(sortRows(rows, 'value', true).map((r) => r.name)).toEqual(['Awaran', 'Bannu', 'Quetta', 'Astore']);
  });
  it('sorts names', () => {
    expect(sortRows(rows, 'name', true).map((r) => r.name)).toEqual(['Astore', 'Awaran', 'Bannu', 'Quetta']);
  });
});
