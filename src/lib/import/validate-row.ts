/**
 * Header and row checks for a user's UCDP-format file. Columns are found by header name, so a GED
 * release with more or reordered columns reads unchanged. Unlike the build, a bad row does not stop
 * the import: every problem in it is listed and the row is skipped.
 */
import type { ImportError } from './types.ts';

export const REQUIRED_COLUMNS = [
  'id',
  'year',
  'type_of_violence',
  'side_a',
  'side_b',
  'dyad_name',
  'where_prec',
  'latitude',
  'longitude',
  'best',
  'date_start',
] as const;

export const OPTIONAL_COLUMNS = [
  'low',
  'high',
  'date_prec',
  'date_end',
  'source_headline',
  'where_description',
] as const;

export type RequiredColumn = (typeof REQUIRED_COLUMNS)[number];
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
export type ImportColumn = RequiredColumn | OptionalColumn;

/** Position of each known column in a row's cells; -1 when the file lacks an optional one. */
export type ColumnIndex = Readonly<Record<ImportColumn, number>>;

/** Longer cells are cut here: a hostile or broken file must not hold the page's memory hostage. */
export const FIELD_MAX_CHARS = 2000;
/** How much of an offending cell an error quotes. */
export const ERROR_VALUE_MAX_CHARS = 200;
/** The event store keeps ids in an Int32Array. */
const MAX_ID = 2 ** 31 - 1;
/**
 * Deaths in one event: the deadliest single events UCDP records are in the hundreds of thousands;
 * anything beyond this is a typo or a unit error, not a count.
 */
export const MAX_DEATHS = 1_000_000;

function bound(value: number): string {
  return Math.abs(value) >= 10_000 ? value.toLocaleString('en') : String(value);
}

export interface HeaderCheck {
  /** null when a required column is missing or one of ours appears twice */
  columns: ColumnIndex | null;
  /** the header as cleaned (trimmed, BOM removed, lower case) */
  names: string[];
  problems: ImportError[];
}

/** Header cells as compared: byte-order mark removed, trimmed, lower case. */
export function cleanHeader(cells: readonly string[]): string[] {
  return cells.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim().toLowerCase());
}

export function readHeader(cells: readonly string[]): HeaderCheck {
  const names = cleanHeader(cells);
  const problems: ImportError[] = [];
  const index: Partial<Record<ImportColumn, number>> = {};
  for (const column of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) {
    const first = names.indexOf(column);
    if (first >= 0 && names.indexOf(column, first + 1) >= 0) {
      problems.push({ row: 1, field: column, message: `column "${column}" appears more than once` });
    }
    index[column] = first;
  }
  for (const column of REQUIRED_COLUMNS) {
    if (index[column] === -1) problems.push({ row: 1, field: column, message: `missing column "${column}"` });
  }
  return { columns: problems.length === 0 ? (index as ColumnIndex) : null, names, problems };
}

/** An HXL hashtag row (`#date+year`, `#geo+lat`, ...) as HDX extracts carry below the header. */
export function isHxlRow(cells: readonly string[]): boolean {
  let filled = 0;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    if (!text.startsWith('#')) return false;
    filled++;
  }
  return filled > 0;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export interface ValidRow {
  id: number;
  year: number;
  typeOfViolence: number;
  dyad: string;
  sideA: string;
  sideB: string;
  wherePrec: number;
  datePrec: number;
  /** date_start, YYYY-MM-DD */
  date: string;
  /** date_end, YYYY-MM-DD, or '' */
  dateEnd: string;
  lon: number;
  lat: number;
  best: number;
  low: number;
  high: number;
  headline: string;
  where: string;
  /** ACLED rows: the rule of ACLED_RULES (acled.ts) that classes the row */
  rule?: number;
}

export interface RowCheck {
  /** null when the row has any error */
  valid: ValidRow | null;
  errors: ImportError[];
  /** cells cut to FIELD_MAX_CHARS; the row is kept */
  warnings: ImportError[];
}

// "12.0": files that passed through a spreadsheet or pandas often write whole numbers this way
const INTEGER = /^[-+]?\d+(?:\.0*)?$/;
// plain decimals only: Number() would also take "0x1f", "Infinity" and " "
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/;

function quote(value: string): string {
  return value.length > ERROR_VALUE_MAX_CHARS ? `${value.slice(0, ERROR_VALUE_MAX_CHARS)}…` : value;
}

