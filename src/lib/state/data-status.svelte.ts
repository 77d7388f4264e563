/**
 * Which files of `data/` failed to load, and what the app goes without because of each: one broken file
 * degrades only what needs it, and the banner names it.
 */
import { DataError } from '../contracts/data-error';
import { isDataFileName, type DataFileName } from '../contracts/manifest';

export interface DataFailure {
  name: DataFileName;
  /** the error, naming the file, the row and the field */
  message: string;
}

/** The manifest entry a failure belongs to: the file the error names, else the file being loaded. */
function failedFile(error: unknown, loading: DataFileName): DataFileName {
  if (error instanceof DataError) {
    const name = error.file.replace(/^data\//, '');
    if (isDataFileName(name)) return name;
  }
  return loading;
}

class DataStatus {
  failures = $state.raw<DataFailure[]>([]);

  report(loading: DataFileName, error: unknown): void {
    const name = failedFile(error, loading);
    if (this.failures.some((f) => f.name === name)) return;
    const message = error instanceof Error ? error.message : String(error);
    this.failures = [...this.failures, { name, message }];
  }

  /** A rejection handler for a load of `name`: records the failure, so no rejection goes unhandled. */
  failed(name: DataFileName): (error: unknown) => void {
    return (error) => this.report(name, error);
  }

  has(name: DataFileName): boolean {
    return this.failures.some((f) => f.name === name);
  }
}

export const dataStatus = new DataStatus();
