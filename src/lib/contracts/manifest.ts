/**
 * Every file in `data/`: where the app fetches it, the contract it must meet and when it loads. The
 * pipeline checks each file against its contract before writing it; the app checks it again after
 * fetching it (src/lib/data/load.ts).
 *
 * Every contract loads with its file (dynamic import), fetched alongside it: one chunk for the files the
 * map waits for, one for the other files requested at start, one per file loaded on demand. So no contract code, not even valibot, holds up the app's first script,
 * which starts the downloads.
 */
import type * as v from 'valibot';

/**
 * - `first-view`: the map waits for it;
 * - `after-first-view`: nothing on the map waits for it: requested at start, or, for a link to the
 *   first view (whose colours ship with the districts), once the map has settled; the data then fills in
 *   (legend, table, other views, overlays);
 * - `on-demand`: requested the first time a panel or a layer needs it.
 */
export type LoadTime = 'first-view' | 'after-first-view' | 'on-demand';

interface DataFile<S extends v.GenericSchema> {
  /** the built asset (Vite resolves `new URL(…, import.meta.url)` to the hashed file) */
  url: string;
  load: LoadTime;
  /** the contract, loaded with the file */
  schema: () => Promise<S>;
}

function entry<S extends v.GenericSchema>(spec: DataFile<S>): DataFile<S> {
  return spec;
}

export const DATA_FILES = {
  'districts.geojson': entry({
    url: new URL('../../../data/districts.geojson', import.meta.url).href,
    load: 'first-view',
    schema: () => import('./first-view.ts').then((m) => m.districtsSchema),
  }),
  'provinces.geojson': entry({
    url: new URL('../../../data/provinces.geojson', import.meta.url).href,
    load: 'first-view',
    schema: () => import('./first-view.ts').then((m) => m.provincesSchema),
  }),
  'former-fata.geojson': entry({
    url: new URL('../../../data/former-fata.geojson', import.meta.url).href,
    load: 'first-view',
    schema: () => import('./first-view.ts').then((m) => m.formerFataSchema),
  }),
  'durand-line.geojson': entry({
    url: new URL('../../../data/durand-line.geojson', import.meta.url).href,
    load: 'first-view',
    schema: () => import('./first-view.ts').then((m) => m.durandLineSchema),
  }),
  'neighbours.geojson': entry({
    url: new URL('../../../data/neighbours.geojson', import.meta.url).href,
    load: 'first-view',
    schema: () => import('./first-view.ts').then((m) => m.neighboursSchema),
  }),
  'places.geojson': entry({
    url: new URL('../../../data/places.geojson', import.meta.url).href,
    load: 'first-view',
    schema: () => import('./first-view.ts').then((m) => m.placesSchema),
  }),
  'routes.geojson': entry({
    url: new URL('../../../data/routes.geojson', import.meta.url).href,
    load: 'first-view',
    schema: () => import('./first-view.ts').then((m) => m.routesSchema),
  }),
  'events.json': entry({
    url: new URL('../../../data/events.json', import.meta.url).href,
    load: 'after-first-view',
    schema: () => import('./after-first-view.ts').then((m) => m.eventsSchema),
  }),
  'published-figures.json': entry({
    url: new URL('../../../data/published-figures.json', import.meta.url).href,
    load: 'after-first-view',
    schema: () => import('./after-first-view.ts').then((m) => m.publishedFiguresSchema),
  }),
  'context.json': entry({
    url: new URL('../../../data/context.json', import.meta.url).href,
    load: 'after-first-view',
    schema: () => import('./after-first-view.ts').then((m) => m.contextSchema),
  }),
  'incidents.geojson': entry({
    url: new URL('../../../data/incidents.geojson', import.meta.url).href,
    load: 'after-first-view',
    schema: () => import('./after-first-view.ts').then((m) => m.incidentsSchema),
  }),
  'event-details.json': entry({
    url: new URL('../../../data/event-details.json', import.meta.url).href,
    load: 'on-demand',
    schema: () => import('./event-details.ts').then((m) => m.eventDetailsSchema),
  }),
  'exposure.json': entry({
    url: new URL('../../../data/exposure.json', import.meta.url).href,
    load: 'on-demand',
    schema: () => import('./exposure.ts').then((m) => m.exposureSchema),
  }),
  'corridor-lines.geojson': entry({
    url: new URL('../../../data/corridor-lines.geojson', import.meta.url).href,
    load: 'on-demand',
    schema: () => import('./corridor-lines.ts').then((m) => m.corridorLinesSchema),
  }),
  'district-figures.json': entry({
    url: new URL('../../../data/district-figures.json', import.meta.url).href,
    load: 'on-demand',
    schema: () => import('./district-figures.ts').then((m) => m.districtFiguresSchema),
  }),
  'multi-site-incidents.json': entry({
    url: new URL('../../../data/multi-site-incidents.json', import.meta.url).href,
    load: 'on-demand',
    schema: () => import('./multi-site-incidents.ts').then((m) => m.multiSiteIncidentsSchema),
  }),
  'border.json': entry({
    url: new URL('../../../data/border.json', import.meta.url).href,
    load: 'on-demand',
    schema: () => import('./border.ts').then((m) => m.borderDataSchema),
  }),
};

export type DataFileName = keyof typeof DATA_FILES;

/** The content of a data file as its contract types it. */
export type DataOf<K extends DataFileName> = v.InferOutput<
  Awaited<ReturnType<(typeof DATA_FILES)[K]['schema']>>
>;

/** The files that load at `load`, in the manifest's order (the build preloads and measures the first view's). */
export function filesLoadedAt(load: LoadTime): DataFileName[] {
  return (Object.keys(DATA_FILES) as DataFileName[]).filter((name) => DATA_FILES[name].load === load);
}

/** The path every message names: `data/<name>`. */
export function dataPath(name: DataFileName): `data/${DataFileName}` {
  return `data/${name}`;
}

export function isDataFileName(name: string): name is DataFileName {
  return Object.hasOwn(DATA_FILES, name);
}
