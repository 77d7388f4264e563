/** Main-thread side of the buffer worker: one request per corridor and distance, answers cached. */
import type { BufferArea, BufferRequest, BufferResponse, CorridorLines } from './buffer';

/** What the client needs of a Worker, so tests can pass a stand-in. */
export interface BufferWorkerLike {
  postMessage(message: BufferRequest): void;
  onmessage: ((event: MessageEvent<BufferResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface BufferClient {
  buffer(corridorId: string, km: number): Promise<BufferArea>;
  dispose(): void;
}

function startWorker(): BufferWorkerLike {
  return new Worker(new URL('./buffer.worker.ts', import.meta.url), { type: 'module' }) as BufferWorkerLike;
}

export function createBufferClient(
  lines: CorridorLines,
  worker: BufferWorkerLike = startWorker(),
): BufferClient {
  const cache = new Map<string, Promise<BufferArea>>();
  const pending = new Map<number, { resolve: (area: BufferArea) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let disposed = false;

  worker.onmessage = (event) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (waiting === undefined) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.area);
    else waiting.reject(new Error(response.error));
  };
  worker.onerror = (event) => {
    const error = new Error(`buffer worker failed: ${event.message}`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    cache.clear();
  };
  worker.postMessage({ type: 'lines', lines });

  return {
    buffer(corridorId, km) {
      if (disposed) return Promise.reject(new Error('buffer client disposed'));
      const key = `${corridorId}@${km}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const id = nextId++;
      const promise = new Promise<BufferArea>((resolve, reject) => pending.set(id, { resolve, reject }));
      // a failed request is not remembered, so it can be asked again
      promise.catch(() => cache.delete(key));
      cache.set(key, promise);
      worker.postMessage({ type: 'buffer', id, corridorId, km });
      return promise;
    },
    dispose() {
      disposed = true;
      worker.terminate();
      for (const waiting of pending.values()) waiting.reject(new Error('buffer client disposed'));
      pending.clear();
      cache.clear();
    },
  };
}
