/** The "bring your own data" import: what the UI needs. The reading itself runs in `import.worker.ts`. */
export { importFile, restoreImport, type Imported, type ImportHandle } from './client.ts';
export { IMPORT_ACTORS, IMPORT_CATEGORIES, UNCLASSIFIED_ACTOR, UNCLASSIFIED_CATEGORY } from './categories.ts';
export { ERROR_LIMIT, USER_SOURCE_ID } from './accumulator.ts';
export { toEventStore, UserDetails } from './result-transfer.ts';
export { forgetKept, keptSummary, type KeptSummary } from './storage.ts';
export { FIELD_MAX_CHARS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './validate-row.ts';
export type {
  ImportActorId,
  ImportCategoryId,
  ImportedEvents,
  ImportError,
  ImportFormat,
  ImportProgress,
  ImportResult,
  ImportSummary,
  Kept,
} from './types.ts';
