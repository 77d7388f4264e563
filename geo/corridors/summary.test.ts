import { describe, expect, it } from 'vitest';
import type { EventTable } from '../attacks/types.ts';
import { corridorsSourcesSection } from './sources.ts';
import { borderTally, corridorTally } from './summary.ts';
import type { ExposureFile } from './types.ts';

const table = {
  schema: 1,
  count: 4,
  categories: [
    { id: 'militant', label: 'M', description: '' },
    { id: 'loc', label: 'L', description: '' },
  ],
  actors: [{ id: 'other', label: 'O', description: '' }],
  columns: {
    year: [2006, 2010, 2010, 2015],
    category: [0, 0, 1, 0],
    best: [1, 10, 100, 1000],
  },
} as unknown as EventTable;

const exposure: ExposureFile = {
  schema: 1,
  count: 4,
  maxKm: 100,
  maxWherePrec: 3,
  durandKm: [5, 20, 60, null],
  corridors: { cpec: { rowDeltas: [0, 1, 1], km: [10, 40, 80] } },
};
const period = { from: 2007, to: 2021 };

describe('corridorTally', () => {
  it('counts events and deaths within the distance, in the years and categories asked for', () => {
    expect(corridorTally(table, exposure, 'cpec', 50, { ...period, categories: ['militant'] })).toEqual({
      events: 1,
      deaths: 10,
    });
    expect(corridorTally(table, exposure, 'cpec', 100, { from: 2000, to: 2021 })).toEqual({
      events: 3,
      deaths: 111,
    });
    expect(corridorTally(table, exposure, 'chabahar', 100, period)).toEqual({ events: 0, deaths: 0 });
  });
});

describe('borderTally', () => {
  it('shares out located events by distance and sets the unlocated apart', () => {
    const tally = borderTally(table, exposure, [25, 50, 100], period);
    expect(tally.located).toEqual({ events: 2, deaths: 110 });
    expect(tally.unlocated).toEqual({ events: 1, deaths: 1000 });
    expect(tally.within.map((w) => w.events)).toEqual([1, 1, 2]);
    expect(tally.within.map((w) => w.deaths)).toEqual([10, 10, 110]);
  });
});

describe('corridorsSourcesSection', () => {
  it('writes the heading, the tables and says when a corridor never enters Pakistan', () => {
    const line = {
      id: 'chabahar',
      kind: 'corridor' as const,
      name: 'Chabahar',
      corridor: 'chabahar' as const,
      routes: ['chabahar_route606'],
      lengthKm: 900,
      lengthKmInPakistan: 0,
      schematicKmInPakistan: 0,
    };
    const text = corridorsSourcesSection({
      exposure: {
        maxKm: 100,
        maxWherePrec: 3,
        maxStepKm: 5,
        tableKm: 50,
        borderKm: [25, 50, 100],
        years: period,
      },
      lines: [line],
      corridorTotals: [
        { id: 'chabahar', line, militant: { events: 0, deaths: 0 }, all: { events: 0, deaths: 0 } },
      ],
      border: {
        militant: borderTally(table, exposure, [25, 50, 100], { ...period, categories: ['militant'] }),
        all: borderTally(table, exposure, [25, 50, 100], period),
      },
      sizes: [{ file: 'exposure.json', bytes: 2048, gzipBytes: 1024 }],
      excluded: 1,
      eventCount: 4,
    });
    expect(text.startsWith('## Corridor exposure and distance to the border\n')).toBe(true);
    expect(text).toContain('no part inside Pakistan');
    expect(text).toContain('| chabahar | 0.0 | – | 0 | 0 | 0 | 0 |');
    expect(text).toContain('| militant | 1 | 10 | 100.0 % | 100.0 % |');
  });
});
