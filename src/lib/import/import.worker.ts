/// <reference lib="webworker" />
/**
 * Reads a user's event file off the main thread: loads and indexes the districts, streams the file
 * through the checks, posts progress, and posts the finished table in slices. Nothing leaves the device.
 */
import { loadData } from '../data/load.ts';
import { createPlacer } from './placement.ts';
import { resultMessages } from './result-transfer.ts';
import { importBlob } from './run.ts';
import type { WorkerMessage, WorkerRequest } from './types.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type !== 'start') return;
  try {
    const place = createPlacer(await loadData('districts.geojson'));
    const result = await importBlob(request.file, {
      fileName: request.file.name,
      totalBytes: request.file.size,
      place,
      onProgress: (progress) => post({ type: 'progress', ...progress }),
    });
    for (const { message, transfer } of resultMessages(result)) post(message, transfer);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
