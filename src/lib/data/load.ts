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

/** The file's checked content; every caller shares one request per file. */
export function loadData<K extends DataFileName>(name: K): Promise<DataOf<K>> {
  let load = loads.get(name);
  if (!load) {
    load = fetchAndCheck(name);
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
