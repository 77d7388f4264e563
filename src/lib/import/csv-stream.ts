/**
 * Incremental CSV reading: text arrives in pieces of any size (a File's stream, a Node read stream),
 * complete records leave as arrays of cells. Papaparse's own parser does the quoting; a record cut
 * by a piece boundary is kept back and finished with the next piece, the way papaparse's streamers do.
 * Line ends are made one before parsing: files edited on two systems mix CRLF and LF, and a parser
 * told "CRLF" reads a bare LF as part of a cell, merging rows.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

/**
 * A record longer than this is refused by itself (the reader skips to the next line end): no UCDP
 * row comes near it, and holding an ever-growing tail would hold the whole file in memory.
 */
export const MAX_RECORD_CHARS = 1_000_000;

/** A quoted cell still open after MAX_RECORD_CHARS and at least one line end: the file cannot be read on. */
export class UnclosedQuoteError extends Error {
  constructor(
    readonly record: number,
    lineEnds: number,
  ) {
    super(
      `a quoted cell opened in this row is never closed: ${MAX_RECORD_CHARS.toLocaleString('en')} characters and ${lineEnds.toLocaleString('en')} line ends later it is still open`,
    );
    this.name = 'UnclosedQuoteError';
  }
}

/** The first line is over MAX_RECORD_CHARS long: whatever it is, it is not a header. */
export class NoHeaderError extends Error {
  constructor() {
    super(
      `the first line is over ${MAX_RECORD_CHARS.toLocaleString('en')} characters long: not a CSV header`,
    );
    this.name = 'NoHeaderError';
  }
}

export const LONG_RECORD_PROBLEM = `the line is over ${MAX_RECORD_CHARS.toLocaleString('en')} characters long`;

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

/**
 * Line ends of a stream made LF: CRLF and a lone CR (old Mac files) alike. A CR at the end of a piece
 * is held back, since its LF may open the next piece.
 */
export class LineEndNormalizer {
  private heldCr = false;

  push(text: string): string {
    if (this.heldCr) {
      text = `\r${text}`;
      this.heldCr = false;
    }
    if (text.endsWith('\r')) {
      this.heldCr = true;
      text = text.slice(0, -1);
    }
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  }

  end(): string {
    const rest = this.heldCr ? '\n' : '';
    this.heldCr = false;
    return rest;
  }
}

export type RecordSink = (cells: string[], record: number, problem: string | null) => void;

function countLineEnds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function recordLength(cells: readonly string[]): number {
  let length = 0;
  for (const cell of cells) length += cell.length + 1;
  return length;
}

export class CsvRecordStream {
  private pending = '';
  private parser: Papa.Parser | null = null;
  private records = 0;
  private started = false;
  /** inside an over-long line: everything up to the next line end is dropped */
  private skipping = false;
  private readonly lineEnds = new LineEndNormalizer();

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
    this.feed(this.lineEnds.push(text), false);
  }

  end(): void {
    // a CR held back at the very end is a line end: the record before it completes like any other
    const rest = this.lineEnds.end();
    if (rest !== '') this.feed(rest, false);
    this.feed('', true);
  }

  private feed(text: string, final: boolean): void {
    if (this.skipping) {
      const lineEnd = text.indexOf('\n');
      if (lineEnd < 0) return;
      this.skipping = false;
      text = text.slice(lineEnd + 1);
    }
    this.pending += text;
    this.drain(final);
  }

  private drain(final: boolean): void {
    if (this.pending === '') return;
    if (!this.parser) {
      const lineEnd = this.pending.indexOf('\n');
      if (lineEnd < 0 && !final) {
        if (this.pending.length > MAX_RECORD_CHARS) throw new NoHeaderError();
        return;
      }
      const firstLine = lineEnd < 0 ? this.pending : this.pending.slice(0, lineEnd);
      this.parser = new Papa.Parser({ delimiter: detectDelimiter(firstLine), newline: '\n' });
    }
    const results = this.parser.parse(this.pending, 0, !final) as Papa.ParseResult<string[]>;
    const problems = new Map<number, string>();
    for (const error of results.errors) {
      if (error.row !== undefined && !problems.has(error.row)) problems.set(error.row, error.message);
    }
    results.data.forEach((cells, i) => {
      if (recordLength(cells) > MAX_RECORD_CHARS) this.sink([], this.records, LONG_RECORD_PROBLEM);
      else this.sink(cells, this.records, problems.get(i) ?? null);
      this.records++;
    });
    this.pending = final ? '' : this.pending.slice(results.meta.cursor);
    if (this.pending.length <= MAX_RECORD_CHARS) return;
    // A record that spans line ends can only be a quoted cell left open; one that does not is just long.
    const lineEnds = countLineEnds(this.pending);
    if (lineEnds > 0) throw new UnclosedQuoteError(this.records, lineEnds);
    if (this.records === 0) throw new NoHeaderError();
    this.sink([], this.records, LONG_RECORD_PROBLEM);
    this.records++;
    this.pending = '';
    this.skipping = true;
  }
}
