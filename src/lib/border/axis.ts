/** One time axis for the border strip, the event marks and the monthly bars: January 2025 to March 2026. */
import { BORDER_DATE_MAX, BORDER_DATE_MIN, addDays, dayIndex, formatMonth } from './date';

export const AXIS_DAYS = dayIndex(BORDER_DATE_MIN, BORDER_DATE_MAX) + 1;

/** x of the start of a day on an axis `width` wide. */
export function xOf(day: string, width: number): number {
  return (dayIndex(BORDER_DATE_MIN, day) / AXIS_DAYS) * width;
}

/** x span of the days `from`..`to` (both included), clipped to the axis. */
export function spanOf(from: string, to: string, width: number): { x: number; w: number } {
  const start = from < BORDER_DATE_MIN ? BORDER_DATE_MIN : from;
  const end = to > BORDER_DATE_MAX ? BORDER_DATE_MAX : to;
  if (end < start) return { x: xOf(start, width), w: 0 };
  const x = xOf(start, width);
  return { x, w: xOf(addDays(end, 1), width) - x };
}

/** Each month on the axis: `YYYY-MM`, its first day, and a label for the first month of a year and every third. */
export function monthTicks(): { month: string; first: string; label: string | null }[] {
  const ticks: { month: string; first: string; label: string | null }[] = [];
  let [year, month] = BORDER_DATE_MIN.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const first = `${key}-01`;
    if (first > BORDER_DATE_MAX) break;
    const label =
      month === 1 ? formatMonth(key) : (month - 1) % 3 === 0 ? formatMonth(key).slice(0, 3) : null;
    ticks.push({ month: key, first, label });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return ticks;
}
