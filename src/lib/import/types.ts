/**
 * Shapes of a user's own event file once read in the browser: the table it becomes (the shape of
 * `data/events.json`, with one extra category and actor for dyads the classification does not know),
 * the problems found, and the messages between the page and the import worker.
 */
import type {
  ActorId,
  CategoryId,
  Described,
  EventColumns,
  EventSource,
} from '../../../geo/attacks/types.ts';

/** Category and actor of a row whose dyad is not in the project's hand-made classification. */
export type ImportCategoryId = CategoryId | 'unclassified';
export type ImportActorId = ActorId | 'unclassified';

/** The shape of `data/events.json`; categories and actors also hold `unclassified` (always last). */
export interface ImportedEventTable {
  schema: 1;
  source: EventSource;
  categories: Described<ImportCategoryId>[];
  actors: Described<ImportActorId>[];
  count: number;
  columns: EventColumns;
}

/** Per-event text, one array per field aligned with the table's rows (the table's `event-details`). */
export interface ImportedDetails {
  /** row (CSV) or feature number (GeoJSON) in the user's file */
  sourceRow: number[];
  typeOfViolence: number[];
  dyad: string[];
  sideA: string[];
  sideB: string[];
  headline: string[];
  where: string[];
  dateEnd: string[];
  /** km to the district the point was snapped to, null when it lay inside one or was not looked up */
  snappedKm: (number | null)[];
}

/**
 * A problem in the user's file. `row` is 1-based as a spreadsheet shows it: in a CSV the header is
 * row 1 and the first data row is row 2; in GeoJSON it is the feature's 1-based position in
 * `features` (0 when the problem concerns the whole file).
 */
export interface ImportError {
  row: number;
  /** column name as the file spells it; '(file)' or '(row)' when no single column is to blame */
  field: string;
  message: string;
  /** the offending cell, cut to 200 characters */
  value?: string;
}

export interface ImportSummary {
  /** data rows read: header, HXL tag row and blank lines excluded */
  rows: number;
  valid: number;
  invalid: number;
  /** valid rows with where_prec 1-3 lying in (or within 5 km of) a district */
  assignedDistrict: number;
  /** valid rows counted in a province but no district (where_prec 4) */
  provinceOnly: number;
  /** valid rows with where_prec 5 or more: national series only */
  nationalOnly: number;
  /** valid rows with where_prec 1-4 more than 5 km from every district: national series only */
  outside: number;
  /** valid rows whose dyad the classification does not know (category `unclassified`) */
  unclassified: number;
  /** valid rows placed in a district they lay just outside of (within 5 km) */
  snapped: number;
}

export type ImportFormat = 'csv' | 'geojson';

export interface ImportResult {
  fileName: string;
  format: ImportFormat;
  bytes: number;
  /** set when the file cannot be read at all (missing column, not CSV or GeoJSON, broken quoting) */
  fatal: ImportError | null;
  table: ImportedEventTable;
  details: ImportedDetails;
  /** the first ERROR_LIMIT errors, in file order */
  errors: ImportError[];
  errorCount: number;
  /** truncated cells and similar: the row was kept */
  warnings: ImportError[];
  warningCount: number;
  summary: ImportSummary;
  droppedHxlRow: boolean;
}

export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface StartRequest {
  type: 'start';
  file: File;
  /** URL of `data/districts.geojson` as the app resolves it */
  districtsUrl: string;
}

export type WorkerRequest = StartRequest;

/** Columns of the table that are numbers throughout: these travel as transferable Float64Arrays. */
export type NumericColumnName =
  'id' | 'year' | 'category' | 'actor' | 'wherePrec' | 'datePrec' | 'best' | 'low' | 'high' | 'lon' | 'lat';
export type NumericDetailName = 'sourceRow' | 'typeOfViolence';

/**
 * A column of text (or of values that may be null) in a slice: each distinct value once, and per row
 * the position of its value. Few values repeat as often as dates, districts and dyads do.
 */
export interface CodedColumn<T> {
  values: T[];
  codes: Uint32Array<ArrayBuffer>;
}

/** Rows [start, start + length) of the table's columns: numbers in typed arrays, the rest coded. */
export type ColumnsSlice = { [K in NumericColumnName]: Float64Array } & {
  [K in Exclude<keyof EventColumns, NumericColumnName>]: CodedColumn<EventColumns[K][number]>;
};
export type DetailsSlice = { [K in NumericDetailName]: Float64Array } & {
  [K in Exclude<keyof ImportedDetails, NumericDetailName>]: CodedColumn<ImportedDetails[K][number]>;
};

/** Everything of an ImportResult but its row arrays, which arrive before it in slices. */
export type ResultTail = Omit<ImportResult, 'table' | 'details'> & {
  table: Omit<ImportedEventTable, 'columns'>;
};

/**
 * The result travels as `begin`, then `slice`s in row order, then `done`: one message of the whole
 * table would be decoded on the page's main thread in a single task of several hundred milliseconds.
 */
export type WorkerMessage =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'begin'; count: number }
  | { type: 'slice'; start: number; columns: ColumnsSlice; details: DetailsSlice }
  | ({ type: 'done' } & ResultTail)
  /** something the file cannot be blamed for: the districts failed to load, a bug */
  | { type: 'failed'; message: string };
