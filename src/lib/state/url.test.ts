import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_PARAMS,
  OVERLAYS,
  parseParams,
  serializeParams,
  splitHash,
  type AppParams,
  linkProblems,
  YEAR_MAX,
  YEAR_MIN,
} from './url';

describe('URL hash state', () => {
  it('gives the defaults for an empty hash', () => {
    expect(parseParams('')).toEqual(DEFAULT_PARAMS);
    expect(parseParams('#map=5/30/69')).toEqual(DEFAULT_PARAMS);
  });

  it('round-trips non-default state and keeps the map view first and untouched', () => {
    const params: AppParams = {
      ...DEFAULT_PARAMS,
      overlays: ['durand-line', 'cpec'],
      level: 'province',
      metric: 'events',
      deaths: 'civilians',
      rate: 'per100k',
      classes: 'ckmeans',
      years: [2010, 2015],
      compare: [2016, 2021],
      categories: ['militant'],
      actors: ['ttp', 'baloch'],
      series: 'pips',
      region: 'dera-ismail-khan',
      corridorKm: 50,
      embed: true,
      date: '2025-10-15',
      data: 'import:0123456789ab',
      focus: 2023,
      districtScope: 'govt-of-balochistan-2025-full-year-terrorism-related-incidents',
    };
    const hash = serializeParams(params, '6.2/31.5/69.1');
    expect(hash).toContain('&data=import:0123456789ab');
    expect(hash.startsWith('#map=6.2/31.5/69.1&')).toBe(true);
    expect(parseParams(hash)).toEqual(params);
    expect(splitHash(hash).get('map')).toBe('6.2/31.5/69.1');
  });

  it('names an import only by its 12-digit content hash', () => {
    expect(parseParams('#data=import:0123456789ab').data).toBe('import:0123456789ab');
    for (const bad of ['import:xyz', 'import:0123456789abc', 'ucdp', 'import:0123456789AB', '']) {
      expect(parseParams(`#data=${bad}`).data).toBeNull();
    }
  });

  it('keeps a published range to 2026, the year in focus and the district scope', () => {
    const parsed = parseParams('#years=2022-2026&focus=2025&dscope=kp-police-ctd-2025&series=pips');
    expect(parsed).toMatchObject({
      years: [2022, 2026],
      focus: 2025,
      districtScope: 'kp-police-ctd-2025',
      series: 'pips',
    });
    expect(parseParams('#years=2022-2027&focus=3000').years).toEqual([2007, 2021]);
    expect(parseParams('#focus=3000').focus).toBeNull();
  });

  it('writes nothing but the map for default state', () => {
    expect(serializeParams({ ...DEFAULT_PARAMS }, '5/30/69')).toBe('#map=5/30/69');
  });

  it('falls back per field on malformed or out-of-range values', () => {
    const parsed = parseParams(
      '#level=county&metric=<script>&years=2021-2007&compare=1900-2000&km=500&region=a%20b&cat=ok,%3Cimg%3E&layers=nope,cpec&series=%E0%A4%A',
    );
    expect(parsed.level).toBe('district');
    expect(parsed.metric).toBe('deaths');
    expect(parsed.years).toEqual([2007, 2021]);
    expect(parsed.compare).toBeNull();
    expect(parsed.corridorKm).toBe(25);
    expect(parsed.region).toBeNull();
    expect(parsed.categories).toEqual([]);
    expect(parsed.overlays).toEqual(['cpec']);
    expect(parsed.series).toBeNull();
  });

  it('reads and writes whose deaths and which estimate, writing nothing for all deaths, best estimate', () => {
    expect(parseParams('#deaths=civilians')).toEqual({ ...DEFAULT_PARAMS, deaths: 'civilians' });
    expect(parseParams('#est=low')).toEqual({ ...DEFAULT_PARAMS, estimate: 'low' });
    for (const deaths of ['all', 'civilians', 'side-a', 'side-b', 'unknown'] as const) {
      const hash = serializeParams({ ...DEFAULT_PARAMS, deaths }, undefined);
      expect(hash).toBe(deaths === 'all' ? '' : `#deaths=${deaths}`);
      expect(parseParams(hash).deaths).toBe(deaths);
    }
    for (const estimate of ['best', 'low', 'high'] as const) {
      const hash = serializeParams({ ...DEFAULT_PARAMS, estimate }, '5/30/69');
      expect(hash).toBe(estimate === 'best' ? '#map=5/30/69' : `#map=5/30/69&est=${estimate}`);
      expect(parseParams(hash).estimate).toBe(estimate);
    }
    // Low and high are not split by side: with another kind, the best estimate is read and written.
    expect(parseParams('#deaths=side-b&est=high')).toMatchObject({ deaths: 'side-b', estimate: 'best' });
    expect(serializeParams({ ...DEFAULT_PARAMS, deaths: 'side-b', estimate: 'high' }, undefined)).toBe(
      '#deaths=side-b',
    );
    expect(parseParams('#deaths=militants&est=middle')).toMatchObject({ deaths: 'all', estimate: 'best' });
  });

  it('turns embed mode on only for embed=1', () => {
    expect(parseParams('#embed=1').embed).toBe(true);
    for (const value of ['0', 'true', 'yes', '', '1x'])
      expect(parseParams(`#embed=${value}`).embed).toBe(false);
    expect(serializeParams({ ...DEFAULT_PARAMS, embed: true }, undefined)).toBe('#embed=1');
  });

  it('reads a border date only as a real day within January 2025 to March 2026', () => {
    expect(parseParams('#date=2025-10-15&region=torkham')).toMatchObject({
      date: '2025-10-15',
      region: 'torkham',
    });
    for (const bad of ['2025-02-30', '2024-12-31', '2026-04-01', '2025-1-5', '<b>', ''])
      expect(parseParams(`#date=${bad}`).date).toBeNull();
  });

  it('never throws and always yields valid state for any hash (property)', () => {
    const hashChar = fc.constantFrom(...'#&=%,-/.0123456789abcdefzAZ<>"\'`;:()[]{}\\ \u00e9\u202e'.split(''));
    const pairs = fc.array(
      fc.tuple(
        fc.constantFrom(
          'map',
          'layers',
          'level',
          'metric',
          'deaths',
          'est',
          'rate',
          'classes',
          'years',
          'compare',
          'cat',
          'actor',
          'series',
          'region',
          'km',
          'date',
          'x',
        ),
        fc.oneof(fc.string({ unit: hashChar, maxLength: 40 }), fc.string({ maxLength: 40 })),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(pairs, (entries) => {
        const hash = '#' + entries.map(([k, v]) => `${k}=${v}`).join('&');
        const parsed = parseParams(hash);
        expect(parsed.overlays.every((o) => (OVERLAYS as readonly string[]).includes(o))).toBe(true);
        expect(parsed.years[0]).toBeLessThanOrEqual(parsed.years[1]);
        expect(parsed.corridorKm).toBeGreaterThanOrEqual(10);
        expect(parsed.corridorKm).toBeLessThanOrEqual(100);
        for (const id of [
          ...parsed.categories,
          ...parsed.actors,
          parsed.region ?? 'x',
          parsed.series ?? 'x',
        ]) {
          expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
        }
        // What we write, we read back identically.
        expect(parseParams(serializeParams(parsed, '5/30/69'))).toEqual(parsed);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a link the atlas cannot show in full', () => {
  it('says what it asked for and what is shown instead', () => {
    const [years] = linkProblems('#years=2027-2030');
    expect(years).toContain('years=2027-2030');
    expect(years).toContain(`${YEAR_MIN} to ${YEAR_MAX}`);
    expect(years).toContain('Showing 2007–2021 instead');
    expect(linkProblems('#years=2023-2021')[0]).toContain('earliest year first');
    expect(linkProblems('#km=500')[0]).toMatch(/km=500.*the default \(25\)/);
    expect(linkProblems('#level=county')).toHaveLength(1);
    expect(linkProblems('#layers=cpec,no-such-layer')[0]).toContain('left out');
    expect(linkProblems('#deaths=militants')[0]).toMatch(/deaths=militants.*the default \(all\)/);
    expect(linkProblems('#est=middle')[0]).toMatch(/est=middle.*the default \(best\)/);
    const [split] = linkProblems('#deaths=civilians&est=low');
    expect(split).toContain('est=low with deaths=civilians');
    expect(split).toContain('best estimate is shown');
  });

  it('finds nothing wrong with a link it shows as asked, defaults and single years included', () => {
    expect(linkProblems('#map=5/30/69')).toEqual([]);
    expect(linkProblems('#years=2007-2021&level=district&km=25')).toEqual([]);
    expect(linkProblems('#layers=places,cpec&cat=militant&years=2015-2023')).toEqual([]);
    expect(linkProblems('#years=2025&focus=2025&embed=1&region=peshawar')).toEqual([]);
    expect(parseParams('#years=2025').years).toEqual([2025, 2025]);
    expect(linkProblems('#deaths=side-a&est=best')).toEqual([]);
    expect(linkProblems('#deaths=all&est=high')).toEqual([]);
  });
});
