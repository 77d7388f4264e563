/**
 * The page's side of an import: starts the worker, relays its progress and settles with the result,
 * whose columns arrive transferred (the worker checked them). Also asks the worker for an import
 * kept in this browser. The file is read by the worker from the user's disk and never uploaded.
 */
import type { Geography, ImportProgress, ImportResult, Kept, WorkerMessage, WorkerRequest } from './types.ts';

export interface Imported {
  result: ImportResult;
  keep: Kept;
}

export interface ImportHandle {
  /**
   * resolves with the result (check `fatal` and `errors`), or null when a restore finds nothing kept;
   * rejects on cancel or a failure of the app itself
   */
  result: Promise<Imported | null>;
  /** stops the worker at once; `result` rejects with an AbortError */
  cancel(): void;
}

/** The part of a Worker the client uses, so tests can stand in for it. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function createImportWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

function run(
  request: WorkerRequest,
  onProgress: (progress: ImportProgress) => void,
  createWorker: () => WorkerLike,
): ImportHandle {
  const worker = createWorker();
  let settled = false;
  let rejectResult: (reason: unknown) => void = () => {};
  const result = new Promise<Imported | null>((resolve, reject) => {
    rejectResult = reject;
    const settle = () => {
      settled = true;
      worker.terminate();
    };
    worker.onmessage = (event) => {
      if (settled) return;
      const message = event.data;
      try {
        if (message.type === 'progress') {
          onProgress({ bytes: message.bytes, totalBytes: message.totalBytes, rows: message.rows });
          return;
        }
        settle();
        if (message.type === 'done') {
          resolve({ result: message.result, keep: message.keep });
        } else if (message.type === 'missing') resolve(null);
        else reject(new Error(message.message));
      } catch (error) {
        settle();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => {
      if (settled) return;
      settle();
      reject(new Error(event.message || 'the import worker failed to start'));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel() {
      if (settled) return;
      settled = true;
      worker.terminate();
      rejectResult(new DOMException('Import cancelled', 'AbortError'));
    },
  };
}

export function importFile(
  file: File,
  geography: Geography,
  onProgress: (progress: ImportProgress) => void,
  createWorker: () => WorkerLike = createImportWorker,
): ImportHandle {
  return run({ type: 'start', file, ...geography }, onProgress, createWorker);
}

/** Reads back the import kept in this browser under that name; resolves with null when it is not there. */
export function restoreImport(
  datasetId: string,
  geography: Geography,
  createWorker: () => WorkerLike = createImportWorker,
): ImportHandle {
  return run({ type: 'restore', datasetId, ...geography }, () => {}, createWorker);
}
