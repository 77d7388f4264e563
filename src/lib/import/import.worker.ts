/// <reference lib="webworker" />
/**
 * Reads a user's event file off the main thread: loads and indexes the districts, streams the file
 * through the checks, posts progress, and posts the finished table in slices. Nothing leaves the device.
 */
import type { DistrictCollection } from '../../../geo/attacks/types.ts';
import { districtSchema, validateFeatureCollection } from '../data/validate.ts';
import { createPlacer } from './placement.ts';
import { resultMessages } from './result-transfer.ts';
import { importBlob } from './run.ts';
import type { WorkerMessage, WorkerRequest } from './types.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function loadDistricts(url: string): Promise<DistrictCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`data/districts.geojson: HTTP ${response.status}`);
  const json: unknown = await response.json();
  return validateFeatureCollection('data/districts.geojson', json, districtSchema, [
    'Polygon',
    'MultiPolygon',
  ]) as unknown as DistrictCollection;
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type !== 'start') return;
  try {
    const place = createPlacer(await loadDistricts(request.districtsUrl));
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
