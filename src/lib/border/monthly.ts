/** PICSS's monthly figures as bars on the border time axis, each measure kept apart. */
import type { MonthlyFigure } from '../contracts/border';
import { addDays } from './date';

export interface MonthBar {
  month: string;
  from: string;
  to: string;
  value: number;
  figure: MonthlyFigure;
  /** the figure counts something other than the series' main measure: drawn apart and footnoted */
  otherMeasure: boolean;
}

/** Last day of a `YYYY-MM` month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** The measure most months use, for one field: the others are marked as another measure. */
export function mainScope(figures: readonly MonthlyFigure[], field: 'attacks' | 'killed'): string | null {
  const counts = new Map<string, number>();
  for (const f of figures)
    if (f[field] !== null) counts.set(f.metricScope, (counts.get(f.metricScope) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function monthBars(figures: readonly MonthlyFigure[], field: 'attacks' | 'killed'): MonthBar[] {
  const scope = mainScope(figures, field);
  return figures
    .filter((f) => f[field] !== null)
    .map((f) => ({
      month: f.month,
      from: `${f.month}-01`,
      to: monthEnd(f.month),
      value: f[field]!,
      figure: f,
      otherMeasure: f.metricScope !== scope,
    }));
}
