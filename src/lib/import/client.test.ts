import { describe, expect, it, vi } from 'vitest';
import { absoluteUrl, importFile, type WorkerLike } from './client.ts';
import { importedFixture } from './fixtures.ts';
import { resultMessages } from './result-transfer.ts';
import type { ImportProgress, ImportResult, WorkerMessage, WorkerRequest } from './types.ts';

/** The messages as the page receives them: cloned, typed arrays moved. */
function resultMessagesOf(result: ImportResult, rowsPerSlice: number): WorkerMessage[] {
  return [...resultMessages(result, rowsPerSlice)].map(({ message, transfer }) =>
    structuredClone(message, { transfer }),
  );
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
    '/data/districts.geojson',
    (p) => progress.push(p),
    () => worker,
  );
  return { worker, progress, handle };
}

describe('importFile', () => {
  it('posts the file, relays progress, gathers the slices in order and resolves with the result', async () => {
    const { worker, progress, handle } = start();
    expect(worker.sent).toEqual([{ type: 'start', file, districtsUrl: '/data/districts.geojson' }]);
    worker.emit({ type: 'progress', bytes: 1, totalBytes: 3, rows: 0 });
    const result = await importedFixture(25);
    const messages = resultMessagesOf(result, 10);
    expect(messages.filter((m) => m.type === 'slice')).toHaveLength(3);
    for (const message of messages.slice(0, -1)) {
      worker.emit(message);
      expect(worker.terminated).toBe(false);
    }
    worker.emit(messages.at(-1) as WorkerMessage);
    const received = await handle.result;
    expect(received).toEqual(result);
    expect(Array.isArray(received.table.columns.lon)).toBe(true);
    expect(Array.isArray(received.details.sourceRow)).toBe(true);
    expect(progress).toEqual([{ bytes: 1, totalBytes: 3, rows: 0 }]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with an AbortError on cancel and ignores what the worker says after', async () => {
    const { worker, progress, handle } = start();
    handle.cancel();
    worker.emit({ type: 'progress', bytes: 1, totalBytes: 3, rows: 0 });
    await expect(handle.result).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    expect(progress).toEqual([]);
  });

  it('can be cancelled while the slices arrive, and ignores the rest', async () => {
    const { worker, handle } = start();
    const messages = resultMessagesOf(await importedFixture(25), 10);
    for (const message of messages.slice(0, 2)) worker.emit(message);
    handle.cancel();
    expect(worker.terminated).toBe(true);
    for (const message of messages.slice(2)) worker.emit(message);
    await expect(handle.result).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects when the worker fails', async () => {
    const { worker, handle } = start();
    worker.emit({ type: 'failed', message: 'data/districts.geojson: HTTP 404' });
    await expect(handle.result).rejects.toThrow('HTTP 404');
  });

  it('rejects when the worker fails while the slices arrive, and ignores the rest', async () => {
    const { worker, handle } = start();
    const messages = resultMessagesOf(await importedFixture(25), 10);
    for (const message of messages.slice(0, 2)) worker.emit(message);
    worker.emit({ type: 'failed', message: 'DataCloneError' });
    expect(worker.terminated).toBe(true);
    for (const message of messages.slice(2)) worker.emit(message);
    await expect(handle.result).rejects.toThrow('DataCloneError');
  });

  it('rejects when slices are missing or out of order, rather than resolve with a partial table', async () => {
    const messages = resultMessagesOf(await importedFixture(25), 10);
    const skipped = start();
    for (const message of messages.filter((_, i) => i !== 2)) skipped.worker.emit(message);
    await expect(skipped.handle.result).rejects.toThrow('slice starts at row 20, expected 10');
    expect(skipped.worker.terminated).toBe(true);

    const truncated = start();
    truncated.worker.emit(messages[0] as WorkerMessage);
    truncated.worker.emit(messages.at(-1) as WorkerMessage);
    await expect(truncated.handle.result).rejects.toThrow('0 rows arrived of 25 announced');

    const headless = start();
    headless.worker.emit(messages[1] as WorkerMessage);
    await expect(headless.handle.result).rejects.toThrow('a slice came before its start');
  });
});

describe('absoluteUrl', () => {
  it('resolves the districts URL against the page, since a worker would resolve it against its script', () => {
    vi.stubGlobal('location', { href: 'https://example.org/atlas/index.html' });
    try {
      expect(absoluteUrl('./assets/districts-abc.geojson')).toBe(
        'https://example.org/atlas/assets/districts-abc.geojson',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
