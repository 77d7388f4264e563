import { describe, expect, it } from 'vitest';
import { deriveIntervals } from './intervals.ts';
import type { StatusReport } from './types.ts';

const RANGE = { from: '2025-01-01', to: '2025-12-31' };
const closed = (day: string, eventId: string): StatusReport => ({ day, eventId, effect: { kind: 'closed' } });
const opened = (day: string, eventId: string): StatusReport => ({ day, eventId, effect: { kind: 'open' } });

describe('deriveIntervals', () => {
  it('with no report, the whole range is unknown, never open', () => {
    expect(deriveIntervals([], RANGE)).toEqual([
      {
        from: '2025-01-01',
        to: '2025-12-31',
        status: 'unknown',
        openFor: [],
        citations: [],
        endsBecause: 'data-ends',
        disagreement: null,
      },
    ]);
  });

  it('a closure then a reopening: unknown before, closed up to the day before the reopening, then open', () => {
    const intervals = deriveIntervals([opened('2025-03-19', 'B'), closed('2025-02-21', 'A')], RANGE);
    expect(intervals.map((i) => [i.from, i.to, i.status, i.citations, i.endsBecause])).toEqual([
      ['2025-01-01', '2025-02-20', 'unknown', [], 'next-report'],
      ['2025-02-21', '2025-03-18', 'closed', ['A'], 'next-report'],
      ['2025-03-19', '2025-12-31', 'open', ['B'], 'data-ends'],
    ]);
  });

  it('a partial reopening is open for refugees or aid only, and a second exception adds to the first', () => {
    const intervals = deriveIntervals(
      [
        closed('2025-10-12', 'A'),
        { day: '2025-11-01', eventId: 'B', effect: { kind: 'restricted', openFor: 'returning refugees' } },
        { day: '2025-12-01', eventId: 'C', effect: { kind: 'restricted', openFor: 'UN aid' } },
      ],
      RANGE,
    );
    expect(intervals.slice(1).map((i) => [i.from, i.to, i.status, i.openFor, i.citations])).toEqual([
      ['2025-10-12', '2025-10-31', 'closed', [], ['A']],
      ['2025-11-01', '2025-11-30', 'restricted', ['returning refugees'], ['B']],
      ['2025-12-01', '2025-12-31', 'restricted', ['returning refugees', 'UN aid'], ['C']],
    ]);
  });

  it('a closure with no reopening stays closed to the end of the data and says so', () => {
    const intervals = deriveIntervals([closed('2025-10-12', 'A')], RANGE);
    expect(intervals.at(-1)).toMatchObject({
      from: '2025-10-12',
      to: '2025-12-31',
      status: 'closed',
      citations: ['A'],
      endsBecause: 'data-ends',
    });
  });

  it('a later report that trade is still shut adds its citation and changes nothing', () => {
    const intervals = deriveIntervals(
      [
        closed('2025-10-12', 'A'),
        { day: '2025-10-15', eventId: 'B', effect: { kind: 'trade-still-closed' } },
        { day: '2025-11-01', eventId: 'C', effect: { kind: 'restricted', openFor: 'returning refugees' } },
        { day: '2025-11-20', eventId: 'D', effect: { kind: 'trade-still-closed' } },
      ],
      RANGE,
    );
    expect(intervals.slice(1).map((i) => [i.status, i.citations])).toEqual([
      ['closed', ['A', 'B']],
      ['restricted', ['C', 'D']],
    ]);
  });

  it('two sources of the same day that agree are both cited', () => {
    const intervals = deriveIntervals([closed('2025-10-12', 'A'), closed('2025-10-12', 'B')], RANGE);
    expect(intervals[1]).toMatchObject({ status: 'closed', citations: ['A', 'B'], disagreement: null });
  });

  it('overlapping sources that disagree keep both citations and leave the status unknown until the next report', () => {
    const intervals = deriveIntervals(
      [
        closed('2025-10-12', 'A'),
        opened('2025-11-01', 'B'),
        closed('2025-11-01', 'C'),
        opened('2025-11-10', 'D'),
      ],
      RANGE,
    );
    expect(intervals.map((i) => [i.from, i.to, i.status])).toEqual([
      ['2025-01-01', '2025-10-11', 'unknown'],
      ['2025-10-12', '2025-10-31', 'closed'],
      ['2025-11-01', '2025-11-09', 'unknown'],
      ['2025-11-10', '2025-12-31', 'open'],
    ]);
    expect(intervals[2]!.citations).toEqual(['B', 'C']);
    expect(intervals[2]!.disagreement).toEqual([
      { status: 'open', openFor: [], citations: ['B'] },
      { status: 'closed', openFor: [], citations: ['C'] },
    ]);
  });

  it('a status report that contradicts the status on its day is a disagreement, not a silent change', () => {
    const intervals = deriveIntervals(
      [
        closed('2025-10-12', 'A'),
        opened('2025-11-01', 'B'),
        { day: '2025-11-01', eventId: 'C', effect: { kind: 'trade-still-closed' } },
      ],
      RANGE,
    );
    expect(intervals.at(-1)).toMatchObject({
      status: 'unknown',
      citations: ['B', 'C'],
      endsBecause: 'data-ends',
    });
  });

  it('a report on the first day of the range leaves no empty unknown stretch', () => {
    const intervals = deriveIntervals([closed('2025-01-01', 'A')], RANGE);
    expect(intervals).toHaveLength(1);
    expect(intervals[0]!.status).toBe('closed');
  });

  it('refuses a report outside the range', () => {
    expect(() => deriveIntervals([closed('2026-01-01', 'Z')], RANGE)).toThrow(/Z/);
  });
});
