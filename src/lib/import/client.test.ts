import { describe, expect, it } from 'vitest';
import { importFile, restoreImport, type WorkerLike } from './client.ts';
import { geography, importedFixture } from './fixtures.ts';
import { resultMessage } from './result-transfer.ts';
import type { ImportProgress, ImportResult, WorkerMessage, WorkerRequest } from './types.ts';

/** The message as the page receives it: cloned, buffers moved. */
function received(result: ImportResult): WorkerMessage {
  const { message, transfer } = resultMessage(result, { kept: true });
  return structuredClone(message, { transfer });
}

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: WorkerRequest[] = [];
  terminated = false;

  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  emit(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
}

const file = new File(['id\n'], 'mine.csv');

function start() {
  const worker = new FakeWorker();
  const progress: ImportProgress[] = [];
  const handle = importFile(
    file,
    geography,
    (p) => progress.push(p),
    () => worker,
  );
  return { worker, progress, handle };
}

describe('importFile', () => {
  it('posts the file with the app’s districts, relays progress and resolves with the result', async () => {
    const { worker, progress, handle } = start();
    expect(worker.sent).toEqual([{ type: 'start', file, ...geography }]);
    worker.emit({ type: 'progress', bytes: 1, totalBytes: 3, rows: 0 });
    const result = await importedFixture(25);
    const message = received(result);
    worker.emit(message);
    const got = await handle.result;
    expect(got?.keep).toEqual({ kept: true });
    expect(got?.result.events.count).toBe(25);
    expect(got?.result.events.ucdpId).toBeInstanceOf(Int32Array);
    expect(progress).toEqual([{ bytes: 1, totalBytes: 3, rows: 0 }]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with an AbortError on cancel and ignores what the worker says after', async () => {
    const later = received(await importedFixture(5));
    const { worker, progress, handle } = start();
    handle.cancel();
    worker.emit({ type: 'progress', bytes: 1, totalBytes: 3, rows: 0 });
    worker.emit(later);
    await expect(handle.result).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    expect(progress).toEqual([]);
  });

  it('rejects when the worker fails', async () => {
    const { worker, handle } = start();
    worker.emit({ type: 'failed', message: 'data/districts.geojson: HTTP 404' });
    await expect(handle.result).rejects.toThrow('HTTP 404');
  });
});

describe('restoreImport', () => {
  it('asks for the kept import by name and resolves with null when it is not there', async () => {
    const worker = new FakeWorker();
    const handle = restoreImport('import:0123456789ab', geography, () => worker);
    expect(worker.sent).toEqual([{ type: 'restore', datasetId: 'import:0123456789ab', ...geography }]);
    worker.emit({ type: 'missing' });
    expect(await handle.result).toBeNull();
  });
});
