/**
 * The map's style, built in code from the app's own data only: no tiles, sprites or fonts are fetched.
 * The names on the map (labels/layers.ts) are part of it from the start, with glyphs shipped in the app.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { DATA_FILES, type DataFileName } from '../contracts/manifest';
import { overlayLayers } from '../overlays/registry';
import { FIRST_FILL } from '../choropleth/first-view';
import { LAYER, PATTERN, SOURCE, type SourceId } from './ids';
import { labelStyle } from './labels/layers';
import { BORDER, DASHED, GROUND } from './palette';
import { hatchImage } from './hatch';
import { NO_FIGURE_RGB } from '../recent/hatch-style';

/** The provinces the dashboard is about: drawn warmer and to the fore. */
export const FRONTIER_PROVINCES = ['PK-KP', 'PK-BA'];

/** Fill colour of a choropleth unit: the colour the app put in feature-state, else the quiet ground. */
function choroplethFill(ground: ExpressionSpecification): ExpressionSpecification {
  return ['to-color', ['coalesce', ['feature-state', 'fill'], ground]];
}

/**
 * The same, with the first view's shipped colour (choropleth/first-view.ts) until the app first paints the
 * unit: from then on (`painted`) the unit shows the app's colour, or the ground where it has none.
 */
function choroplethFillFromFirstView(ground: ExpressionSpecification): ExpressionSpecification {
  return [
    'to-color',
    [
      'coalesce',
      ['feature-state', 'fill'],
      [
        'case',
        ['boolean', ['feature-state', 'painted'], false],
        ground,
        ['coalesce', ['get', FIRST_FILL], ground],
      ],
    ],
  ];
}

const frontierGround: ExpressionSpecification = [
  'case',
  ['in', ['get', 'province'], ['literal', FRONTIER_PROVINCES]],
  GROUND.frontierFill,
  GROUND.otherFill,
];

/** The fill patterns, drawn in code when the map first needs them (MapView.svelte), so no sprite is fetched. */
export const PATTERN_IMAGES: Record<string, () => ReturnType<typeof hatchImage>> = {
  [PATTERN.formerFata]: () => hatchImage([0x8c, 0x3b, 0x0a]),
  [PATTERN.noFigure]: () => hatchImage(NO_FIGURE_RGB, 6),
};

/** A filter that no district passes: the no-figure hatch's, until a published district view lists some. */
export const NO_DISTRICTS: FilterSpecification = ['in', ['get', 'id'], ['literal', []]];

const isCountry: FilterSpecification = ['==', ['get', 'kind'], 'country'];
const isNeighbourProvince: FilterSpecification = ['==', ['get', 'kind'], 'province'];
const isLine: FilterSpecification = ['==', ['get', 'kind'], 'ceasefire-line'];

/**
 * The base map's layers bottom to top, with the overlays' layers in their slots (overlays/registry.ts).
 * `firstColours`: the districts start in the first view's shipped colours (the URL asks for that view).
 */
