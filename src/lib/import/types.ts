/**
 * Shapes of a user's own event file once read in the browser: the table it becomes (the shape of
 * `data/events.json`, with one extra category and actor for dyads the classification does not know),
 * the problems found, and the messages between the page and the import worker.
 */
import type { TextEncodingName } from './bytes.ts';
import type { CodedStrings, PackedStrings } from './compact.ts';
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
  /** data rows read: header, HXL tag row, blank lines and rows of other countries excluded */
  rows: number;
  valid: number;
  /** rows refused: the errors say why */
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
  /** rows of other countries passed over unchecked (a global GED file), see `countryFilter` */
  otherCountries: number;
  /** how rows of other countries were told apart, e.g. `country_id 770`; null when the file has no country column */
  countryFilter: string | null;
  /** rows of event types the atlas does not count (ACLED's protests, riots, strategic developments) */
  notCounted: number;
  /** ACLED files: rows shown (or, for uncounted types, skipped) by each of ACLED_RULES; empty otherwise */
  byRule: number[];
}

export type ImportFormat = 'csv' | 'geojson';

export type { DetectedFormat } from './formats.ts';

/**
 * The imported table in compact columns (see compact.ts), sorted by date then id as the shipped one
 * is: the event store's own arrays, plus the per-event text the panels show.
 */
export interface ImportedEvents {
  count: number;
  /** ids that `district` and `province` index, in the app's order */
  districtIds: string[];
  provinceIds: string[];
  ucdpId: Int32Array<ArrayBuffer>;
  year: Uint16Array<ArrayBuffer>;
  /** index into the result's categories */
  category: Uint8Array<ArrayBuffer>;
  /** index into the result's actors */
  actor: Uint8Array<ArrayBuffer>;
  /** index into districtIds, -1 where the event has no district */
  district: Int16Array<ArrayBuffer>;
  /** index into provinceIds, -1 where the event has no province */
  province: Int16Array<ArrayBuffer>;
  wherePrec: Uint8Array<ArrayBuffer>;
  datePrec: Uint8Array<ArrayBuffer>;
  best: Float64Array<ArrayBuffer>;
  low: Float64Array<ArrayBuffer>;
  high: Float64Array<ArrayBuffer>;
  lon: Float64Array<ArrayBuffer>;
  lat: Float64Array<ArrayBuffer>;
  /** date_start, YYYY-MM-DD */
  date: CodedStrings;
  /** row (CSV) or feature number (GeoJSON) in the user's file */
  sourceRow: Uint32Array<ArrayBuffer>;
  typeOfViolence: Uint8Array<ArrayBuffer>;
  dyad: CodedStrings;
  sideA: CodedStrings;
  sideB: CodedStrings;
  /** date_end, YYYY-MM-DD, or '' */
  dateEnd: CodedStrings;
  headline: PackedStrings;
  where: PackedStrings;
  /** km to the district the point was snapped to; NaN when it lay inside one or was not looked up */
  snappedKm: Float32Array<ArrayBuffer>;
}

export interface ImportResult {
  /** `import:` and 12 hex digits of the file's content hash: what the URL's `data=` names */
  datasetId: string;
  fileName: string;
  format: ImportFormat;
  /** the kind of file its header showed (UCDP GED, UCDP Candidate, ACLED); null when it stopped before */
  detected: import('./formats.ts').DetectedFormat | null;
  bytes: number;
  /** how the bytes were read as text */
  encoding: TextEncodingName;
  /** said to the user when the encoding was not plain UTF-8 (UTF-16, or Windows-1252 and where it was noticed) */
  encodingNote: string | null;
  /**
   * set when the file could not be read to its end (a refused encoding, a missing column, broken
   * quoting): the result then holds no events and must not replace the data shown
   */
  fatal: ImportError | null;
  source: EventSource;
  categories: Described<ImportCategoryId>[];
  actors: Described<ImportActorId>[];
  events: ImportedEvents;
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

/** Where the app puts districts and provinces: the imported table indexes them in this order. */
export interface Geography {
  districtIds: string[];
  provinceIds: string[];
}

export interface StartRequest extends Geography {
  type: 'start';
  file: File;
}

/** Reads back an import kept in this browser. */
export interface RestoreRequest extends Geography {
  type: 'restore';
  datasetId: string;
}

export type WorkerRequest = StartRequest | RestoreRequest;

/** Whether the result was kept in this browser's storage for the next visit, and if not, why. */
export type Kept = { kept: true } | { kept: false; reason: string };

export type WorkerMessage =
  | ({ type: 'progress' } & ImportProgress)
  /** the whole result in one message, its columns transferred (moved, not copied) */
  | { type: 'done'; result: ImportResult; keep: Kept }
  /** restore: nothing kept under that name */
  | { type: 'missing' }
  /** something the file cannot be blamed for: the districts failed to load, a bug */
  | { type: 'failed'; message: string };
