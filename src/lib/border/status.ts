/** A crossing's status on a day and over a period, from the intervals of `data/border.json`. */
import type { Crossing, CrossingStatus, StatusInterval } from '../contracts/border';
import { addDays, daysBetween, formatDay } from './date';

export interface StatusOnDay {
  status: CrossingStatus;
  /** the interval the day falls in; null outside the data's span */
  interval: StatusInterval | null;
  /** the day lies after the last dated fact: nothing is known */
  afterData: boolean;
}

export function statusOn(crossing: Pick<Crossing, 'intervals'>, day: string): StatusOnDay {
  const interval = crossing.intervals.find((i) => i.from <= day && day <= i.to) ?? null;
  const last = crossing.intervals.at(-1);
  return {
    status: interval?.status ?? 'unknown',
    interval,
    afterData: interval === null && last !== undefined && day > last.to,
  };
}

export type DaysByStatus = Record<CrossingStatus, number>;

/** Days of each status between `from` and `to` (both included); days outside the data count as unknown. */
export function daysByStatus(intervals: readonly StatusInterval[], from: string, to: string): DaysByStatus {
  const days: DaysByStatus = { open: 0, closed: 0, restricted: 0, unknown: 0 };
  if (to < from) return days;
  let covered = 0;
  for (const interval of intervals) {
    const start = interval.from > from ? interval.from : from;
    const end = interval.to < to ? interval.to : to;
    const n = daysBetween(start, end);
    days[interval.status] += n;
    covered += n;
  }
  days.unknown += daysBetween(from, to) - covered;
  return days;
}

export const STATUS_TEXT: Readonly<Record<CrossingStatus, string>> = {
  open: 'open',
  closed: 'closed',
  restricted: 'open for refugees or aid only',
  unknown: 'unknown',
};

/** The status of an interval in words, with who may cross and whether sources disagree. */
export function describeInterval(interval: StatusInterval): string {
  if (interval.status === 'restricted') return `open for ${interval.openFor.join(' and ')} only`;
  if (interval.status === 'unknown')
    return interval.disagreement ? 'unknown: the sources disagree' : 'unknown: no source';
  return STATUS_TEXT[interval.status];
}

/** `12 Oct 2025 – 18 Mar 2026, still closed when the data ends` and the like. */
export function describeSpan(interval: StatusInterval): string {
  const span = `${formatDay(interval.from)} – ${formatDay(interval.to)}`;
  if (interval.endsBecause !== 'data-ends') return span;
  return interval.status === 'unknown'
    ? `${span} (end of the data)`
    : `${span}, still ${describeInterval(interval)} when the data ends (no later report)`;
}

/** Status on a day in words, for the map's popups and the crossing panel. */
export function describeStatusOn(at: StatusOnDay, day: string): string {
  if (at.afterData) return `unknown: the data end before ${formatDay(day)}`;
  if (!at.interval) return 'unknown: no source';
  return describeInterval(at.interval);
}

/** The day after the data's last fact, for saying where the timeline stops. */
export function dayAfter(day: string): string {
  return addDays(day, 1);
}
