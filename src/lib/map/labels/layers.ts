/**
 * Names on the map as MapLibre symbol layers: provinces, districts, ports, crossings and towns, and the
 * status of the two disputed lines. MapLibre's collision index keeps every label clear of the others
 * (a label that does not fit is left out, never drawn over another), the glyphs ship with the app
 * (see fonts.ts), and the names are drawn into the map canvas, so the PNG export carries them.
 *
 * Placement goes from the top layer down, so the order below is also the priority: the disputed lines
 * first, then ports, crossings and main towns, then provinces, districts and the smaller towns.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { FirstViewData, PlaceKind, PlaceProperties } from '../../data/types';
import { LAYER, SOURCE } from '../ids';
import { vertexNearLatitude } from '../line-label';
import { BORDER, POINTS } from '../palette';
import { FONT, glyphsUrl } from './fonts';

export const LABEL_SOURCE = {
  provinces: SOURCE.labelProvinces,
  districts: SOURCE.labelDistricts,
  places: SOURCE.labelPlaces,
  lines: SOURCE.labelLines,
} as const;

export const LABEL_LAYER = {
  towns: LAYER.labelsTowns,
  districts: LAYER.labelsDistricts,
  provinces: LAYER.labelsProvinces,
  places: LAYER.labelsPlaces,
  lines: LAYER.labelsLines,
} as const;

/** Bottom to top, as added to the style. */
export const LABEL_LAYER_IDS: readonly string[] = [
  LABEL_LAYER.towns,
  LABEL_LAYER.districts,
  LABEL_LAYER.provinces,
  LABEL_LAYER.places,
  LABEL_LAYER.lines,
];

/** The kinds whose dots the "places" overlay shows; their names go with the dots. */
const DOT_KINDS: readonly PlaceKind[] = ['seaport', 'dry-port', 'border-crossing'];
const TOWN_KINDS: readonly PlaceKind[] = ['capital', 'city', 'town'];
/** Lower is placed first when two labels of one layer compete for the same room. */
const PLACE_RANK: Readonly<Record<PlaceKind, number>> = {
  capital: 0,
  seaport: 1,
  'border-crossing': 2,
  city: 3,
  'dry-port': 4,
  town: 5,
};

export const LINE_LABEL_TEXT = {
  durand: 'Durand Line: de facto border, not recognised by Afghanistan',
  loc: 'Line of Control: ceasefire line',
} as const;

/** The dot already says "crossing" (see the legend); the label keeps the name. */
export function placeLabelText(place: Pick<PlaceProperties, 'name' | 'shortName'>): string {
  return (place.shortName || place.name).replace(/ border crossing$/, '');
}

function linesOf(geometry: { type: string; coordinates: unknown }): Position[][] {
  return geometry.type === 'LineString'
    ? [geometry.coordinates as Position[]]
    : geometry.type === 'MultiLineString'
      ? (geometry.coordinates as Position[][])
      : [];
}

type LineLabel = { kind: 'durand' | 'loc'; text: string };

/**
 * One point per disputed line, on a quiet stretch of it: the Durand label hangs west of its line
 * (in Afghanistan), the Line of Control's east of its line (in India), so neither covers the
 * Pakistani districts the choropleth colours.
 */
export function lineLabelPoints(
  data: Pick<FirstViewData, 'durandLine' | 'neighbours'>,
): FeatureCollection<Point, LineLabel> {
  const durand = data.durandLine.features[0];
  const loc = data.neighbours.features.find((f) => f.properties.kind === 'ceasefire-line');
  const at: [LineLabel, [number, number] | null][] = [
    [
      { kind: 'durand', text: LINE_LABEL_TEXT.durand },
      durand ? vertexNearLatitude(linesOf(durand.geometry), 32.6) : null,
    ],
    [
      { kind: 'loc', text: LINE_LABEL_TEXT.loc },
      loc ? vertexNearLatitude(linesOf(loc.geometry), 34.4) : null,
    ],
  ];
  return {
    type: 'FeatureCollection',
    features: at
      .filter((entry): entry is [LineLabel, [number, number]] => entry[1] !== null)
      .map(([properties, coordinates]) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates },
        properties,
      })),
  };
}

