import { describe, expect, it } from 'vitest';
import type { PublishedFigure } from '../data/published';
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
  citation: { url: 'https://example.org/r', outlet: 'Dawn', date: '2024-01-02' },
  ...over,
});

describe('published figure rows', () => {
  const figures = [
    figure({ id: 'a', year: 2022 }),
    figure({ id: 'b', org: 'crss', moreThan: ['attacks'], citation: { url: 'javascript:alert(1)' } }),
    figure({ id: 'c', iso: null, provinces: ['PK-KP', 'PK-BA'], citation: { sourceId: 'A3' } }),
    figure({ id: 'd', iso: 'PK-BA', provinces: ['PK-BA'] }),
  ];
  const safeHref = (url: string | undefined) => (url?.startsWith('https://') ? url : null);
  const rows = publishedFigureRows(figures, 'PK-KP', new Map([['A3', 'An article']]), safeHref, [
    { id: 'pips', name: 'Pak Institute for Peace Studies (PIPS)' },
    { id: 'crss', name: 'Center for Research and Security Studies (CRSS)' },
  ]);

  it('lists the province’s figures and those shared with other provinces, newest first', () => {
    expect(rows.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('writes "more than", missing numbers, cited articles and only safe links', () => {
    const [crss, article, pips] = rows;
    expect(crss).toMatchObject({ org: 'CRSS', attacks: '>1,200', killed: '–', href: null, outlet: '' });
    expect(article).toMatchObject({ series: 'An article', outlet: 'cited article' });
    expect(pips).toMatchObject({ year: '2022', href: 'https://example.org/r', outlet: 'Dawn, 2024-01-02' });
  });
});
