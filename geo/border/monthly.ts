/**
 * PICSS's monthly figures for Pakistan as a whole, 2025–26, read from
 * `attacks/reported_figures_province_2025_2026.csv` for the Durand Line panel's chart.
 * Each row keeps its own `metric_scope`: PICSS counts militant attacks in most months but reports
 * combat-related deaths (militants included) in others, and the two are never one series.
 */
import { PipelineError } from '../pipeline.ts';
import { FIGURE_COLUMNS } from '../attacks/figures.ts';
import { cell, parseCsv, parseInteger, requireText, type CsvRecord } from '../attacks/csv.ts';
import type { MonthlyFigure } from './types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mar` in 2025 -> `2025-03`; `2025-03` as is; anything else (full year, H1, Q2, Jan-Nov) is not a month. */
export function monthOf(year: number, period: string): string | null {
  const index = MONTHS.indexOf(period);
  if (index >= 0) return `${year}-${String(index + 1).padStart(2, '0')}`;
  const match = period.match(/^(\d{4})-(0[1-9]|1[0-2])$/);
  if (match && Number(match[1]) === year) return period;
  return null;
}

function count(file: string, record: CsvRecord, column: string): number | null {
  const raw = cell(record, column).trim();
  if (raw === '') return null;
  const value = parseInteger(file, record, column);
  if (value < 0) throw new PipelineError(file, `negative count ${value}`, { row: record.row, field: column });
  return value;
}

const optional = (record: CsvRecord, column: string): string | null => cell(record, column).trim() || null;

export function parseMonthlyFigures(text: string, file: string, organisation = 'PICSS'): MonthlyFigure[] {
  const table = parseCsv(text, file, { required: FIGURE_COLUMNS });
  const figures: MonthlyFigure[] = [];
  for (const record of table.records) {
    if (cell(record, 'source_org').trim() !== organisation) continue;
    if (cell(record, 'iso_current').trim() !== 'PK') continue;
    const year = parseInteger(file, record, 'year');
    const month = monthOf(year, requireText(file, record, 'period'));
    if (month === null) continue;
    const url = requireText(file, record, 'citation_url');
    if (!/^https?:\/\/\S+$/.test(url))
      throw new PipelineError(file, `expected an http(s) address, found "${url}"`, {
        row: record.row,
        field: 'citation_url',
      });
    const figure: MonthlyFigure = {
      month,
      sourceOrg: organisation,
      metricScope: requireText(file, record, 'metric_scope'),
      attacks: count(file, record, 'attacks_or_incidents'),
      killed: count(file, record, 'killed'),
      injured: count(file, record, 'injured'),
      breakdown: optional(record, 'other_breakdown'),
      citationUrl: url,
      citationOutlet: requireText(file, record, 'citation_outlet'),
      citationDate: requireText(file, record, 'citation_date'),
      note: optional(record, 'note'),
    };
    if (figure.attacks === null && figure.killed === null && figure.injured === null)
      throw new PipelineError(file, 'a monthly row with no figure', {
        row: record.row,
        field: 'attacks_or_incidents',
      });
    figures.push(figure);
  }
  return figures.sort((a, b) => a.month.localeCompare(b.month));
}
