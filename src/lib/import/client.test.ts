import { describe, expect, it, vi } from 'vitest';
import { absoluteUrl, importFile, type WorkerLike } from './client.ts';
import type { ImportProgress, ImportResult, WorkerMessage, WorkerRequest } from './types.ts';

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
  it('posts the file, relays progress and resolves with the result', async () => {
    const { worker, progress, handle } = start();
    expect(worker.sent).toEqual([{ type: 'start', file, districtsUrl: '/data/districts.geojson' }]);
    worker.emit({ type: 'progress', bytes: 1, totalBytes: 3, rows: 0 });
    const result = { fileName: 'mine.csv', errorCount: 0 } as ImportResult;
    worker.emit({ type: 'done', ...result });
    await expect(handle.result).resolves.toEqual(result);
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

  it('rejects when the worker fails', async () => {
    const { worker, handle } = start();
    worker.emit({ type: 'failed', message: 'data/districts.geojson: HTTP 404' });
    await expect(handle.result).rejects.toThrow('HTTP 404');
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