/**
 * One point feature per area, at the label point the pipeline ships with it (geo/labels/: the pole of
 * inaccessibility of its largest part), with the properties a label needs. One point per area: a symbol
 * layer on the polygons themselves would label each tile's piece of a polygon separately.
 */
export function labelPoints<P extends { id: string; labelPoint: [number, number] }, Q>(
  areas: FeatureCollection<Geometry, P>,
  properties: (area: P) => Q,
): FeatureCollection<Point, Q> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((area): Feature<Point, Q> => ({
      type: 'Feature',
      id: area.properties.id,
      geometry: { type: 'Point', coordinates: area.properties.labelPoint },
      properties: properties(area.properties),
    })),
  };
}

export function districtLabelPoints(districts: FirstViewData['districts']) {
  return labelPoints(districts, (d) => ({ id: d.id, name: d.name, area: d.areaKm2Geometry }));
}

/** The label points of each label source, from the checked first-view files. */
export function labelSources(data: FirstViewData): Record<string, FeatureCollection> {
  return {
    [LABEL_SOURCE.provinces]: labelPoints(data.provinces, (p) => ({
      id: p.id,
      name: p.name,
      area: p.areaKm2Geometry,
    })),
    [LABEL_SOURCE.districts]: districtLabelPoints(data.districts),
    [LABEL_SOURCE.places]: {
      type: 'FeatureCollection',
      features: data.places.features
        // A place the pipeline does not label at the first view is named from district zooms on,
        // if it is a town; a crossing without a label is a second point for a labelled one.
        .filter((f) => f.properties.label || TOWN_KINDS.includes(f.properties.kind))
        .map((f) => ({
          type: 'Feature',
          geometry: f.geometry,
          properties: {
            id: f.properties.id,
            text: placeLabelText(f.properties),
            kind: f.properties.kind,
            main: f.properties.label,
            rank: PLACE_RANK[f.properties.kind] ?? 9,
          },
        })),
    },
    [LABEL_SOURCE.lines]: lineLabelPoints(data),
  };
}

const HALO = {
  'text-halo-color': 'rgba(255, 255, 255, 0.92)',
  'text-halo-width': 1.6,
  'text-halo-blur': 0.4,
} as const;

/**
 * One colour for every name of a layer, written as a per-feature expression (no label has the property it
 * reads): the names of ports, crossings and the disputed lines are coloured by kind, per feature, and if
 * every label layer colours per feature they all share one GL program instead of two; in software WebGL
 * a symbol program costs a noticeable part of the first frame.
 */
const perFeature = (colour: string): ExpressionSpecification => ['coalesce', ['get', 'text-color'], colour];

const byZoom = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as unknown as ExpressionSpecification;

const isKind = (kinds: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', 'kind'],
  ['literal', [...kinds]],
];

/** What the overlay toggles show: the names of ports and crossings go with their dots, the Durand label with its line. */
export function labelFilters(visible: { places: boolean; durandLine: boolean }): {
  places: FilterSpecification;
  lines: FilterSpecification;
} {
  return {
    places: visible.places
      ? ['==', ['get', 'main'], true]
      : ['all', ['==', ['get', 'main'], true], isKind(TOWN_KINDS)],
    lines: visible.durandLine ? ['has', 'kind'] : ['!=', ['get', 'kind'], 'durand'],
  };
}

