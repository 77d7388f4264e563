import { describe, expect, it } from 'vitest';
import { formatCount, formatKm, formatRate, formatValue, plural } from './format';

describe('format', () => {
  it('groups thousands', () => expect(formatCount(241499431)).toBe('241,499,431'));
  it('keeps small rates meaningful', () => {
    expect(formatRate(0)).toBe('0');
    expect(formatRate(0.0123)).toBe('0.012');
    expect(formatRate(3.456)).toBe('3.5');
    expect(formatRate(123.456)).toBe('123.5');
  });
  it('formats distances and plurals', () => {
    expect(formatKm(45.04)).toBe('45 km');
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(2, 'death')).toBe('2 deaths');
  });

  it('keeps the fractions of rates and of yearly changes', () => {
    expect(formatValue('count', false)(1234.4)).toBe('1,234');
    expect(formatValue('count', true)(0.43)).toBe('0.43');
    expect(formatValue('per100k', false)(0.0123)).toBe('0.012');
  });
});
