import { describe, expect, it } from 'vitest';
import type { PublishedFigure } from '../contracts/published-figures';
import { citationOf, listSeries, moreThanOf, pickSeries, provinceValues } from './published';

function figure(partial: Partial<PublishedFigure>): PublishedFigure {
  return {
    id: 'x',
    org: 'picss',
    series: 'annual report',
    scope: 'militant attacks',
    year: 2024,
    period: 'full year',
    provinceAsReported: '',
    iso: 'PK-KP',
    provinces: [],
    attacks: null,
    killed: null,
    injured: null,
    moreThan: [],
    breakdown: null,
    citation: { url: 'https://example.org', outlet: 'Outlet', date: null },
    note: null,
    periodKind: 'year',
    periodLabel: 'full year',
    months: [1, 12],
    kpPart: null,
    source: { file: 'reported_figures.csv', row: 2 },
    ...partial,
  };
}

const figures = [
  figure({ id: 'n', iso: 'PK', attacks: 800, killed: 1100 }),
  figure({ id: 'kp1', provinceAsReported: 'KP mainland', attacks: 308, killed: 331 }),
  figure({ id: 'kp2', provinceAsReported: 'ex-FATA', attacks: 259, killed: 375 }),
  figure({ id: 'ba', iso: 'PK-BA', attacks: 293, killed: null }),
  figure({ id: 's', series: 'suicide attacks', iso: 'PK', attacks: 29 }),
  figure({ id: 'h', period: 'Jan-Jun', iso: 'PK', attacks: 271 }),
  figure({ id: 'p', org: 'pips', series: 'security report', iso: 'PK', attacks: 521 }),
];

describe('published figures', () => {
  const series = listSeries(figures);

  it('groups rows into series by organisation, report, year and period', () => {
    expect(series.map((s) => s.figures.length)).toEqual([4, 1, 1, 1]);
  });

  it('sums the parts of a split province and keeps each part with its citation', () => {
    const { provinces, national } = provinceValues(series[0]!, 'attacks');
    expect(provinces.get('PK-KP')?.value).toBe(567);
    expect(provinces.get('PK-KP')?.parts.map((p) => p.id)).toEqual(['kp1', 'kp2']);
    expect(national?.value).toBe(800);
    expect(provinceValues(series[0]!, 'killed').provinces.get('PK-BA')?.value).toBeNull();
  });

  it('picks the organisation’s full-year series with provinces by default, or the one asked for', () => {
    expect(pickSeries(series, 2024, 'picss', null)?.key).toBe(series[0]!.key);
    expect(pickSeries(series, 2024, series[2]!.key, null)?.period).toBe('Jan-Jun');
    expect(pickSeries(series, 2024, 'pips', null)?.org).toBe('pips');
    expect(pickSeries(series, 2024, 'unknown', 'picss')?.org).toBe('picss');
    expect(pickSeries(series, 1999, 'picss', null)).toBeNull();
    // the preferred organisation gives only a national figure: another organisation's provinces are shown
    expect(pickSeries(series, 2024, null, 'pips')?.org).toBe('picss');
  });
});

describe('figures of organisations and of articles side by side', () => {
  const article = {
    id: 'af-a-2023',
    org: 'a-2023',
    series: 'An article',
    scope: 'attacks',
    year: 2023,
    period: 'full year',
    provinceAsReported: 'Pakistan',
    iso: 'PK',
    attacks: 650,
    killed: null,
    injured: null,
    citation: { sourceId: 'a-2023' },
    claimId: 'a-650',
    note: 'as the article gives it',
  };

  it('cites an organisation by its report and an article by its id', () => {
    expect(citationOf(figure({}))).toEqual({
      url: 'https://example.org',
      outlet: 'Outlet',
      date: null,
      sourceId: null,
    });
    expect(citationOf(article)).toEqual({ url: null, outlet: null, date: null, sourceId: 'a-2023' });
  });

  it('knows which values were published as "more than"', () => {
    expect(moreThanOf(figure({ moreThan: ['killed'] }))).toEqual(['killed']);
    expect(moreThanOf(article)).toEqual([]);
    expect(moreThanOf(undefined)).toEqual([]);
  });
});
