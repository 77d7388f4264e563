import { describe, expect, it } from 'vitest';
import type { StatusInterval } from '../contracts/border';
import { daysByStatus, describeSpan, describeStatusOn, statusOn } from './status';

const interval = (
  from: string,
  to: string,
  status: StatusInterval['status'],
  extra: Partial<StatusInterval> = {},
) =>
  ({
    from,
    to,
    status,
    openFor: [],
    citations: status === 'unknown' ? [] : ['X'],
    endsBecause: 'next-report',
    disagreement: null,
    ...extra,
  }) satisfies StatusInterval;

const TORKHAM = {
  intervals: [
    interval('2025-01-01', '2025-02-20', 'unknown'),
    interval('2025-02-21', '2025-03-18', 'closed'),
    interval('2025-03-19', '2025-10-11', 'open'),
    interval('2025-10-12', '2025-10-31', 'closed'),
    interval('2025-11-01', '2026-03-18', 'restricted', {
      openFor: ['returning refugees'],
      endsBecause: 'data-ends',
    }),
  ],
};

describe('statusOn', () => {
  it('finds the interval a day falls in, first and last days included', () => {
    expect(statusOn(TORKHAM, '2025-03-25').status).toBe('open');
    expect(statusOn(TORKHAM, '2025-10-20').status).toBe('closed');
    expect(statusOn(TORKHAM, '2025-02-21').status).toBe('closed');
    expect(statusOn(TORKHAM, '2025-03-18').status).toBe('closed');
    expect(statusOn(TORKHAM, '2025-03-19').status).toBe('open');
    expect(statusOn(TORKHAM, '2025-01-10').status).toBe('unknown');
  });

  it('is unknown after the data, and says why', () => {
    const at = statusOn(TORKHAM, '2026-03-25');
    expect(at).toEqual({ status: 'unknown', interval: null, afterData: true });
    expect(describeStatusOn(at, '2026-03-25')).toBe('unknown: the data end before 25 Mar 2026');
  });
});

describe('daysByStatus', () => {
  it('counts the days of each status in a period, both ends included', () => {
    expect(daysByStatus(TORKHAM.intervals, '2025-01-01', '2025-12-31')).toEqual({
      unknown: 51,
      closed: 26 + 20,
      open: 207,
      restricted: 61,
    });
    expect(daysByStatus(TORKHAM.intervals, '2025-10-20', '2025-10-20')).toEqual({
      unknown: 0,
      closed: 1,
      open: 0,
      restricted: 0,
    });
  });

  it('counts days beyond the data as unknown and an inverted period as nothing', () => {
    expect(daysByStatus(TORKHAM.intervals, '2026-03-18', '2026-03-31')).toEqual({
      unknown: 13,
      closed: 0,
      open: 0,
      restricted: 1,
    });
    expect(daysByStatus(TORKHAM.intervals, '2025-05-01', '2025-04-01')).toEqual({
      unknown: 0,
      closed: 0,
      open: 0,
      restricted: 0,
    });
  });
});

describe('describeSpan', () => {
  it('says that the last status runs to the end of the data', () => {
    expect(describeSpan(TORKHAM.intervals.at(-1)!)).toBe(
      '1 Nov 2025 – 18 Mar 2026, still open for returning refugees only when the data ends (no later report)',
    );
    expect(describeSpan(TORKHAM.intervals[1]!)).toBe('21 Feb 2025 – 18 Mar 2025');
  });
});
