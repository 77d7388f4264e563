/** The "bring your own data" import: what the UI needs. The reading itself runs in `import.worker.ts`. */
export { importFile, type ImportHandle } from './client.ts';
export {
  asEventTable,
  IMPORT_ACTORS,
  IMPORT_CATEGORIES,
  UNCLASSIFIED_ACTOR,
  UNCLASSIFIED_CATEGORY,
} from './categories.ts';
export { ERROR_LIMIT, USER_SOURCE_ID } from './accumulator.ts';
export { FIELD_MAX_CHARS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './validate-row.ts';
export type {
  ImportActorId,
  ImportCategoryId,
  ImportedDetails,
  ImportedEventTable,
  ImportError,
  ImportFormat,
  ImportProgress,
  ImportResult,
  ImportSummary,
} from './types.ts';