export function labelLayers(): SymbolLayerSpecification[] {
  const initial = labelFilters({ places: true, durandLine: true });
  return [
    {
      id: LABEL_LAYER.towns,
      type: 'symbol',
      source: LABEL_SOURCE.places,
      minzoom: 7.5,
      filter: ['all', ['==', ['get', 'main'], false], isKind(TOWN_KINDS)],
      layout: {
        'text-field': ['get', 'text'],
        'text-font': [FONT.regular],
        'text-size': byZoom(7.5, 10, 10, 12),
        'text-variable-anchor': ['center', 'left', 'right'],
        'text-max-width': 8,
      },
      paint: { 'text-color': perFeature('#4a443b'), ...HALO },
    },
    {
      id: LABEL_LAYER.districts,
      type: 'symbol',
      source: LABEL_SOURCE.districts,
      minzoom: 5.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT.regular],
        'text-size': byZoom(5.5, 9.5, 7, 11, 9, 13, 11, 15),
        'text-max-width': 7,
        'text-padding': 3,
        // The biggest districts first: their names fit at the lowest zooms.
        'symbol-sort-key': ['-', 0, ['get', 'area']],
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.4,
      },
      paint: { 'text-color': perFeature('#1f2430'), ...HALO },
    },
    {
      id: LABEL_LAYER.provinces,
      type: 'symbol',
      source: LABEL_SOURCE.provinces,
      maxzoom: 7.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT.semibold],
        'text-size': byZoom(4, 10, 6, 13, 7.5, 15),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
        'text-padding': 4,
        'symbol-sort-key': ['-', 0, ['get', 'area']],
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.6,
      },
      paint: { 'text-color': perFeature('#4a3f30'), ...HALO, 'text-halo-width': 2 },
    },
    {
      id: LABEL_LAYER.places,
      type: 'symbol',
      source: LABEL_SOURCE.places,
      filter: initial.places,
      layout: {
        'text-field': ['get', 'text'],
        'text-font': [
          'case',
          isKind(['capital', 'seaport', 'border-crossing']),
          ['literal', [FONT.semibold]],
          ['literal', [FONT.regular]],
        ],
        'text-size': byZoom(5, 10.5, 9, 13),
        'text-max-width': 9,
        'symbol-sort-key': ['get', 'rank'],
        // Ports and crossings have a dot: the name goes beside it. Towns have none: the name is the mark.
        'text-variable-anchor-offset': [
          'case',
          isKind(DOT_KINDS),
          ['literal', ['left', [0.85, 0], 'right', [-0.85, 0], 'top', [0, 0.7], 'bottom', [0, -0.7]]],
          ['literal', ['center', [0, 0], 'left', [0.4, 0], 'right', [-0.4, 0]]],
        ] as unknown as ExpressionSpecification,
        'text-justify': 'auto',
      },
      paint: {
        'text-color': [
          'match',
          ['get', 'kind'],
          'seaport',
          POINTS.port,
          'dry-port',
          POINTS.port,
          'border-crossing',
          BORDER.durand,
          '#1f2430',
        ],
        ...HALO,
      },
    },
    {
      id: LABEL_LAYER.lines,
      type: 'symbol',
      source: LABEL_SOURCE.lines,
      filter: initial.lines,
      layout: {
        'text-field': ['get', 'text'],
        'text-font': [FONT.regular],
        'text-size': byZoom(5, 10.5, 9, 12.5),
        'text-max-width': 11,
        'text-letter-spacing': 0.02,
        'text-anchor': ['match', ['get', 'kind'], 'durand', 'right', 'left'],
        'text-justify': ['match', ['get', 'kind'], 'durand', 'right', 'left'],
        'text-offset': ['match', ['get', 'kind'], 'durand', ['literal', [-0.9, 0]], ['literal', [0.9, 0]]],
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], 'durand', BORDER.durand, BORDER.loc],
        ...HALO,
      },
    },
  ];
}

/** An empty collection: the label sources' data until the app has checked the files they come from. */
const NO_LABELS: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The names' part of the map's style: the glyphs URL, the label sources (empty until `labelSources` fills
 * them from the checked files) and the label layers (on top). In the style from the start, the symbol
 * layout runs in the worker beside the fills and lines, with no second pass for the names.
 */
export function labelStyle(baseUri: string): {
  glyphs: string;
  sources: Record<string, SourceSpecification>;
  layers: SymbolLayerSpecification[];
} {
  return {
    glyphs: glyphsUrl(baseUri),
    sources: Object.fromEntries(
      Object.values(LABEL_SOURCE).map((id) => [id, { type: 'geojson', data: NO_LABELS }]),
    ),
    layers: labelLayers(),
  };
}
