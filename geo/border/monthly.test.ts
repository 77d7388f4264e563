import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../attacks/figures.ts';
import { monthOf, parseMonthlyFigures } from './monthly.ts';

type Row = Partial<Record<(typeof FIGURE_COLUMNS)[number], string>>;
const BASE: Record<(typeof FIGURE_COLUMNS)[number], string> = {
  source_org: 'PICSS',
  source_series: 'monthly security assessment',
  metric_scope: 'militant attacks',
  year: '2025',
  period: 'Oct',
  province_as_reported: 'Pakistan (national)',
  province_current: 'Pakistan',
  iso_current: 'PK',
  attacks_or_incidents: '89',
  killed: '',
  injured: '',
  other_breakdown: '',
  citation_url: 'https://example.org/p',
  citation_outlet: 'Dawn',
  citation_date: '2025-11-01',
  note: '',
};
const csv = (...rows: Row[]) =>
  [
    FIGURE_COLUMNS.join(','),
    ...rows.map((r) => FIGURE_COLUMNS.map((c) => ({ ...BASE, ...r })[c]).join(',')),
  ].join('\n');

describe('monthOf', () => {
  it('reads month names and YYYY-MM, and nothing longer than a month', () => {
    expect(monthOf(2025, 'Mar')).toBe('2025-03');
    expect(monthOf(2026, '2026-02')).toBe('2026-02');
    expect(monthOf(2025, '2026-02')).toBeNull();
    for (const period of ['full year', 'H1', 'Q3', 'Jan-Nov', 'Jan-Jun'])
      expect(monthOf(2025, period)).toBeNull();
  });
});

describe('parseMonthlyFigures', () => {
  it('keeps the national monthly rows of one organisation with their scope and citation, in month order', () => {
    const figures = parseMonthlyFigures(
      csv(
        { period: 'Nov', attacks_or_incidents: '97' },
        {},
        { iso_current: 'PK-BA', period: 'Oct' },
        { source_org: 'CRSS', period: 'Q3' },
        { period: 'full year' },
        {
          year: '2026',
          period: 'Feb',
          attacks_or_incidents: '',
          killed: '470',
          metric_scope: 'combat-related deaths',
        },
      ),
      'f.csv',
    );
    expect(figures.map((f) => [f.month, f.attacks, f.killed, f.metricScope])).toEqual([
      ['2025-10', 89, null, 'militant attacks'],
      ['2025-11', 97, null, 'militant attacks'],
      ['2026-02', null, 470, 'combat-related deaths'],
    ]);
    expect(figures[0]).toMatchObject({ citationUrl: 'https://example.org/p', citationOutlet: 'Dawn' });
  });

  it('refuses a bad count or citation naming the row and field', () => {
    expect(() => parseMonthlyFigures(csv({ killed: 'many' }), 'f.csv')).toThrow(
      'f.csv (row 2, field "killed")',
    );
    expect(() => parseMonthlyFigures(csv({ citation_url: 'ftp://x' }), 'f.csv')).toThrow(
      'f.csv (row 2, field "citation_url")',
    );
    expect(() => parseMonthlyFigures(csv({ attacks_or_incidents: '' }), 'f.csv')).toThrow(
      'f.csv (row 2, field "attacks_or_incidents")',
    );
  });
});
