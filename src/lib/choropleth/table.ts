/**
 * The areas table, built once from the view for the screen and the CSV alike: its columns, and per area
 * the raw values (for the CSV and sorting) beside the text the screen shows.
 */
import { layerPeriod } from '../recent/district-view';
import { unitWords } from '../recent/labels';
import type { Organisation } from '../data/published';
import { formatCount, formatRate, formatValue } from './format';
import { unitsLabel } from './legend';
import { deathsHeading } from './deaths';
import type { SortKey } from './table-sort';
import type { View } from './view';

export type AreaColumnKey =
  'id' | 'name' | 'province' | 'countBefore' | 'count' | 'before' | 'after' | 'value' | 'rank';

export interface AreaRow {
  id: string;
  name: string;
  /** the district's province name; empty at province level */
  province: string;
  colour: string;
  count: number | null;
  countBefore: number | null;
  before: number | null;
  after: number | null;
  value: number | null;
  tooFew: boolean;
  rank: number | null;
}

export interface AreaColumn {
  key: AreaColumnKey;
  /** the screen's heading, or null where the screen leaves the column out */
  label: string | null;
  /** the CSV's column name */
  csv: string;
  /** the key the screen sorts this column by, if it sorts */
  sort: SortKey | null;
  numeric: boolean;
  /** the cell in the CSV: a number or plain text, null for empty */
  raw(row: AreaRow): string | number | null;
  /** the cell on the screen */
  text(row: AreaRow): string;
}

export interface AreaTable {
  title: string;
  columns: AreaColumn[];
  rows: AreaRow[];
}

/** The table of every area in the view; `provinceName` names a district's province. */
export function areaTable(
  view: View,
  provinceName: (districtId: string) => string,
  /** who published the series, so a published table names them */
  organisations: readonly Organisation[] = [],
): AreaTable {
  const district = view.level === 'district';
  const change = view.compareYears !== null;
  const showRate = view.rate !== 'count';
  const per = formatValue(view.rate, change);
  const dash = (v: number | null, format = per) => (v === null ? '–' : format(v));
  const rated = (r: AreaRow, signed: boolean) =>
    r.value === null
      ? 'no data'
      : r.tooFew
        ? 'too few'
        : signed
          ? `${r.value > 0 ? '+' : ''}${per(r.value)}`
          : formatRate(r.value);
  const column = (
    key: AreaColumnKey,
    label: string | null,
    csv: string,
    raw: AreaColumn['raw'],
    text: AreaColumn['text'] = (r) => String(raw(r) ?? ''),
    sort: SortKey | null = null,
    numeric = true,
  ): AreaColumn => ({ key, label, csv, sort, numeric, raw, text });
  const rows: AreaRow[] = (view.choropleth?.units ?? []).map((u) => ({
    id: u.id,
    name: u.name,
    province: district ? provinceName(u.id) : '',
    colour: u.colour,
    count: u.count,
    countBefore: u.countBefore ?? null,
    before: u.before ?? null,
    after: u.after ?? null,
    value: u.value,
    tooFew: u.tooFew,
    rank: u.rank,
  }));
  const count = column(
    'count',
    view.metric === 'deaths' ? (view.mode === 'events' ? deathsHeading(view.deaths) : 'Deaths') : 'Count',
    'count',
    (r) => r.count,
    (r) => dash(r.count, formatCount),
    'count',
  );
  const columns: AreaColumn[] = [
    column('id', null, 'id', (r) => r.id, undefined, null, false),
    column('name', 'Name', 'name', (r) => r.name, undefined, 'name', false),
    ...(district
      ? [column('province', 'Province', 'province', (r) => r.province, undefined, 'province', false)]
      : []),
    ...(change
      ? [
          column('countBefore', null, 'count_baseline', (r) => r.countBefore),
          count,
          column(
            'before',
            'Per yr before',
            'per_year_baseline',
            (r) => r.before,
            (r) => dash(r.before),
          ),
          column(
            'after',
            'Per yr now',
            'per_year',
            (r) => r.after,
            (r) => dash(r.after),
          ),
          column(
            'value',
            'Change',
            'change_per_year',
            (r) => (r.tooFew ? null : r.value),
            (r) => rated(r, true),
            'value',
          ),
        ]
      : [
          count,
          column(
            'value',
            showRate ? 'Rate' : null,
            'rate',
            (r) => (!showRate || r.tooFew ? null : r.value),
            (r) => rated(r, false),
            'value',
          ),
        ]),
    column(
      'rank',
      'Rank',
      'rank',
      (r) => r.rank,
      (r) => dash(r.rank, String),
      'rank',
    ),
  ];
  // Published figures are named by what their organisation counts, never as UCDP's measure.
  const rate =
    view.rate === 'per100k' ? ' per 100,000 people' : view.rate === 'per1000km2' ? ' per 1,000 km²' : '';
  const what = view.districtLayer
    ? `${view.districtLayer.what}${rate} (${layerPeriod(view.districtLayer)})`
    : view.mode === 'published' && view.series
      ? unitWords(view.series, view.metric === 'deaths' ? 'killed' : 'attacks', organisations).replace(
          ' as counted',
          `${rate} as counted`,
        )
      : unitsLabel(view.metric, view.rate, view.deaths, view.userEvents);
  const title = `${district ? 'Districts' : 'Provinces'}: ${what}`;
  return { title, columns, rows };
}

/** The table as CSV cells: the header row, then one row per area, in the table's order. */
export function areaTableCells(table: AreaTable): (string | number | null)[][] {
  return [table.columns.map((c) => c.csv), ...table.rows.map((row) => table.columns.map((c) => c.raw(row)))];
}