export function buildLayers(firstColours = false): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': GROUND.sea } },
    {
      id: LAYER.neighboursFill,
      type: 'fill',
      source: SOURCE.neighbours,
      filter: isCountry,
      paint: { 'fill-color': GROUND.neighbour, 'fill-antialias': false },
    },
    {
      // Invisible, for clicks: a neighbouring province opens what the articles say about it.
      id: LAYER.neighboursProvinceFill,
      type: 'fill',
      source: SOURCE.neighbours,
      filter: isNeighbourProvince,
      paint: { 'fill-color': '#000000', 'fill-opacity': 0, 'fill-antialias': false },
    },
    {
      id: LAYER.neighboursProvinceLine,
      type: 'line',
      source: SOURCE.neighbours,
      filter: isNeighbourProvince,
      paint: { 'line-color': GROUND.neighbourProvinceLine, 'line-width': 0.6 },
    },
    {
      id: LAYER.neighboursCountryLine,
      type: 'line',
      source: SOURCE.neighbours,
      filter: isCountry,
      paint: { 'line-color': GROUND.neighbourLine, 'line-width': 0.9 },
    },
    {
      id: LAYER.provincesFill,
      type: 'fill',
      source: SOURCE.provinces,
      layout: { visibility: 'none' },
      paint: {
        'fill-antialias': false,
        'fill-color': choroplethFill([
          'case',
          ['in', ['get', 'id'], ['literal', FRONTIER_PROVINCES]],
          GROUND.frontierFill,
          GROUND.otherFill,
        ]),
      },
    },
    {
      id: LAYER.districtsFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        'fill-antialias': false,
        'fill-color': firstColours
          ? choroplethFillFromFirstView(frontierGround)
          : choroplethFill(frontierGround),
      },
    },
    {
      // The published district view hatches the districts its report does not list (NoFigureHatch.svelte).
      id: LAYER.districtsNoFigure,
      type: 'fill',
      source: SOURCE.districts,
      filter: NO_DISTRICTS,
      layout: { visibility: 'none' },
      paint: { 'fill-pattern': PATTERN.noFigure, 'fill-opacity': 0.9, 'fill-antialias': false },
    },
    {
      id: LAYER.districtsLine,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': GROUND.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1],
      },
    },
    ...overlayLayers('areas'),
    {
      id: LAYER.provincesLine,
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': GROUND.provinceLine,
        'line-width': ['case', ['in', ['get', 'id'], ['literal', FRONTIER_PROVINCES]], 1.6, 1.1],
      },
    },
    {
      id: LAYER.districtsHover,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': GROUND.hover,
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0],
      },
    },
    {
      id: LAYER.provincesHover,
      type: 'line',
      source: SOURCE.provinces,
      layout: { visibility: 'none' },
      paint: {
        'line-color': GROUND.hover,
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.2, 0],
      },
    },
    {
      id: LAYER.lineOfControl,
      type: 'line',
      source: SOURCE.neighbours,
      filter: isLine,
      paint: {
        'line-color': BORDER.loc,
        'line-width': DASHED.lineOfControl.width,
        'line-dasharray': [...DASHED.lineOfControl.dash],
      },
    },
    ...overlayLayers('lines'),
    {
      id: LAYER.districtsSelected,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': GROUND.selected,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
      },
    },
    {
      id: LAYER.provincesSelected,
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': GROUND.selected,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
      },
    },
    ...overlayLayers('points'),
  ];
}

/** Each geometry source and the data file it is drawn from. */
export const SOURCE_FILES = {
  [SOURCE.neighbours]: 'neighbours.geojson',
  [SOURCE.provinces]: 'provinces.geojson',
  [SOURCE.districts]: 'districts.geojson',
  [SOURCE.formerFata]: 'former-fata.geojson',
  [SOURCE.durandLine]: 'durand-line.geojson',
  [SOURCE.places]: 'places.geojson',
  [SOURCE.routes]: 'routes.geojson',
} as const satisfies Partial<Record<SourceId, DataFileName>>;

/**
 * The map's style. The geometry sources are the data files' URLs: MapLibre's worker fetches and cuts them
 * while the app fetches and checks the same files for its own use, so the map starts before the app's
 * checks are done (a file that fails them is then emptied on the map: MapView.svelte). The label sources
 * start empty and are filled from the checked files (labels/layers.ts).
 * `baseUri`: where the app lives, for the glyphs it ships (the app may be served from a subfolder);
 * `firstColours`: whether the districts start in the first view's shipped colours.
 */
export function buildStyle(baseUri: string, firstColours = false): StyleSpecification {
  const labels = labelStyle(baseUri);
  const url = (source: keyof typeof SOURCE_FILES) => DATA_FILES[SOURCE_FILES[source]].url;
  return {
    version: 8,
    name: 'Frontier Atlas',
    glyphs: labels.glyphs,
    sources: {
      [SOURCE.neighbours]: { type: 'geojson', data: url(SOURCE.neighbours) },
      [SOURCE.provinces]: { type: 'geojson', data: url(SOURCE.provinces), promoteId: 'id' },
      [SOURCE.districts]: { type: 'geojson', data: url(SOURCE.districts), promoteId: 'id' },
      [SOURCE.formerFata]: { type: 'geojson', data: url(SOURCE.formerFata), promoteId: 'id' },
      [SOURCE.durandLine]: { type: 'geojson', data: url(SOURCE.durandLine) },
      [SOURCE.places]: { type: 'geojson', data: url(SOURCE.places), promoteId: 'id' },
      [SOURCE.routes]: { type: 'geojson', data: url(SOURCE.routes), promoteId: 'id' },
      ...labels.sources,
    },
    layers: [...buildLayers(firstColours), ...labels.layers],
  };
}
