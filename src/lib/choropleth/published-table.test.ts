import { describe, expect, it } from 'vitest';
import type { ArticleFigure } from '../contracts/context';
import type { PublishedFigure } from '../contracts/published-figures';
import { publishedFigureRows } from './published-table';

const figure = (over: Partial<PublishedFigure>): PublishedFigure => ({
  id: 'f',
  org: 'pips',
  series: 'Security report',
  scope: 'militant attacks',
  year: 2023,
  period: 'full year',
  provinceAsReported: 'Khyber Pakhtunkhwa',
  iso: 'PK-KP',
  provinces: ['PK-KP'],
  attacks: 1200,
  killed: null,
  injured: null,
  moreThan: [],
  breakdown: null,
  citation: { url: 'https://example.org/r', outlet: 'Dawn', date: '2024-01-02' },
  note: null,
  periodKind: 'year',
  periodLabel: 'full year',
  months: [1, 12],
  kpPart: null,
  source: { file: 'reported_figures.csv', row: 2 },
  ...over,
});

/** An article's count, in the published-figures shape, citing the article by id. */
const articleFigure: ArticleFigure = {
  id: 'c',
  org: 'x-article',
  series: 'Its title',
  scope: 'attacks',
  year: 2023,
  period: 'full year',
  provinceAsReported: 'Khyber Pakhtunkhwa',
  iso: 'PK-KP',
  attacks: 900,
  killed: null,
  injured: null,
  citation: { sourceId: 'A3' },
  claimId: 'a3-900',
  note: 'as the article gives it',
};

describe('published figure rows', () => {
  const figures = [
    figure({ id: 'a', year: 2022 }),
    figure({
      id: 'b',
      org: 'crss',
      moreThan: ['attacks'],
      citation: { url: 'javascript:alert(1)', outlet: '', date: null },
    }),
    articleFigure,
    figure({ id: 'd', iso: 'PK-BA', provinces: ['PK-BA'] }),
    figure({ id: 'e', year: 2021, iso: null, provinces: ['PK-KP', 'PK-BA'] }),
  ];
  const safeHref = (url: string | undefined) => (url?.startsWith('https://') ? url : null);
  const rows = publishedFigureRows(figures, 'PK-KP', new Map([['A3', 'An article']]), safeHref, [
    { id: 'pips', name: 'Pak Institute for Peace Studies (PIPS)' },
    { id: 'crss', name: 'Center for Research and Security Studies (CRSS)' },
  ]);

  it('lists the province’s figures and those shared with other provinces, newest first', () => {
    expect(rows.map((r) => r.id)).toEqual(['b', 'c', 'a', 'e']);
  });

  it('writes "more than", missing numbers, cited articles and only safe links', () => {
    const [crss, article, pips] = rows;
    expect(crss).toMatchObject({ org: 'CRSS', attacks: '>1,200', killed: '–', href: null, outlet: '' });
    expect(article).toMatchObject({ series: 'An article', outlet: 'cited article' });
    expect(pips).toMatchObject({ year: '2022', href: 'https://example.org/r', outlet: 'Dawn, 2024-01-02' });
  });
});
