/**
 * Hands a finished import from the worker to the page in slices. Decoding one structured clone of
 * ~250,000 rows took the page's main thread several hundred milliseconds in one task; slices of some
 * thousands of rows are each decoded in a task of their own, so the page keeps drawing between them.
 * Number columns travel as transferred Float64Arrays (moved, not cloned element by element); the other
 * columns as each distinct value once plus a code per row, which spares the page most of the string
 * copies (and the garbage collection they set off). Both become again the plain arrays the rest of
 * the app expects.
 */
import { emptyEventColumns } from '../../../geo/attacks/columns.ts';
import { emptyDetails } from './accumulator.ts';
import type { EventColumns } from '../../../geo/attacks/types.ts';
import type {
  CodedColumn,
  ColumnsSlice,
  DetailsSlice,
  ImportedDetails,
  ImportResult,
  NumericColumnName,
  NumericDetailName,
  ResultTail,
  WorkerMessage,
} from './types.ts';

/** Rows per slice: small enough that decoding and storing one stays well under 50 ms. */
export const RESULT_SLICE_ROWS = 5_000;

export const NUMERIC_COLUMNS = [
  'id',
  'year',
  'category',
  'actor',
  'wherePrec',
  'datePrec',
  'best',
  'low',
  'high',
  'lon',
  'lat',
] as const satisfies readonly NumericColumnName[];
const CODED_COLUMNS = ['date', 'district', 'province'] as const satisfies readonly Exclude<
  keyof EventColumns,
  NumericColumnName
>[];
export const NUMERIC_DETAILS = [
  'sourceRow',
  'typeOfViolence',
] as const satisfies readonly NumericDetailName[];
const CODED_DETAILS = [
  'dyad',
  'sideA',
  'sideB',
  'headline',
  'where',
  'dateEnd',
  'snappedKm',
] as const satisfies readonly Exclude<keyof ImportedDetails, NumericDetailName>[];

export interface OutgoingMessage {
  message: WorkerMessage;
  /** buffers to move rather than copy with the message */
  transfer: ArrayBuffer[];
}

/** Rows [start, end) of `values`, each distinct value kept once (compared as a Map compares keys). */
export function codeRange<T>(values: readonly T[], start: number, end: number): CodedColumn<T> {
  const positions = new Map<T, number>();
  const distinct: T[] = [];
  const codes = new Uint32Array(Math.max(0, end - start));
  for (let i = start; i < end; i++) {
    const value = values[i] as T;
    let code = positions.get(value);
    if (code === undefined) {
      code = distinct.length;
      positions.set(value, code);
      distinct.push(value);
    }
    codes[i - start] = code;
  }
  return { values: distinct, codes };
}

/** The messages that carry `result` to the page, in the order they must be posted. */
export function* resultMessages(
  result: ImportResult,
  rowsPerSlice: number = RESULT_SLICE_ROWS,
): Generator<OutgoingMessage> {
  if (!(rowsPerSlice >= 1)) throw new RangeError(`rowsPerSlice must be at least 1, got ${rowsPerSlice}`);
  const { table, details, ...rest } = result;
  const { columns, ...tableRest } = table;
  const count = columns.id.length;
  yield { message: { type: 'begin', count }, transfer: [] };
  for (let start = 0; start < count; start += rowsPerSlice) {
    const end = Math.min(count, start + rowsPerSlice);
    const transfer: ArrayBuffer[] = [];
    const packed = (values: readonly number[]): Float64Array => {
      const array = new Float64Array(end - start);
      for (let i = start; i < end; i++) array[i - start] = values[i] as number;
      transfer.push(array.buffer);
      return array;
    };
    const coded = <T>(values: readonly T[]): CodedColumn<T> => {
      const column = codeRange(values, start, end);
      transfer.push(column.codes.buffer);
      return column;
    };
    const columnsSlice = {} as Record<string, unknown>;
    for (const name of NUMERIC_COLUMNS) columnsSlice[name] = packed(columns[name]);
    for (const name of CODED_COLUMNS) columnsSlice[name] = coded<string | null>(columns[name]);
    const detailsSlice = {} as Record<string, unknown>;
    for (const name of NUMERIC_DETAILS) detailsSlice[name] = packed(details[name]);
    for (const name of CODED_DETAILS) detailsSlice[name] = coded<string | number | null>(details[name]);
    yield {
      message: {
        type: 'slice',
        start,
        columns: columnsSlice as ColumnsSlice,
        details: detailsSlice as DetailsSlice,
      },
      transfer,
    };
  }
  const tail: ResultTail = { ...rest, table: tableRest };
  yield { message: { type: 'done', ...tail }, transfer: [] };
}

// Grown by push, slice after slice: arrays allocated at the announced length and filled in place
// cost the page one task of ~60 ms just to allocate and fill them (23 arrays of ~250,000 rows), where
// push spreads the growth over the slices and keeps the arrays packed.

function append(target: number[], values: Float64Array): void {
  for (let i = 0; i < values.length; i++) target.push(values[i] as number);
}

function appendDecoded<T>(target: T[], column: CodedColumn<T>, name: string): void {
  const { values, codes } = column;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    if (code >= values.length) {
      throw new Error(`import result: ${name} of row ${target.length} has code ${code} of ${values.length}`);
    }
    target.push(values[code] as T);
  }
}

/** Rebuilds on the page the ImportResult that `resultMessages` took apart in the worker. */
export class ResultAssembler {
  private readonly columns = emptyEventColumns();
  private readonly details = emptyDetails();
  private filled = 0;

  constructor(readonly count: number) {
    if (!Number.isInteger(count) || count < 0) throw new Error(`import result: bad row count ${count}`);
  }

  /** rows received so far */
  get received(): number {
    return this.filled;
  }

  /** Slices must come in row order, each starting where the last ended. */
  add(start: number, columns: ColumnsSlice, details: DetailsSlice): void {
    if (start !== this.filled) {
      throw new Error(`import result: slice starts at row ${start}, expected ${this.filled}`);
    }
    const length = columns.id.length;
    const parts: [string, Float64Array | CodedColumn<unknown>][] = [
      ...Object.entries(columns),
      ...Object.entries(details),
    ];
    for (const [name, part] of parts) {
      const rows = part instanceof Float64Array ? part.length : part.codes.length;
      if (rows !== length) {
        throw new Error(`import result: slice at row ${start} has ${rows} ${name}, expected ${length}`);
      }
    }
    if (start + length > this.count) {
      throw new Error(`import result: slice at row ${start} runs past the ${this.count} rows announced`);
    }
    for (const name of NUMERIC_COLUMNS) append(this.columns[name], columns[name]);
    for (const name of CODED_COLUMNS) {
      appendDecoded<string | null>(this.columns[name], columns[name], name);
    }
    for (const name of NUMERIC_DETAILS) append(this.details[name], details[name]);
    for (const name of CODED_DETAILS) {
      appendDecoded<string | number | null>(this.details[name], details[name], name);
    }
    this.filled += length;
  }

  /** The whole result, once every announced row has arrived. */
  finish(tail: ResultTail): ImportResult {
    if (this.filled !== this.count || tail.table.count !== this.count) {
      throw new Error(
        `import result: ${this.filled} rows arrived of ${this.count} announced (table count ${tail.table.count})`,
      );
    }
    return { ...tail, table: { ...tail.table, columns: this.columns }, details: this.details };
  }
}
