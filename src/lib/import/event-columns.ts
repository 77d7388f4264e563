/**
 * The columns of an imported table, named once: the worker checks them by kind before handing them
 * over, and storage keeps each under its own name. A column added to `ImportedEvents` and not listed
 * here fails the type check below.
 */
import type { ImportedEvents } from './types.ts';

/** One number per row, in a typed array. */
export const NUMBER_COLUMNS = [
  'ucdpId',
  'year',
  'category',
  'actor',
  'district',
  'province',
  'wherePrec',
  'datePrec',
  'best',
  'low',
  'high',
  'lon',
  'lat',
  'sourceRow',
  'typeOfViolence',
  'snappedKm',
] as const satisfies readonly (keyof ImportedEvents)[];

/** Repeated text: a code per row into a list of distinct values (see compact.ts). */
export const CODED_COLUMNS = [
  'date',
  'dyad',
  'sideA',
  'sideB',
  'dateEnd',
] as const satisfies readonly (keyof ImportedEvents)[];

/** Text that seldom repeats, packed end to end. */
export const PACKED_COLUMNS = ['headline', 'where'] as const satisfies readonly (keyof ImportedEvents)[];

export type EventColumnName =
  (typeof NUMBER_COLUMNS)[number] | (typeof CODED_COLUMNS)[number] | (typeof PACKED_COLUMNS)[number];

/** Every column of the table, each once. */
export const EVENT_COLUMN_NAMES: readonly EventColumnName[] = [
  ...NUMBER_COLUMNS,
  ...CODED_COLUMNS,
  ...PACKED_COLUMNS,
];

// Fails to compile when ImportedEvents gains a column none of the lists above names.
type Unlisted = Exclude<keyof ImportedEvents, EventColumnName | 'count' | 'districtIds' | 'provinceIds'>;
const everyColumnListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyColumnListed;
