/**
 * Hands a finished import from the worker to the page in slices. Decoding one structured clone of
 * ~250,000 rows took the page's main thread several hundred milliseconds in one task; slices of some
 * thousands of rows are each decoded in a task of their own, so the page keeps drawing between them.
 * Number columns travel as transferred Float64Arrays (copied, not cloned element by element) and are
 * turned back into the plain arrays the rest of the app expects.
 */
import type { EventColumns } from '../../../geo/attacks/types.ts';
import type {
  ColumnsSlice,
  DetailsSlice,
  ImportedDetails,
  ImportResult,
  NumericColumnName,
  NumericDetailName,
  ResultTail,
  WorkerMessage,
} from './types.ts';

/** Rows per slice: small enough that decoding and appending one stays well under 50 ms. */
export const RESULT_SLICE_ROWS = 16_000;

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
const TEXT_COLUMNS = ['date', 'district', 'province'] as const satisfies readonly Exclude<
  keyof EventColumns,
  NumericColumnName
>[];
export const NUMERIC_DETAILS = ['sourceRow', 'typeOfViolence'] as const satisfies readonly NumericDetailName[];
const OTHER_DETAILS = [
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
    const columnsSlice = {} as Record<string, unknown>;
    for (const name of NUMERIC_COLUMNS) columnsSlice[name] = packed(columns[name]);
    for (const name of TEXT_COLUMNS) columnsSlice[name] = columns[name].slice(start, end);
    const detailsSlice = {} as Record<string, unknown>;
    for (const name of NUMERIC_DETAILS) detailsSlice[name] = packed(details[name]);
    for (const name of OTHER_DETAILS) detailsSlice[name] = details[name].slice(start, end);
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

function emptyColumns(): EventColumns {
  return {
    id: [],
    year: [],
    date: [],
    category: [],
    actor: [],
    district: [],
    province: [],
    wherePrec: [],
    datePrec: [],
    best: [],
    low: [],
    high: [],
    lon: [],
    lat: [],
  };
}

function emptyDetails(): ImportedDetails {
  return {
    sourceRow: [],
    typeOfViolence: [],
    dyad: [],
    sideA: [],
    sideB: [],
    headline: [],
    where: [],
    dateEnd: [],
    snappedKm: [],
  };
}

// A loop of push rather than concat or spread: concat copies the growing array each time, spread
// of a long slice can exceed the engine's argument limit. Push keeps the arrays packed.
function append<T>(target: T[], values: ArrayLike<T>): void {
  for (let i = 0; i < values.length; i++) target.push(values[i] as T);
}

/** Rebuilds on the page the ImportResult that `resultMessages` took apart in the worker. */
export class ResultAssembler {
  private readonly columns = emptyColumns();
  private readonly details = emptyDetails();

  constructor(readonly count: number) {
    if (!Number.isInteger(count) || count < 0) throw new Error(`import result: bad row count ${count}`);
  }

  get received(): number {
    return this.columns.id.length;
  }

  /** Slices must come in row order, each starting where the last ended. */
  add(start: number, columns: ColumnsSlice, details: DetailsSlice): void {
    if (start !== this.received) {
      throw new Error(`import result: slice starts at row ${start}, expected ${this.received}`);
    }
    const length = columns.id.length;
    const arrays: [string, ArrayLike<unknown>][] = [
      ...Object.entries(columns as Record<string, ArrayLike<unknown>>),
      ...Object.entries(details as Record<string, ArrayLike<unknown>>),
    ];
    for (const [name, values] of arrays) {
      if (values.length !== length) {
        throw new Error(`import result: slice at row ${start} has ${values.length} ${name}, expected ${length}`);
      }
    }
    if (start + length > this.count) {
      throw new Error(`import result: slice at row ${start} runs past the ${this.count} rows announced`);
    }
    for (const name of NUMERIC_COLUMNS) append(this.columns[name], columns[name]);
    for (const name of TEXT_COLUMNS) append<string | null>(this.columns[name], columns[name]);
    for (const name of NUMERIC_DETAILS) append(this.details[name], details[name]);
    for (const name of OTHER_DETAILS) append<string | number | null>(this.details[name], details[name]);
  }

  finish(tail: ResultTail): ImportResult {
    if (this.received !== this.count || tail.table.count !== this.count) {
      throw new Error(
        `import result: ${this.received} rows arrived of ${this.count} announced (table count ${tail.table.count})`,
      );
    }
    return { ...tail, table: { ...tail.table, columns: this.columns }, details: this.details };
  }
}
