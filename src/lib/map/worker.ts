/** MapLibre's worker, started as soon as the app knows it can draw a map. */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

let started = false;

/**
 * Points MapLibre at its worker and starts it: the worker fetches and compiles its script while the app
 * is still fetching and checking the map's data, instead of after the map is made.
 */
export function startMapWorker(): void {
  if (started) return;
  started = true;
  setWorkerUrl(workerUrl);
  prewarm();
}
