/**
 * data/border.json as committed: the same events, intervals and monthly figures the pipeline derives
 * from the raw files, and intervals that tile the data's span with every citation resolving to an event.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusReports } from '../../geo/border/crossings.ts';
import { addDays } from '../../src/lib/border/date.ts';
import { parseBorderEvents } from '../../geo/border/events.ts';
import { BORDER_FILES, coverageOf } from '../../geo/border/index.ts';
import { deriveIntervals } from '../../geo/border/intervals.ts';
import { parseMonthlyFigures } from '../../geo/border/monthly.ts';
import { CROSSING_IDS, type BorderData } from '../../geo/border/types.ts';
import { STATUS_READINGS } from '../../geo/border/tables.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RAW = join(ROOT, 'geo', 'raw');

function raw(name: string): string {
  const path = join(RAW, name);
  if (!existsSync(path))
    throw new Error(`${path} is missing: link the raw inputs into geo/raw before running the data tests`);
  return readFileSync(path, 'utf8');
}

const data = JSON.parse(readFileSync(join(ROOT, 'data', 'border.json'), 'utf8')) as BorderData;

describe('data/border.json', () => {
  it('holds every raw event as the pipeline reads it', () => {
    const events = parseBorderEvents(raw(BORDER_FILES.events), BORDER_FILES.events, () => null);
    expect(events).toHaveLength(41);
    expect(data.events.map(({ country: _country, ...e }) => e)).toEqual(
      events.map(({ country: _c, ...e }) => e),
    );
    expect(data.coverage).toEqual(coverageOf(events));
  });

  it('derives the same intervals from the raw reports', () => {
    const events = parseBorderEvents(raw(BORDER_FILES.events), BORDER_FILES.events, () => null);
    const reports = statusReports(events, STATUS_READINGS, BORDER_FILES.events);
    expect(data.crossings.map((c) => c.id)).toEqual([...CROSSING_IDS]);
    for (const crossing of data.crossings)
      expect(crossing.intervals).toEqual(deriveIntervals(reports.get(crossing.id) ?? [], data.coverage));
  });

  it('tiles the span of the data for every crossing, each citation an event', () => {
    const ids = new Set(data.events.map((e) => e.id));
    for (const crossing of data.crossings) {
      const [first] = crossing.intervals;
      expect(first?.from).toBe(data.coverage.from);
      expect(crossing.intervals.at(-1)?.to).toBe(data.coverage.to);
      expect(crossing.intervals.at(-1)?.endsBecause).toBe('data-ends');
      crossing.intervals.slice(1).forEach((interval, i) => {
        expect(interval.from).toBe(addDays(crossing.intervals[i]!.to, 1));
      });
      for (const interval of crossing.intervals) {
        for (const id of interval.citations) expect(ids.has(id)).toBe(true);
        if (interval.status !== 'unknown') expect(interval.citations.length).toBeGreaterThan(0);
      }
    }
  });

  it('has all five crossings closed on 12 October 2025 and no later full reopening', () => {
    for (const crossing of data.crossings) {
      const at = crossing.intervals.find((i) => i.from <= '2025-10-20' && i.to >= '2025-10-20');
      expect(at?.status, crossing.id).toBe('closed');
      expect(
        crossing.intervals.some((i) => i.from > '2025-10-12' && i.status === 'open'),
        crossing.id,
      ).toBe(false);
    }
  });

  it('keeps the PICSS monthly rows as the pipeline reads them', () => {
    const monthly = parseMonthlyFigures(raw(BORDER_FILES.monthly), BORDER_FILES.monthly);
    expect(data.monthly).toEqual(monthly);
    expect(monthly.length).toBeGreaterThanOrEqual(10);
  });

  it('places strikes inside Afghanistan on the Afghan side', () => {
    const strikes = data.events.filter((e) => e.kind === 'airstrike' && e.point !== null);
    expect(strikes.length).toBeGreaterThan(0);
    for (const strike of strikes) expect(strike.country?.id, strike.id).toBe('AFG');
  });
});
