/**
 * The per-layer cost harness: the app's own map style (`buildStyle`: the base map, the overlays' layers
 * and the label layers, the districts in the first view's shipped colours) over the app's first-view
 * data, drawn by MapLibre alone, with `?without=<id>,<id>` dropping layers. Built and measured like the
 * bare page, so the difference between two variants is what those layers cost to compile, lay out and
 * draw; the first idle is the complete, coloured and labelled view.
 */
import {
  Map as MapLibreMap,
  setWorkerUrl,
  type SourceSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import provincesUrl from '../../data/provinces.geojson?url';
import districtsUrl from '../../data/districts.geojson?url';
import formerFataUrl from '../../data/former-fata.geojson?url';
import durandLineUrl from '../../data/durand-line.geojson?url';
import neighboursUrl from '../../data/neighbours.geojson?url';
import placesUrl from '../../data/places.geojson?url';
import routesUrl from '../../data/routes.geojson?url';
import type { FirstViewData } from '../../src/lib/data/types';
import { hatchImage } from '../../src/lib/map/hatch';
import { LAYER } from '../../src/lib/map/ids';
import { labelSources } from '../../src/lib/map/labels/layers';
import { buildStyle } from '../../src/lib/map/style';
import { CORRIDORS, routeFilter } from '../../src/lib/overlays/registry';

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function firstViewData(): Promise<FirstViewData> {
  const [provinces, districts, formerFata, durandLine, neighbours, places, routes] = await Promise.all(
    [provincesUrl, districtsUrl, formerFataUrl, durandLineUrl, neighboursUrl, placesUrl, routesUrl].map(json),
  );
  return { provinces, districts, formerFata, durandLine, neighbours, places, routes } as FirstViewData;
}

/** The corridors a first visit shows: the app filters the route layers to these. */
const DEFAULT_CORRIDORS = CORRIDORS.filter((c) => c.on).map((c) => c.id);

function styleWithout(data: FirstViewData, without: ReadonlySet<string>): StyleSpecification {
  // The default view's style as the app starts it (districts in the shipped first colours), with the
  // label sources filled from the first-view data at once, as the app fills them once its files are checked.
  const base = buildStyle(document.baseURI, true);
  const labels = labelSources(data);
  const sources = Object.fromEntries(
    Object.entries(base.sources).map(([id, source]): [string, SourceSpecification] => {
      const points = labels[id];
      return [id, points && source.type === 'geojson' ? { ...source, data: points } : source];
    }),
  );
  const layers = base.layers
    .filter((layer) => !without.has(layer.id))
    .map((layer) =>
      layer.id === LAYER.routesReal || layer.id === LAYER.routesSchematic
        ? { ...layer, filter: routeFilter(layer.id === LAYER.routesSchematic, DEFAULT_CORRIDORS) }
        : layer,
    );
  return { ...base, sources, layers };
}

const without = new Set(
  (new URLSearchParams(window.location.search).get('without') ?? '').split(',').filter(Boolean),
);
const data = await firstViewData();
setWorkerUrl(workerUrl);
const container = document.getElementById('map');
if (!container) throw new Error('index.html has no #map element');
const map = new MapLibreMap({
  container,
  style: styleWithout(data, without),
  bounds: [
    [60.5, 23.5],
    [77.9, 37.2],
  ],
  fitBoundsOptions: { padding: window.innerWidth > 640 ? { left: 320, right: 50, top: 10, bottom: 10 } : 10 },
  renderWorldCopies: false,
  fadeDuration: 0,
});
map.setMissingStyleImageResolver((id) => {
  if (id === 'fata-hatch' && !map.hasImage(id)) map.addImage(id, hatchImage([0x8c, 0x3b, 0x0a]));
});

// The same probe shape as the app's, so one harness measures every page.
const probe = { map, idle: false, idleCount: 0 };
(window as unknown as { __atlas: typeof probe }).__atlas = probe;
map.on('idle', () => {
  probe.idle = true;
  probe.idleCount += 1;
});
