import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, parsePublishedFigures } from './figures.ts';

type Row = Partial<Record<(typeof FIGURE_COLUMNS)[number], string>>;

const BASE: Record<(typeof FIGURE_COLUMNS)[number], string> = {
  source_org: 'PIPS',
  source_series: 'Pakistan Security Report 2024',
  metric_scope: 'terrorist attacks (excl. security-force operations)',
  year: '2024',
  period: 'full year',
  province_as_reported: 'Pakistan (national)',
  province_current: 'Pakistan',
  iso_current: 'PK',
  attacks_or_incidents: '521',
  killed: '852',
  injured: '1092',
  other_breakdown: '',
  citation_url: 'https://example.org/report',
  citation_outlet: 'The News',
  citation_date: '2025-01',
  note: '',
};

function figuresCsv(rows: Row[]): string {
  const lines = [FIGURE_COLUMNS.join(',')];
  for (const row of rows)
    lines.push(FIGURE_COLUMNS.map((c) => JSON.stringify({ ...BASE, ...row }[c])).join(','));
  return lines.join('\n');
}

describe('parsePublishedFigures', () => {
  it('keeps each figure with its citation and describes the organisations used', () => {
    const result = parsePublishedFigures(
      figuresCsv([{}, { iso_current: 'PK-KP', province_as_reported: 'KP' }]),
      'f.csv',
    );
    expect(result.figures[0]).toMatchObject({
      id: 'pips-2024-pk-full-year',
      org: 'pips',
      iso: 'PK',
      provinces: ['PK'],
      attacks: 521,
      killed: 852,
      injured: 1092,
      moreThan: [],
      breakdown: null,
      note: null,
      citation: { url: 'https://example.org/report', outlet: 'The News', date: '2025-01' },
    });
    expect(result.organisations.map((o) => o.id)).toEqual(['pips']);
    expect(result.organisations[0]?.counts).toMatch(/attacks/i);
  });

  it('suffixes colliding ids in file order', () => {
    const result = parsePublishedFigures(
      figuresCsv([
        { iso_current: 'PK-KP', province_as_reported: 'FATA' },
        { iso_current: 'PK-KP' },
        { iso_current: 'PK-KP' },
      ]),
      'f.csv',
    );
    expect(result.figures.map((f) => f.id)).toEqual([
      'pips-2024-pk-kp-full-year',
      'pips-2024-pk-kp-full-year-2',
      'pips-2024-pk-kp-full-year-3',
    ]);
  });

  it('reads empty numbers as null and ">N" as N flagged as a lower bound', () => {
    const [figure] = parsePublishedFigures(
      figuresCsv([{ attacks_or_incidents: '>800', killed: '', injured: '1,200' }]),
      'f.csv',
    ).figures;
    expect(figure).toMatchObject({ attacks: 800, killed: null, injured: 1200, moreThan: ['attacks'] });
  });

  it('accepts a declared multi-province scope without an ISO code', () => {
    const [figure] = parsePublishedFigures(
      figuresCsv([{ iso_current: '', province_as_reported: 'KP + Balochistan combined', period: 'Jan-Sep' }]),
      'f.csv',
    ).figures;
    expect(figure).toMatchObject({ iso: null, provinces: ['PK-KP', 'PK-BA'], id: 'pips-2024-jan-sep' });
  });

  it.each([
    [{ citation_url: '' }, 'citation_url'],
    [{ citation_url: 'see the report' }, 'citation_url'],
    [{ citation_outlet: ' ' }, 'citation_outlet'],
    [{ killed: 'about 800' }, 'killed'],
    [{ attacks_or_incidents: '12.5' }, 'attacks_or_incidents'],
    [{ iso_current: 'PK-XX' }, 'iso_current'],
    [{ iso_current: '' }, 'iso_current'],
    [{ source_org: 'Unknown Institute' }, 'source_org'],
    [{ year: '24' }, 'year'],
  ] as [Row, string][])('fails on %j naming row 3 and field %s', (bad, field) => {
    expect(() => parsePublishedFigures(figuresCsv([{}, bad]), 'figures.csv')).toThrow(
      `figures.csv (row 3, field "${field}")`,
    );
  });
});
