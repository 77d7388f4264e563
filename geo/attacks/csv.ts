/**
 * CSV reading for the violence inputs: columns are looked up by header name (never by position)
 * so a newer release with extra or reordered columns reads unchanged.
 */
import Papa from 'papaparse';
import { PipelineError } from '../pipeline.ts';

export interface CsvRecord {
  /** spreadsheet row number: the header is row 1, so the first data record is row 2 */
  row: number;
  values: Readonly<Record<string, string>>;
}

export interface CsvOptions {
  /** columns that must be present; any missing one fails naming it */
  required: readonly string[];
  /** drop an HXL hashtag row (`#date+year`, `#geo+lat`, ...) directly below the header */
  dropHxlRow?: boolean;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** true when an HXL tag row was found and dropped */
  droppedHxlRow: boolean;
}

function isHxlRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => c.startsWith('#'));
}

export function parseCsv(text: string, file: string, options: CsvOptions): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: 'greedy',
  });
  const firstError = parsed.errors[0];
  if (firstError) {
    throw new PipelineError(file, `CSV syntax error: ${firstError.message}`, {
      row: firstError.row !== undefined ? firstError.row + 1 : undefined,
    });
  }
  const [headerCells, ...body] = parsed.data;
  if (!headerCells) throw new PipelineError(file, 'empty CSV (no header row)');
  const header = headerCells.map((h) => h.trim());
  for (const column of options.required) {
    if (!header.includes(column)) {
      throw new PipelineError(file, `missing column "${column}"`, { row: 1, field: column });
    }
  }
  let droppedHxlRow = false;
  const records: CsvRecord[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (index === 0 && options.dropHxlRow && isHxlRow(cells)) {
      droppedHxlRow = true;
      return;
    }
    if (cells.length !== header.length) {
      throw new PipelineError(file, `expected ${header.length} cells, found ${cells.length}`, { row });
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = cells[i] ?? '';
    });
    records.push({ row, values });
  });
  return { header, records, droppedHxlRow };
}

/** The value of a column the caller declared as required. */
export function cell(record: CsvRecord, column: string): string {
  return record.values[column] ?? '';
}

export function requireText(file: string, record: CsvRecord, column: string): string {
  const value = cell(record, column).trim();
  if (value === '') throw new PipelineError(file, 'value is empty', { row: record.row, field: column });
  return value;
}

export function parseInteger(file: string, record: CsvRecord, column: string): number {
  const raw = cell(record, column).trim();
  if (!/^-?\d+$/.test(raw)) {
    throw new PipelineError(file, `expected an integer, found "${raw}"`, { row: record.row, field: column });
  }
  return Number(raw);
}

export function parseDecimal(file: string, record: CsvRecord, column: string): number {
  const raw = cell(record, column).trim();
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) {
    throw new PipelineError(file, `expected a number, found "${raw}"`, { row: record.row, field: column });
  }
  return value;
}
