import { describe, expect, it } from 'vitest';
import { classifyPeriod, parseYears } from './periods.ts';

describe('classifyPeriod', () => {
  it.each([
    ['full year', 'year', [1, 12], 'full year'],
    ['full year (to ~22 Dec)', 'part-year', [1, 12], 'year to ~22 Dec'],
    ['Jan', 'month', [1, 1], 'January'],
    ['2025-03', 'month', [3, 3], 'March'],
    ['Q3', 'quarter', [7, 9], 'Q3'],
    ['H1', 'half', [1, 6], 'January–June'],
    ['Jan-Jun', 'half', [1, 6], 'January–June'],
    ['Jan-Sep', 'part-year', [1, 9], 'January–September'],
    ['1 Jan-18 May (approx.)', 'part-year', [1, 5], '1 January–18 May (approx.)'],
    ['1 Jan-late Sep', 'part-year', [1, 9], '1 January–late September'],
    ['2022-06-18 to 2023-06-18', 'window', null, '2022-06-18 to 2023-06-18'],
  ])('reads "%s" as a %s', (text, kind, months, label) => {
    expect(classifyPeriod(text)).toEqual({ kind, months, label });
  });

  it.each(['', 'winter', 'Q5', 'Jan-Dec', '2025-13', 'year'])('refuses "%s"', (text) => {
    expect(classifyPeriod(text)).toBeNull();
  });
});

describe('parseYears', () => {
  it('reads one year or a window over two', () => {
    expect(parseYears('2025')).toEqual([2025]);
    expect(parseYears('2022-2023')).toEqual([2022, 2023]);
    expect(parseYears('2022-2025')).toBeNull();
    expect(parseYears('25')).toBeNull();
  });
});
