/**
 * The map's style, built in code from the app's own data only: no tiles, glyphs, sprites or fonts
 * are fetched. Labels are HTML markers (see labels.ts), so the style has no symbol layers.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FirstViewData } from '../data/types';
import { BORDER, CORRIDOR_COLOURS, GROUND } from './palette';

/** The provinces the dashboard is about: drawn warmer and to the fore. */
export const FRONTIER_PROVINCES = ['PK-KP', 'PK-BA'];

export const SOURCE = {
  neighbours: 'neighbours',
  provinces: 'provinces',
  districts: 'districts',
  formerFata: 'former-fata',
  durandLine: 'durand-line',
  places: 'places',
  routes: 'routes',
} as const;

/** Fill colour of a choropleth unit: the colour the app put in feature-state, else the quiet ground. */
function choroplethFill(ground: ExpressionSpecification): ExpressionSpecification {
  return ['to-color', ['coalesce', ['feature-state', 'fill'], ground]];
}

const frontierGround: ExpressionSpecification = [
  'case',
  ['in', ['get', 'province'], ['literal', FRONTIER_PROVINCES]],
  GROUND.frontierFill,
  GROUND.otherFill,
];

const isCountry: FilterSpecification = ['==', ['get', 'kind'], 'country'];
const isNeighbourProvince: FilterSpecification = ['==', ['get', 'kind'], 'province'];
const isLine: FilterSpecification = ['==', ['get', 'kind'], 'ceasefire-line'];

function corridorColour(): ExpressionSpecification {
  const pairs = Object.entries(CORRIDOR_COLOURS).flat();
  return ['match', ['get', 'corridor'], ...pairs, '#555555'] as unknown as ExpressionSpecification;
}

/** Every layer, bottom to top. Ids are referenced by the layer panel and the tests. */
export function buildLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': GROUND.sea } },
    {
      id: 'neighbours-fill',
      type: 'fill',
      source: SOURCE.neighbours,
      filter: isCountry,
      paint: { 'fill-color': GROUND.neighbour },
    },
    {
      // Invisible, for clicks: a neighbouring province opens what the articles say about it.
      id: 'neighbours-province-fill',
      type: 'fill',
      source: SOURCE.neighbours,
      filter: isNeighbourProvince,
      paint: { 'fill-color': '#000000', 'fill-opacity': 0 },
    },
    {
      id: 'neighbours-province-line',
      type: 'line',
      source: SOURCE.neighbours,
      filter: isNeighbourProvince,
      paint: { 'line-color': GROUND.neighbourProvinceLine, 'line-width': 0.6 },
    },
    {
      id: 'neighbours-country-line',
      type: 'line',
      source: SOURCE.neighbours,
      filter: isCountry,
      paint: { 'line-color': GROUND.neighbourLine, 'line-width': 0.9 },
    },
    {
      id: 'provinces-fill',
      type: 'fill',
      source: SOURCE.provinces,
      layout: { visibility: 'none' },
      paint: {
        'fill-color': choroplethFill([
          'case',
          ['in', ['get', 'id'], ['literal', FRONTIER_PROVINCES]],
          GROUND.frontierFill,
          GROUND.otherFill,
        ]),
      },
    },
    {
      id: 'districts-fill',
      type: 'fill',
      source: SOURCE.districts,
      paint: { 'fill-color': choroplethFill(frontierGround) },
    },
    {
      id: 'districts-line',
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': GROUND.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1],
      },
    },
    {
      id: 'former-fata-hatch',
      type: 'fill',
      source: SOURCE.formerFata,
      filter: ['==', ['get', 'kind'], 'agency'],
      paint: { 'fill-pattern': 'fata-hatch', 'fill-opacity': 0.55 },
    },
    {
      id: 'former-fata-line',
      type: 'line',
      source: SOURCE.formerFata,
      filter: ['!=', ['get', 'kind'], 'agency'],
      paint: { 'line-color': BORDER.formerFata, 'line-width': 1.6, 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'provinces-line',
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': GROUND.provinceLine,
        'line-width': ['case', ['in', ['get', 'id'], ['literal', FRONTIER_PROVINCES]], 1.6, 1.1],
      },
    },
    {
      id: 'districts-hover',
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': GROUND.hover,
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0],
      },
    },
    {
      id: 'provinces-hover',
      type: 'line',
      source: SOURCE.provinces,
      layout: { visibility: 'none' },
      paint: {
        'line-color': GROUND.hover,
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.2, 0],
      },
    },
    {
      id: 'line-of-control',
      type: 'line',
      source: SOURCE.neighbours,
      filter: isLine,
      paint: { 'line-color': BORDER.loc, 'line-width': 1.4, 'line-dasharray': [4, 3] },
    },
    {
      id: 'durand-line-casing',
      type: 'line',
      source: SOURCE.durandLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': BORDER.durandCasing, 'line-width': 5, 'line-opacity': 0.8 },
    },
    {
      id: 'durand-line',
      type: 'line',
      source: SOURCE.durandLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': BORDER.durand, 'line-width': 2.4 },
    },
    {
      id: 'routes-real',
      type: 'line',
      source: SOURCE.routes,
      filter: ['==', ['get', 'schematic'], false],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': corridorColour(), 'line-width': 3 },
    },
    {
      id: 'routes-schematic',
      type: 'line',
      source: SOURCE.routes,
      filter: ['==', ['get', 'schematic'], true],
      paint: {
        'line-color': corridorColour(),
        'line-width': 2.2,
        'line-dasharray': [1.5, 1.5],
        'line-opacity': 0.9,
      },
    },
    {
      id: 'districts-selected',
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': GROUND.selected,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
      },
    },
    {
      id: 'provinces-selected',
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': GROUND.selected,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
      },
    },
    {
      id: 'places-crossings',
      type: 'circle',
      source: SOURCE.places,
      filter: ['==', ['get', 'kind'], 'border-crossing'],
      paint: {
        'circle-radius': 4.5,
        'circle-color': BORDER.durand,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'places-ports',
      type: 'circle',
      source: SOURCE.places,
      filter: ['in', ['get', 'kind'], ['literal', ['seaport', 'dry-port']]],
      paint: {
        'circle-radius': 6,
        'circle-color': '#ffffff',
        'circle-stroke-color': '#0b3d66',
        'circle-stroke-width': 2.5,
      },
    },
  ];
}

