import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayIndex,
  daysBetween,
  formatDay,
  formatEventDate,
  formatMonth,
  parseBorderDate,
  yearsShowDate,
} from './date';

describe('border dates', () => {
  it('accepts only real days within the data’s span', () => {
    expect(parseBorderDate('2025-10-15')).toBe('2025-10-15');
    expect(parseBorderDate('2026-03-31')).toBe('2026-03-31');
    for (const bad of [undefined, '', '2025-02-29', '2024-12-31', '2026-04-01', '20251015', '2025-10-15x'])
      expect(parseBorderDate(bad)).toBeNull();
  });

  it('counts and steps days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-02-21', '2025-03-18')).toBe(26);
    expect(daysBetween('2025-03-18', '2025-02-21')).toBe(0);
    expect(dayIndex('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('writes days and months for people', () => {
    expect(formatDay('2025-10-12')).toBe('12 Oct 2025');
    expect(formatMonth('2026-02')).toBe('Feb 2026');
    expect(formatEventDate({ date: '2025-10-12', datePrecision: 'day', day: '2025-10-12' })).toBe(
      '12 Oct 2025',
    );
    expect(formatEventDate({ date: '2025-01', datePrecision: 'month', day: '2025-01-01' })).toBe('Jan 2025');
    expect(formatEventDate({ date: '2025-03 (early)', datePrecision: 'approx', day: '2025-03-05' })).toBe(
      'early Mar 2025',
    );
  });

  it('shows the date control for years within 2025–2026 only', () => {
    expect(yearsShowDate([2025, 2026])).toBe(true);
    expect(yearsShowDate([2025, 2025])).toBe(true);
    expect(yearsShowDate([2024, 2025])).toBe(false);
    expect(yearsShowDate([2007, 2021])).toBe(false);
  });
});
