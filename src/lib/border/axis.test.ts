import { describe, expect, it } from 'vitest';
import { AXIS_DAYS, monthTicks, spanOf, xOf } from './axis';

describe('the border time axis', () => {
  it('runs from 1 January 2025 to 31 March 2026', () => {
    expect(AXIS_DAYS).toBe(455);
    expect(xOf('2025-01-01', 455)).toBe(0);
    expect(xOf('2025-10-12', 455)).toBe(284);
  });

  it('gives a span both of whose days are drawn, clipped to the axis', () => {
    expect(spanOf('2025-10-12', '2025-10-31', 455)).toEqual({ x: 284, w: 20 });
    expect(spanOf('2024-12-01', '2025-01-02', 455)).toEqual({ x: 0, w: 2 });
    expect(spanOf('2026-03-30', '2026-05-01', 455)).toEqual({ x: 453, w: 2 });
    expect(spanOf('2025-05-02', '2025-05-01', 455).w).toBe(0);
  });

  it('has fifteen months, labelled at years and quarters', () => {
    const ticks = monthTicks();
    expect(ticks).toHaveLength(15);
    expect(ticks[0]).toEqual({ month: '2025-01', first: '2025-01-01', label: 'Jan 2025' });
    expect(ticks.filter((t) => t.label).map((t) => t.label)).toEqual([
      'Jan 2025',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2026',
    ]);
  });
});
