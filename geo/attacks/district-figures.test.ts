import { describe, expect, it } from 'vitest';
import { DISTRICT_FIGURE_COLUMNS, parseDistrictFigures, type DistrictRef } from './district-figures.ts';

type Row = Partial<Record<(typeof DISTRICT_FIGURE_COLUMNS)[number], string>>;

const BASE: Record<(typeof DISTRICT_FIGURE_COLUMNS)[number], string> = {
  source_org: 'KP Police CTD',
  source_series: 'annual report 2025',
  metric_scope: 'terror incidents (official KP CTD); killed/injured = civilians only',
  year: '2025',
  period: 'full year',
  district: 'North Waziristan',
  province_iso: 'PK-KP',
  attacks_or_incidents: '181',
  killed: '38',
  injured: '182',
  citation_url: 'https://example.org/ctd',
  citation_outlet: 'Metro Morning',
  citation_date: '2026-01',
  note: '',
};

const DISTRICTS: DistrictRef[] = [
  { id: 'north-waziristan', name: 'North Waziristan', province: 'PK-KP' },
  { id: 'kachhi-bolan', name: 'Kachhi (Bolan)', province: 'PK-BA' },
  { id: 'south-waziristan', name: 'South Waziristan', province: 'PK-KP' },
];

function csv(rows: Row[]): string {
  const lines = [DISTRICT_FIGURE_COLUMNS.join(',')];
  for (const row of rows)
    lines.push(DISTRICT_FIGURE_COLUMNS.map((c) => JSON.stringify({ ...BASE, ...row }[c])).join(','));
  return lines.join('\n');
}

describe('parseDistrictFigures', () => {
  it('keeps each count with what its scope says it measures, its period, citation and input row', () => {
    const { figures, organisations } = parseDistrictFigures(csv([{}]), 'raw/d.csv', DISTRICTS);
    expect(figures[0]).toMatchObject({
      id: 'kp-police-ctd-2025-full-year-north-waziristan',
      org: 'kp-police-ctd',
      district: 'north-waziristan',
      areaAsReported: null,
      years: [2025],
      periodKind: 'year',
      incidents: 181,
      killed: 38,
      injured: 182,
      meaning: { incidents: 'terror incidents', killed: 'civilians killed', injured: 'civilians injured' },
      citation: { url: 'https://example.org/ctd', outlet: 'Metro Morning', date: '2026-01' },
      source: { file: 'd.csv', row: 2 },
    });
    expect(organisations.map((o) => o.id)).toEqual(['kp-police-ctd']);
  });

  it('joins the respelled names and keeps a region without a district as reported', () => {
    const { figures } = parseDistrictFigures(
      csv([
        { district: 'Upper South Waziristan' },
        { district: 'Kachhi', province_iso: 'PK-BA' },
        {
          district: '',
          metric_scope: 'terror incidents (official KP CTD); police region, not a single district',
          killed: '',
          injured: '',
          note: 'Bannu division/region as reported (multi-district police region)',
        },
        {
          district: '',
          metric_scope: 'terror incidents (official KP police)',
          killed: '',
          injured: '',
          note: "reported as 'Dir' (Upper Dir or Lower Dir not specified)",
        },
      ]),
      'd.csv',
      DISTRICTS,
    );
    expect(figures.map((f) => f.district)).toEqual(['south-waziristan', 'kachhi-bolan', null, null]);
    expect(figures.map((f) => f.areaAsReported)).toEqual([null, null, 'Bannu division/region', 'Dir']);
  });

  it('reads a 12-month window across two years as both years, never one', () => {
    const [figure] = parseDistrictFigures(
      csv([
        {
          year: '2022-2023',
          period: '2022-06-18 to 2023-06-18',
          metric_scope: 'terrorist incidents (official KP police)',
          killed: '',
          injured: '',
        },
      ]),
      'd.csv',
      DISTRICTS,
    ).figures;
    expect(figure).toMatchObject({ years: [2022, 2023], periodKind: 'window' });
  });

  it.each([
    [{ district: 'Atlantis' }, 'district'],
    [{ district: 'Kachhi (Bolan)' }, 'province_iso'],
    [{ district: '' }, 'district'],
    [{ metric_scope: 'all sorts of things' }, 'metric_scope'],
    [{ metric_scope: 'terror incidents (official KP CTD)' }, 'killed'],
    [{ year: '2025-2026' }, 'year'],
    [{ period: 'winter' }, 'period'],
    [{ attacks_or_incidents: 'about 80' }, 'attacks_or_incidents'],
    [{ source_org: 'Somebody' }, 'source_org'],
    [{ citation_url: 'n/a' }, 'citation_url'],
  ] as [Row, string][])('fails on %j naming row 3 and field %s', (bad, field) => {
    expect(() => parseDistrictFigures(csv([{}, bad]), 'd.csv', DISTRICTS)).toThrow(
      `d.csv (row 3, field "${field}")`,
    );
  });
});
