import { describe, expect, it } from 'vitest';
import { buildCrossings, statusReports } from './crossings.ts';
import type { StatusReading } from './tables.ts';
import type { BorderEvent } from './types.ts';

const event = (
  id: string,
  day: string,
  kind: BorderEvent['kind'],
  crossings: BorderEvent['crossings'],
): BorderEvent => ({
  id,
  date: day,
  datePrecision: 'day',
  day,
  kind,
  place: 'x',
  point: null,
  locationPrecision: 'exact',
  country: null,
  crossingOrCorridor: crossings.join(', '),
  summary: 's',
  killed: null,
  killedCountedAs: null,
  claims: [],
  locationNote: null,
  sourceUrl: 'https://example.org',
  sourceOutlet: 'E',
  crossings,
  corridors: [],
  border: true,
});

const READINGS: Record<string, StatusReading> = {
  A: { crossings: ['torkham'], effect: { kind: 'closed' }, basis: '' },
  B: { crossings: ['torkham', 'chaman'], effect: { kind: 'trade-still-closed' }, basis: '' },
};

describe('statusReports', () => {
  it('gives each crossing its reports', () => {
    const reports = statusReports(
      [
        event('A', '2025-10-12', 'closure', ['torkham']),
        event('B', '2025-10-24', 'policy', ['torkham', 'chaman']),
      ],
      READINGS,
      'f.csv',
    );
    expect(reports.get('torkham')?.map((r) => r.eventId)).toEqual(['A', 'B']);
    expect(reports.get('chaman')?.map((r) => r.eventId)).toEqual(['B']);
  });

  it('refuses a closure or reopening without a reading', () => {
    expect(() => statusReports([event('C', '2025-10-12', 'reopening', ['torkham'])], {}, 'f.csv')).toThrow(
      'f.csv (row C, field "kind")',
    );
  });

  it('refuses a reading of a row that does not concern the crossing', () => {
    expect(() =>
      statusReports([event('A', '2025-10-12', 'closure', ['chaman'])], { A: READINGS.A! }, 'f.csv'),
    ).toThrow('f.csv (row A, field "crossing_or_corridor")');
  });

  it('refuses a reading of an event the file does not have', () => {
    expect(() => statusReports([], READINGS, 'f.csv')).toThrow(/"A"/);
  });
});

describe('buildCrossings', () => {
  it('draws each crossing at its place and refuses a missing place', () => {
    const spec = [{ id: 'torkham' as const, name: 'Torkham', placeId: 'xing_torkham', otherPlaceIds: [] }];
    const [crossing] = buildCrossings(
      spec,
      new Map(),
      () => [71, 34],
      { from: '2025-01-01', to: '2025-01-31' },
      'p',
    );
    expect(crossing).toMatchObject({ id: 'torkham', point: [71, 34], intervals: [{ status: 'unknown' }] });
    expect(() =>
      buildCrossings(spec, new Map(), () => undefined, { from: '2025-01-01', to: '2025-01-31' }, 'p'),
    ).toThrow(/xing_torkham/);
  });
});
