/**
 * The page's side of an import: starts the worker, relays its progress, gathers the result's slices
 * and settles with the whole result.
 * The file is read by the worker from the user's disk and never uploaded.
 */
import { ResultAssembler } from './result-transfer.ts';
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
  let assembler: ResultAssembler | null = null;
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
      try {
        if (message.type === 'progress') {
          onProgress({ bytes: message.bytes, totalBytes: message.totalBytes, rows: message.rows });
        } else if (message.type === 'begin') {
          assembler = new ResultAssembler(message.count);
        } else if (message.type === 'slice') {
          if (!assembler) throw new Error('import result: a slice came before its start');
          assembler.add(message.start, message.columns, message.details);
        } else if (message.type === 'done') {
          if (!assembler) throw new Error('import result: the end came before its start');
          const { type: _type, ...tail } = message;
          const importResult = assembler.finish(tail);
          settle();
          resolve(importResult);
        } else {
          settle();
          reject(new Error(message.message));
        }
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
