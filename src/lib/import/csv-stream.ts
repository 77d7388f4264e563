/**
 * Incremental CSV reading: text arrives in pieces of any size (a File's stream, a Node read stream),
 * complete records leave as arrays of cells. Papaparse's own parser does the quoting; a record cut
 * by a piece boundary is kept back and finished with the next piece, the way papaparse's streamers do.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';
export type Newline = '\n' | '\r\n' | '\r';

/**
 * A record still open after this many characters means a quote was never closed: stop rather than
 * re-parse an ever-growing tail (and hold the whole file in memory).
 */
export const MAX_RECORD_CHARS = 1_000_000;

export interface CsvSyntaxProblem {
  /** index of the record (0 = header) */
  record: number;
  message: string;
}

export class UnclosedQuoteError extends Error {
  constructor(readonly record: number) {
    super(
      `a quoted cell opened in this row is never closed (over ${MAX_RECORD_CHARS.toLocaleString('en')} characters)`,
    );
    this.name = 'UnclosedQuoteError';
  }
}

/** The delimiter the header line uses most, outside quotes: spreadsheets in many locales write ';'. */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** The line ending of the text, or null when it holds no complete line yet. */
export function detectNewline(text: string): Newline | null {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (lf < 0 && cr < 0) return null;
  if (lf >= 0 && (cr < 0 || lf < cr)) return '\n';
  // a lone '\r' at the very end may be the first half of '\r\n'
  if (cr === text.length - 1) return null;
  return text[cr + 1] === '\n' ? '\r\n' : '\r';
}

export type RecordSink = (cells: string[], record: number, problem: string | null) => void;

export class CsvRecordStream {
  private pending = '';
  private parser: Papa.Parser | null = null;
  private records = 0;
  private started = false;

  constructor(private readonly sink: RecordSink) {}

  /** Records completed so far (header included). */
  get recordCount(): number {
    return this.records;
  }

  push(text: string): void {
    if (!this.started) {
      text = text.replace(/^\uFEFF/, '');
      this.started = text.length > 0;
    }
    this.pending += text;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
  }

  private drain(final: boolean): void {
    if (this.pending === '') return;
    if (!this.parser) {
      const newline = detectNewline(this.pending);
      if (newline === null && !final) {
        if (this.pending.length > MAX_RECORD_CHARS) throw new UnclosedQuoteError(this.records);
        return;
      }
      const firstLine =
        newline === null ? this.pending : this.pending.slice(0, this.pending.indexOf(newline));
      this.parser = new Papa.Parser({ delimiter: detectDelimiter(firstLine), newline: newline ?? '\n' });
    }
    const results = this.parser.parse(this.pending, 0, !final) as Papa.ParseResult<string[]>;
    const problems = new Map<number, string>();
    for (const error of results.errors) {
      if (error.row !== undefined && !problems.has(error.row)) problems.set(error.row, error.message);
    }
    results.data.forEach((cells, i) => {
      this.sink(cells, this.records, problems.get(i) ?? null);
      this.records++;
    });
    this.pending = final ? '' : this.pending.slice(results.meta.cursor);
    if (this.pending.length > MAX_RECORD_CHARS) throw new UnclosedQuoteError(this.records);
  }
}
