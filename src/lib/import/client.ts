/**
 * The page's side of an import: starts the worker, relays its progress, and settles with the result.
 * The file is read by the worker from the user's disk and never uploaded.
 */
import type { ImportProgress, ImportResult, WorkerMessage, WorkerRequest } from './types.ts';

export interface ImportHandle {
  /** resolves with the result (check `fatal` and `errors`); rejects on cancel or a failure of the app itself */
  result: Promise<ImportResult>;
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

/**
 * A worker resolves relative URLs against its own script (under assets/), not the page, so the
 * districts URL the app holds (relative under Vite's `base: './'`) is made absolute here.
 */
export function absoluteUrl(url: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : globalThis.location?.href;
  return base ? new URL(url, base).href : url;
}

export function importFile(
  file: File,
  districtsUrl: string,
  onProgress: (progress: ImportProgress) => void,
  createWorker: () => WorkerLike = createImportWorker,
): ImportHandle {
  const worker = createWorker();
  let settled = false;
  let rejectResult: (reason: unknown) => void = () => {};
  const result = new Promise<ImportResult>((resolve, reject) => {
    rejectResult = reject;
    const settle = () => {
      settled = true;
      worker.terminate();
    };
    worker.onmessage = (event) => {
      if (settled) return;
      const message = event.data;
      if (message.type === 'progress') {
        onProgress({ bytes: message.bytes, totalBytes: message.totalBytes, rows: message.rows });
      } else if (message.type === 'done') {
        settle();
        const { type: _type, ...importResult } = message;
        resolve(importResult);
      } else {
        settle();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      if (settled) return;
      settle();
      reject(new Error(event.message || 'the import worker failed to start'));
    };
  });
  worker.postMessage({ type: 'start', file, districtsUrl: absoluteUrl(districtsUrl) });
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
