/**
 * Ids of the rows of the published-figures table, computed the way the attacks stage names them,
 * so that disagreements can point at a published figure without depending on that stage's output.
 */
import Papa from 'papaparse';
import { slugify } from '../ids.ts';
import { PipelineError } from '../pipeline.ts';

const ID_COLUMNS = ['source_org', 'year', 'iso_current', 'period'] as const;

export type PublishedFigureRow = Record<(typeof ID_COLUMNS)[number], string> & Record<string, string>;

export function parsePublishedFigures(csv: string, file: string): PublishedFigureRow[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const firstError = parsed.errors[0];
  if (firstError) {
    // papaparse counts data rows from 0; +2 gives the line number with the header as line 1
    throw new PipelineError(file, `CSV parse error: ${firstError.message}`, {
      row: firstError.row === undefined ? undefined : firstError.row + 2,
    });
  }
  const columns = parsed.meta.fields ?? [];
  for (const column of ID_COLUMNS) {
    if (!columns.includes(column)) throw new PipelineError(file, 'missing column', { field: column });
  }
  parsed.data.forEach((row, index) => {
    for (const column of ['source_org', 'year', 'period'] as const) {
      if (!row[column]?.trim())
        throw new PipelineError(file, 'empty value', { row: index + 2, field: column });
    }
  });
  return parsed.data as PublishedFigureRow[];
}

/** slugify([source_org, year, iso_current, period]); repeats get -2, -3 ... in file order. */
export function publishedFigureIds(rows: readonly PublishedFigureRow[]): string[] {
  const taken = new Set<string>();
  return rows.map((row) => {
    const base = slugify(ID_COLUMNS.map((column) => row[column]).join(' '));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