/** YYYY-MM-DD of a real calendar day, or null. */
export function parseDay(raw: string): string | null {
  const match = DATE.exec(raw.trim());
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${y}-${m}-${d}`;
}

/** Reads one row's cells by column name, collecting every problem rather than stopping at the first. */
export class RowReader<C extends string = ImportColumn> {
  readonly errors: ImportError[] = [];
  readonly warnings: ImportError[] = [];

  constructor(
    private readonly cells: readonly string[],
    private readonly columns: Readonly<Record<C, number>>,
    private readonly row: number,
  ) {}

  raw(column: C): string | undefined {
    const at = this.columns[column];
    return at < 0 ? undefined : (this.cells[at] ?? '');
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  fail(column: string, message: string, value?: string): void {
    this.errors.push({
      row: this.row,
      field: column,
      message,
      ...(value !== undefined ? { value: quote(value) } : {}),
    });
  }

  text(column: C): string {
    const value = (this.raw(column) ?? '').trim();
    if (value.length <= FIELD_MAX_CHARS) return value;
    this.warnings.push({
      row: this.row,
      field: column,
      message: `cut to ${FIELD_MAX_CHARS} of its ${value.length} characters`,
      value: quote(value),
    });
    return value.slice(0, FIELD_MAX_CHARS);
  }

  /** An integer in [min, max]; `fallback` when the column is optional and the cell absent or empty. */
  integer(column: C, min: number, max: number, fallback?: number): number {
    const raw = (this.raw(column) ?? '').trim();
    if (raw === '' && fallback !== undefined) return fallback;
    if (!INTEGER.test(raw)) {
      // the bounds are written only for a failing cell: formatting numbers costs more than checking them
      const range = `from ${bound(min)} to ${bound(max)}`;
      this.fail(column, raw === '' ? 'value is empty' : `expected a whole number ${range}`, raw);
      return NaN;
    }
    const value = Number(raw);
    if (value < min || value > max) {
      this.fail(column, `expected ${bound(min)}-${bound(max)}`, raw);
      return NaN;
    }
    return value;
  }

  decimal(column: C, min: number, max: number, outOfRange: string): number {
    const raw = (this.raw(column) ?? '').trim();
    if (!DECIMAL.test(raw)) {
      this.fail(column, raw === '' ? 'value is empty' : 'expected a number', raw);
      return NaN;
    }
    const value = Number(raw);
    if (value < min || value > max) {
      this.fail(column, outOfRange, raw);
      return NaN;
    }
    return value;
  }

  day(column: C, required: boolean): string {
    const raw = (this.raw(column) ?? '').trim();
    if (raw === '' && !required) return '';
    const day = parseDay(raw);
    if (day === null) this.fail(column, raw === '' ? 'value is empty' : 'expected a date YYYY-MM-DD', raw);
    return day ?? '';
  }
}

/**
 * Checks one data row. `row` is the number errors are reported under. Every problem is listed, not
 * just the first, so a user can fix a column in one pass.
 */
export function validateRow(
  cells: readonly string[],
  columns: ColumnIndex,
  expectedCells: number,
  row: number,
): RowCheck {
  const r = new RowReader(cells, columns, row);
  if (cells.length !== expectedCells) {
    // a cell count that differs from the header's shifts every later column: nothing can be trusted
    r.fail(
      '(row)',
      `expected ${expectedCells} cells as in the header, found ${cells.length} (an unquoted comma?)`,
    );
    return { valid: null, errors: r.errors, warnings: r.warnings };
  }
  const id = r.integer('id', 0, MAX_ID);
  const year = r.integer('year', 1946, 2100);
  const typeOfViolence = r.integer('type_of_violence', 1, 3);
  const wherePrec = r.integer('where_prec', 1, 7);
  const datePrec = r.integer('date_prec', 1, 5, 1);
  const lat = r.decimal('latitude', -90, 90, 'coordinates out of range: latitude must be -90 to 90');
  const lon = r.decimal('longitude', -180, 180, 'coordinates out of range: longitude must be -180 to 180');
  const best = r.integer('best', 0, MAX_DEATHS);
  const low = r.integer('low', 0, MAX_DEATHS, best);
  const high = r.integer('high', 0, MAX_DEATHS, best);
  const date = r.day('date_start', true);
  const dateEnd = r.day('date_end', false);
  if (date !== '' && Number.isFinite(year) && Number(date.slice(0, 4)) !== year) {
    r.fail('year', `year ${year} does not match date_start ${date}`, String(year));
  }
  const sideA = r.text('side_a');
  const sideB = r.text('side_b');
  // UCDP's dyad name is "side_a - side_b"; rebuilt from the sides when a file leaves it empty
  const dyad = r.text('dyad_name') || (sideA && sideB ? `${sideA} - ${sideB}` : '');
  const headline = r.text('source_headline');
  const where = r.text('where_description');
  if (r.errors.length > 0) return { valid: null, errors: r.errors, warnings: r.warnings };
  return {
    valid: {
      id,
      year,
      typeOfViolence,
      dyad,
      sideA,
      sideB,
      wherePrec,
      datePrec,
      date,
      dateEnd,
      lon,
      lat,
      best,
      low,
      high,
      headline,
      where,
    },
    errors: r.errors,
    warnings: r.warnings,
  };
}
