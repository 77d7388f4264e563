import { describe, expect, it } from 'vitest';
import type { BorderEvent } from '../contracts/border';
import { crossingIdOf, eventsFor, filterKinds, killedText, linkParts, placeOfCrossing } from './timeline';

const event = (id: string, extra: Partial<BorderEvent>): BorderEvent => ({
  id,
  date: '2025-10-12',
  datePrecision: 'day',
  day: '2025-10-12',
  kind: 'closure',
  place: 'x',
  point: null,
  locationPrecision: 'exact',
  country: null,
  crossingOrCorridor: 'x',
  summary: 's',
  killed: null,
  killedCountedAs: null,
  claims: [],
  locationNote: null,
  sourceUrl: 'https://example.org',
  sourceOutlet: 'Outlet',
  crossings: [],
  corridors: [],
  border: false,
  ...extra,
});

const EVENTS = [
  event('A', { crossings: ['torkham'], corridors: ['afghan-transit'], border: true }),
  event('B', { kind: 'airstrike', border: true }),
  event('C', { kind: 'attack-on-corridor', corridors: ['cpec'] }),
];

describe('eventsFor', () => {
  it('lists border events on the Durand Line, a crossing’s own and a corridor’s own', () => {
    expect(eventsFor({ events: EVENTS }, { kind: 'durand-line' }).map((e) => e.id)).toEqual(['A', 'B']);
    expect(eventsFor({ events: EVENTS }, { kind: 'crossing', id: 'torkham' }).map((e) => e.id)).toEqual([
      'A',
    ]);
    expect(eventsFor({ events: EVENTS }, { kind: 'corridor', id: 'cpec' }).map((e) => e.id)).toEqual(['C']);
    expect(eventsFor({ events: EVENTS }, { kind: 'corridor', id: 'chabahar' })).toEqual([]);
  });

  it('filters by kind', () => {
    expect(filterKinds(EVENTS, new Set(['airstrike'] as const)).map((e) => e.id)).toEqual(['B']);
  });
});

describe('crossing ids', () => {
  it('reads a crossing from its own id or any of its places', () => {
    expect(crossingIdOf('torkham')).toBe('torkham');
    expect(crossingIdOf('xing_torkham')).toBe('torkham');
    expect(crossingIdOf('xing_chaman')).toBe('chaman');
    expect(crossingIdOf('xing_chaman_gate')).toBe('chaman');
    expect(crossingIdOf('peshawar')).toBeNull();
    expect(placeOfCrossing('angoor-adda')).toBe('xing_angoor_adda');
    expect(placeOfCrossing('xing_torkham')).toBeNull();
  });
});

describe('killedText', () => {
  it('attributes every count, to the row’s own words or to its outlet', () => {
    expect(
      killedText({ killed: 23, killedCountedAs: 'Pakistani soldiers per ISPR', sourceOutlet: 'X' }),
    ).toBe('23 killed (Pakistani soldiers per ISPR)');
    expect(killedText({ killed: 10, killedCountedAs: null, sourceOutlet: 'Shafaq News' })).toBe(
      '10 killed (as reported by Shafaq News)',
    );
    expect(killedText({ killed: null, killedCountedAs: null, sourceOutlet: 'X' })).toBeNull();
  });
});

describe('linkParts', () => {
  it('separates links from text without losing a character', () => {
    const text = 'Kabul said 58 (https://a.example/x); see http://b.example';
    const parts = linkParts(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual([
      'https://a.example/x',
      'http://b.example',
    ]);
    expect(linkParts('no links')).toEqual([{ text: 'no links', href: null }]);
  });
});
