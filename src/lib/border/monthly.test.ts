import { describe, expect, it } from 'vitest';
import type { MonthlyFigure } from '../contracts/border';
import { mainScope, monthBars, monthEnd } from './monthly';

const figure = (
  month: string,
  attacks: number | null,
  killed: number | null,
  metricScope = 'militant attacks',
) =>
  ({
    month,
    sourceOrg: 'PICSS',
    metricScope,
    attacks,
    killed,
    injured: null,
    breakdown: null,
    citationUrl: 'https://example.org',
    citationOutlet: 'Dawn',
    citationDate: '2025-11-01',
    note: null,
  }) satisfies MonthlyFigure;

const FIGURES = [
  figure('2025-01', 74, 91),
  figure('2025-02', 79, null),
  figure('2025-03', 105, 228),
  figure('2026-02', null, 470, 'combat-related deaths'),
];

describe('monthly bars', () => {
  it('ends months on their last day, leap years and December included', () => {
    expect(monthEnd('2025-02')).toBe('2025-02-28');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-12')).toBe('2025-12-31');
  });

  it('draws only months with a figure and marks another measure apart', () => {
    expect(mainScope(FIGURES, 'killed')).toBe('militant attacks');
    const killed = monthBars(FIGURES, 'killed');
    expect(killed.map((b) => [b.month, b.value, b.otherMeasure])).toEqual([
      ['2025-01', 91, false],
      ['2025-03', 228, false],
      ['2026-02', 470, true],
    ]);
    expect(monthBars(FIGURES, 'attacks').map((b) => b.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(monthBars([], 'attacks')).toEqual([]);
  });
});
