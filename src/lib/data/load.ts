/**
 * The one loader of `data/` for the app, its panels and its workers: fetches a file once, checks it
 * against its contract (src/lib/contracts/) and hands back the typed content, or a DataError naming
 * the file, the row and the field.
 */
import { DataError } from '../contracts/data-error';
import { DATA_FILES, dataPath, type DataFileName, type DataOf } from '../contracts/manifest';
import type { FirstViewData } from './types';

export { DataError } from '../contracts/data-error';

async function fetchText(name: DataFileName): Promise<string> {
  const file = dataPath(name);
  try {
    const response = await fetch(DATA_FILES[name].url);
    if (!response.ok) throw new DataError(file, 'request', 'status', `HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(file, 'request', 'network', (error as Error).message);
  }
}

async function fetchAndCheck<K extends DataFileName>(name: K): Promise<DataOf<K>> {
  // The checking code and the file's contract download alongside the file, so checking adds no wait
  // and none of that code is in the app's first script.
  const [text, { checkDataFile, parseJsonText }] = await Promise.all([
    fetchText(name),
    import('../contracts/check'),
    DATA_FILES[name].schema(),
  ]);
  return checkDataFile(name, parseJsonText(dataPath(name), text));
}

const loads = new Map<DataFileName, Promise<unknown>>();

/** Files being downloaded now, for the loading indicator; listeners hear every change. */
const pending = new Set<DataFileName>();
const pendingListeners = new Set<(names: readonly DataFileName[]) => void>();

function setPending(name: DataFileName, loading: boolean): void {
  if (loading) pending.add(name);
  else pending.delete(name);
  for (const listener of pendingListeners) listener([...pending]);
}

/** Calls `listener` with the files downloading now, at once and after each change; returns the unsubscribe. */
export function watchDownloads(listener: (names: readonly DataFileName[]) => void): () => void {
  pendingListeners.add(listener);
  listener([...pending]);
  return () => pendingListeners.delete(listener);
}

/** The file's checked content; every caller shares one request per file. */
export function loadData<K extends DataFileName>(name: K): Promise<DataOf<K>> {
  let load = loads.get(name);
  if (!load) {
    setPending(name, true);
    load = fetchAndCheck(name);
    // settled either way: a failure is the caller's to report, the indicator only stops
    load.then(
      () => setPending(name, false),
      () => setPending(name, false),
    );
    loads.set(name, load);
  }
  return load as Promise<DataOf<K>>;
}

/** Each file of the first view on its own: one that fails leaves the others. */
export function loadFirstView(): { [K in keyof FirstViewData]: Promise<FirstViewData[K]> } {
  return {
    provinces: loadData('provinces.geojson'),
    districts: loadData('districts.geojson'),
    formerFata: loadData('former-fata.geojson'),
    durandLine: loadData('durand-line.geojson'),
    neighbours: loadData('neighbours.geojson'),
    places: loadData('places.geojson'),
    routes: loadData('routes.geojson'),
  };
}
