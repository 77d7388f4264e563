/// <reference lib="webworker" />
/**
 * Reads a user's event file off the main thread: loads and indexes the districts, streams the file
 * through the checks into compact columns, posts progress, keeps a complete result in this browser's
 * storage and posts it in one message whose buffers move to the page. It also reads a kept import
 * back. Nothing leaves the device.
 */
import { loadData } from '../data/load.ts';
import { createPlacer } from './placement.ts';
import { checkImportedEvents, resultMessage } from './result-transfer.ts';
import { importBlob } from './run.ts';
import { keepImport, readKept } from './storage.ts';
import type { Kept, WorkerMessage, WorkerRequest } from './types.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'restore') {
      const result = await readKept(request.datasetId);
      if (!result) {
        post({ type: 'missing' });
        return;
      }
      checkImportedEvents(result);
      const { message, transfer } = resultMessage(result, { kept: true });
      post(message, transfer);
      return;
    }
    const place = createPlacer(await loadData('districts.geojson'));
    const result = await importBlob(request.file, {
      fileName: request.file.name,
      totalBytes: request.file.size,
      place,
      geography: { districtIds: request.districtIds, provinceIds: request.provinceIds },
      onProgress: (progress) => post({ type: 'progress', ...progress }),
    });
    checkImportedEvents(result);
    // Only a file read to its end replaces what is kept; storage failing (private mode, quota) does not stop the import.
    let keep: Kept = { kept: false, reason: 'the file was not read to its end' };
    if (!result.fatal) {
      try {
        await keepImport(result);
        keep = { kept: true };
      } catch (error) {
        keep = { kept: false, reason: error instanceof Error ? error.message : String(error) };
      }
    }
    const { message, transfer } = resultMessage(result, keep);
    post(message, transfer);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