export function buildStyle(data: FirstViewData): StyleSpecification {
  return {
    version: 8,
    name: 'Frontier Atlas',
    sources: {
      [SOURCE.neighbours]: { type: 'geojson', data: data.neighbours },
      [SOURCE.provinces]: { type: 'geojson', data: data.provinces, promoteId: 'id' },
      [SOURCE.districts]: { type: 'geojson', data: data.districts, promoteId: 'id' },
      [SOURCE.formerFata]: { type: 'geojson', data: data.formerFata, promoteId: 'id' },
      [SOURCE.durandLine]: { type: 'geojson', data: data.durandLine },
      [SOURCE.places]: { type: 'geojson', data: data.places, promoteId: 'id' },
      [SOURCE.routes]: { type: 'geojson', data: data.routes, promoteId: 'id' },
    },
    layers: buildLayers(),
  };
}

/** Which layers each overlay toggle shows or hides. */
export const OVERLAY_LAYERS: Readonly<Record<string, { layers: string[]; corridor?: string }>> = {
  'former-fata': { layers: ['former-fata-hatch', 'former-fata-line'] },
  'durand-line': { layers: ['durand-line-casing', 'durand-line'] },
  places: { layers: ['places-crossings', 'places-ports'] },
  cpec: { layers: [], corridor: 'cpec' },
  chabahar: { layers: [], corridor: 'chabahar' },
  'afghan-transit': { layers: [], corridor: 'afghan-transit' },
  'iran-link': { layers: [], corridor: 'iran-link' },
  // The incidents layer is added after the first paint and toggled by IncidentsLayer.svelte.
  incidents: { layers: [] },
};

/** Route layers are filtered to the corridors whose toggles are on. */
export function routeFilter(schematic: boolean, corridors: string[]): FilterSpecification {
  return [
    'all',
    ['==', ['get', 'schematic'], schematic],
    ['in', ['get', 'corridor'], ['literal', corridors]],
  ];
}
