/**
 * Hands a finished import from the worker to the page in one message whose columns are transferred:
 * the typed arrays and UTF-8 bytes move to the page without being copied element by element, so the
 * page spends no task proportional to the file's size decoding them. The worker checks the columns
 * first. On the page they become the event store as they are (the only per-row loop names each row's
 * date, a slice per task) and the panels read a row's text when they show it.
 */
import type { EventColumns, EventTable } from '../../../geo/attacks/types.ts';
import type { EventStore } from '../data/events.ts';
import { CODED_COLUMNS, NUMBER_COLUMNS, PACKED_COLUMNS } from './event-columns.ts';
import { buffersOf, decodeCoded, packedCount, unpackAll, unpackOne, type CodedStrings } from './compact.ts';
import type {
  ImportedDetails,
  ImportedEventTable,
  ImportedEvents,
  ImportResult,
  Kept,
  WorkerMessage,
} from './types.ts';

export interface OutgoingMessage {
  message: WorkerMessage;
  /** buffers to move rather than copy with the message */
  transfer: ArrayBuffer[];
}

/** The one message that carries `result` to the page, with every column's buffer to transfer. */
export function resultMessage(result: ImportResult, keep: Kept): OutgoingMessage {
  return { message: { type: 'done', result, keep }, transfer: buffersOf(result.events) };
}

function checkCoded(name: string, column: CodedStrings, count: number): void {
  if (column.codes.length !== count)
    throw new Error(`import result: ${name} has ${column.codes.length} rows, expected ${count}`);
  const distinct = packedCount(column.values);
  for (let i = 0; i < count; i++) {
    if ((column.codes[i] as number) >= distinct)
      throw new Error(`import result: ${name} of row ${i} names value ${column.codes[i]} of ${distinct}`);
  }
}

/**
 * Checks a result before it is handed to the page (in the worker, off the main thread), whether just
 * read or read back from storage: every column as long as the table, every index inside the list it
 * indexes. Throws naming the column and row.
 */
export function checkImportedEvents(result: ImportResult): void {
  const events = result.events;
  const n = events.count;
  if (!Number.isInteger(n) || n < 0) throw new Error(`import result: bad row count ${n}`);
  for (const name of NUMBER_COLUMNS) {
    if (events[name].length !== n)
      throw new Error(`import result: ${name} has ${events[name].length} rows, expected ${n}`);
  }
  for (const name of CODED_COLUMNS) checkCoded(name, events[name], n);
  for (const name of PACKED_COLUMNS) {
    if (packedCount(events[name]) !== n)
      throw new Error(`import result: ${name} has ${packedCount(events[name])} rows, expected ${n}`);
  }
  const limits: [string, ArrayLike<number>, number][] = [
    ['district', events.district, events.districtIds.length],
    ['province', events.province, events.provinceIds.length],
    ['category', events.category, result.categories.length],
    ['actor', events.actor, result.actors.length],
  ];
  for (const [name, column, size] of limits) {
    for (let i = 0; i < n; i++) {
      const value = column[i] as number;
      if (value >= size || value < (name === 'district' || name === 'province' ? -1 : 0)) {
        throw new Error(`import result: ${name} of row ${i} is ${value}, outside the ${size} known`);
      }
    }
  }
}

/** Rows named per task when the page builds the date column: a million in one task froze it. */
export const DATE_ROWS_PER_TASK = 100_000;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The event store of an imported table: its own columns, not copies, and the per-row date names
 * built a slice per task. The lists of districts and provinces must be the app's (the worker was
 * given them): a table indexed by another order is refused.
 */
export async function toEventStore(
  result: ImportResult,
  districtIds: readonly string[],
  provinceIds: readonly string[],
): Promise<EventStore> {
  const events = result.events;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((id, i) => id === b[i]);
  if (!same(events.districtIds, districtIds) || !same(events.provinceIds, provinceIds)) {
    throw new Error('the imported table was made for another list of districts: open the file again');
  }
  const dates = unpackAll(events.date.values);
  const date = new Array<string>(events.count);
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (let start = 0; start < events.count; start += DATE_ROWS_PER_TASK) {
    if (start > 0) await nextTask();
    const end = Math.min(events.count, start + DATE_ROWS_PER_TASK);
    for (let i = start; i < end; i++) {
      date[i] = dates[events.date.codes[i] as number] as string;
      const year = events.year[i] as number;
      if (year < minYear) minYear = year;
      if (year > maxYear) maxYear = year;
    }
  }
  return {
    count: events.count,
    categories: result.categories,
    actors: result.actors,
    districtIds,
    provinceIds,
    ucdpId: events.ucdpId,
    year: events.year,
    category: events.category,
    actor: events.actor,
    district: events.district,
    province: events.province,
    deaths: events.best,
    date,
    lon: events.lon,
    lat: events.lat,
    wherePrec: events.wherePrec,
    minYear,
    maxYear,
  };
}

/** A row's text, read from the packed columns when a panel shows it. */
export class UserDetails {
  constructor(private readonly events: ImportedEvents) {}

  headline(row: number): string {
    return unpackOne(this.events.headline, row);
  }
  where(row: number): string {
    return unpackOne(this.events.where, row);
  }
  sideA(row: number): string {
    return decodeCoded(this.events.sideA, row);
  }
  sideB(row: number): string {
    return decodeCoded(this.events.sideB, row);
  }
  sourceRow(row: number): number | undefined {
    return this.events.sourceRow[row];
  }
}

/** The table as plain arrays in the shape of `data/events.json`, with its details: for tests and Node tools. */
export function expandResult(result: ImportResult): { table: ImportedEventTable; details: ImportedDetails } {
  const e = result.events;
  const rows = Array.from({ length: e.count }, (_, i) => i);
  const coded = (column: CodedStrings) => rows.map((i) => decodeCoded(column, i));
  const columns: EventColumns = {
    id: Array.from(e.ucdpId),
    year: Array.from(e.year),
    date: coded(e.date),
    category: Array.from(e.category),
    actor: Array.from(e.actor),
    district: Array.from(e.district, (d) => (d < 0 ? null : (e.districtIds[d] as string))),
    province: Array.from(e.province, (p) => (p < 0 ? null : (e.provinceIds[p] as string))),
    wherePrec: Array.from(e.wherePrec),
    datePrec: Array.from(e.datePrec),
    best: Array.from(e.best),
    low: Array.from(e.low),
    high: Array.from(e.high),
    lon: Array.from(e.lon),
    lat: Array.from(e.lat),
  };
  return {
    table: {
      schema: 1,
      source: result.source,
      categories: result.categories,
      actors: result.actors,
      count: e.count,
      columns,
    },
    details: {
      sourceRow: Array.from(e.sourceRow),
      typeOfViolence: Array.from(e.typeOfViolence),
      dyad: coded(e.dyad),
      sideA: coded(e.sideA),
      sideB: coded(e.sideB),
      headline: unpackAll(e.headline),
      where: unpackAll(e.where),
      dateEnd: coded(e.dateEnd),
      snappedKm: Array.from(e.snappedKm, (km) => (Number.isNaN(km) ? null : km)),
    },
  };
}

/** For `buildEventStore` in Node tools: the expanded table typed as the shipped one. */
export function expandedEventTable(result: ImportResult): EventTable {
  return expandResult(result).table as unknown as EventTable;
}
