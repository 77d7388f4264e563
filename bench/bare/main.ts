/**
 * The baseline for the browser figures: MapLibre alone drawing the app's first-view GeoJSON with plain
 * fill and line layers, no framework, no validation, no controls. Sources are given as URLs, the way a
 * bare MapLibre page would, so the worker fetches and parses them.
 */
import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import provincesUrl from '../../data/provinces.geojson?url';
import districtsUrl from '../../data/districts.geojson?url';
import formerFataUrl from '../../data/former-fata.geojson?url';
import durandLineUrl from '../../data/durand-line.geojson?url';
import neighboursUrl from '../../data/neighbours.geojson?url';
import placesUrl from '../../data/places.geojson?url';
import routesUrl from '../../data/routes.geojson?url';

const layers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#dfe9ee' } },
  { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#ece8df' } },
  {
    id: 'neighbours-line',
    type: 'line',
    source: 'neighbours',
    paint: { 'line-color': '#a9a397', 'line-width': 0.8 },
  },
  { id: 'districts-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#f4ead3' } },
  {
    id: 'districts-line',
    type: 'line',
    source: 'districts',
    paint: { 'line-color': '#b7ab93', 'line-width': 0.5 },
  },
  {
    id: 'provinces-line',
    type: 'line',
    source: 'provinces',
    paint: { 'line-color': '#5b5346', 'line-width': 1.2 },
  },
  {
    id: 'former-fata-line',
    type: 'line',
    source: 'former-fata',
    paint: { 'line-color': '#8c3b0a', 'line-width': 1.5 },
  },
  { id: 'routes-line', type: 'line', source: 'routes', paint: { 'line-color': '#2b6c8f', 'line-width': 2 } },
  {
    id: 'durand-line',
    type: 'line',
    source: 'durand-line',
    paint: { 'line-color': '#9e1b1b', 'line-width': 2.2 },
  },
  {
    id: 'places',
    type: 'circle',
    source: 'places',
    paint: {
      'circle-radius': 3.5,
      'circle-color': '#222222',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  },
];

setWorkerUrl(workerUrl);
const container = document.getElementById('map');
if (!container) throw new Error('index.html has no #map element');
const map = new MapLibreMap({
  container,
  style: {
    version: 8,
    sources: {
      neighbours: { type: 'geojson', data: neighboursUrl },
      provinces: { type: 'geojson', data: provincesUrl },
      districts: { type: 'geojson', data: districtsUrl },
      'former-fata': { type: 'geojson', data: formerFataUrl },
      'durand-line': { type: 'geojson', data: durandLineUrl },
      places: { type: 'geojson', data: placesUrl },
      routes: { type: 'geojson', data: routesUrl },
    },
    layers,
  },
  // The app's first view: the same bounds and padding, so both draw the same tiles.
  bounds: [
    [60.5, 23.5],
    [77.9, 37.2],
  ],
  fitBoundsOptions: { padding: window.innerWidth > 640 ? { left: 320, right: 50, top: 10, bottom: 10 } : 10 },
  renderWorldCopies: false,
});

// The same probe shape as the app's, so one harness measures both pages.
const probe = { map, idle: false, idleCount: 0 };
(window as unknown as { __atlas: typeof probe }).__atlas = probe;
map.on('idle', () => {
  probe.idle = true;
  probe.idleCount += 1;
});
