import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, kpPartOf, parsePublishedFigureFiles, parsePublishedFigures } from './figures.ts';

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
        { iso_current: 'PK-KP', province_as_reported: 'KP' },
        { iso_current: 'PK-KP', province_as_reported: 'KP' },
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
    [{ period: 'winter' }, 'period'],
    [{ iso_current: 'PK-KP', province_as_reported: 'Hazara division' }, 'province_as_reported'],
  ] as [Row, string][])('fails on %j naming row 3 and field %s', (bad, field) => {
    expect(() => parsePublishedFigures(figuresCsv([{}, bad]), 'figures.csv')).toThrow(
      `figures.csv (row 3, field "${field}")`,
    );
  });

  it('keeps a sub-year figure with its period, never as a year', () => {
    const figures = parsePublishedFigures(
      figuresCsv([{ period: 'Mar' }, { period: 'Q2' }, { period: 'Jan-Jun' }, { period: 'Jan-Nov' }, {}]),
      'f.csv',
    ).figures;
    expect(figures.map((f) => [f.periodKind, f.periodLabel, f.months])).toEqual([
      ['month', 'March', [3, 3]],
      ['quarter', 'Q2', [4, 6]],
      ['half', 'January–June', [1, 6]],
      ['part-year', 'January–November', [1, 11]],
      ['year', 'full year', [1, 12]],
    ]);
  });

  it('tells the tribal districts (ex-FATA) from the settled districts and all of KP', () => {
    expect(kpPartOf('tribal districts (ex-FATA)')).toBe('tribal');
    expect(kpPartOf('ex-FATA / tribal districts (merged into KP)')).toBe('tribal');
    expect(kpPartOf('FATA')).toBe('tribal');
    expect(kpPartOf('Khyber Pakhtunkhwa (settled districts)')).toBe('settled');
    expect(kpPartOf('Khyber Pakhtunkhwa (mainland)')).toBe('settled');
    expect(kpPartOf('Khyber Pakhtunkhwa (incl. tribal districts)')).toBe('whole');
    expect(kpPartOf('Khyber Pakhtunkhwa incl. merged districts')).toBe('whole');
    expect(kpPartOf('Khyber-Pakhtunkhwa')).toBe('whole');
    // a report that gives FATA apart means the rest of the province by its plain "KP" row
    const figures = parsePublishedFigures(
      figuresCsv([
        { iso_current: 'PK-KP', province_as_reported: 'FATA', attacks_or_incidents: '149' },
        { iso_current: 'PK-KP', province_as_reported: 'KP', attacks_or_incidents: '160' },
      ]),
      'f.csv',
    ).figures;
    expect(figures.map((f) => f.kpPart)).toEqual(['tribal', 'settled']);
  });

  it('reads several files into one set with ids unique across them and each row traced', () => {
    const result = parsePublishedFigureFiles([
      { text: figuresCsv([{}]), file: 'raw/a.csv' },
      { text: figuresCsv([{}, { source_org: 'ISPR (Pakistan Army)' }]), file: 'raw/b.csv' },
    ]);
    expect(result.figures.map((f) => [f.id, f.source.file, f.source.row])).toEqual([
      ['pips-2024-pk-full-year', 'a.csv', 2],
      ['pips-2024-pk-full-year-2', 'b.csv', 2],
      ['ispr-pakistan-army-2024-pk-full-year', 'b.csv', 3],
    ]);
    expect(result.organisations.map((o) => o.id)).toEqual(['pips', 'ispr-pakistan-army']);
  });
});
