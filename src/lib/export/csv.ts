/**
 * The areas table as CSV: comment lines naming the view, its sources and its link, then one row per area.
 * papaparse writes the cells; every cell that a spreadsheet would run as a formula is kept as text, on
 * every line, the comment lines included.
 */
import Papa from 'papaparse';

export interface CsvMeta {
  title: string;
  view: string;
  sources: string[];
  url: string;
}

/**
 * A cell starting with = + - @, a tab or a line break is run as a formula by spreadsheets (OWASP's list,
 * plus LF); papaparse then writes it with a leading apostrophe. Its own default misses such a cell when
 * it spans lines.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export type CsvCell = string | number | null;

/** Comment text stays on one line, so readers that skip `#` lines skip all of it. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

/**
 * Comment lines start with a `#` cell that names what follows, and the text sits in the next cell: text
 * with a comma is quoted as one cell there and never spills into cells of its own.
 */
export function toCsv(meta: CsvMeta, cells: CsvCell[][]): string {
  const comments: CsvCell[][] = [
    [`# ${oneLine(meta.title)}`],
    ['# Shows', oneLine(meta.view)],
    ...meta.sources.map((source) => ['# Source', oneLine(source)]),
    ['# View', oneLine(meta.url)],
  ];
  return Papa.unparse([...comments, ...cells], { escapeFormulae: FORMULA_START, newline: '\r\n' }) + '\r\n';
}
