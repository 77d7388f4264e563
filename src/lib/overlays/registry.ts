/**
 * Every overlay of the map, declared once: its toggle (label, description, swatch, default), what it draws
 * (MapLibre layer specifications, or a corridor's share of the route layers), when it loads, and what a click
 * or hover on it does. The URL state, the style, the layer panel, the region index, the visibility toggles and
 * the shared hit test all read this list.
 *
 * Adding a corridor is one `corridor(...)` entry here plus its route in `geo/` (its id must be one of the
 * pipeline's `CorridorId`s, and map/style.test.ts checks that data/routes.geojson has its routes).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { CorridorId } from '../../../geo/boundaries/types';
import { LAYER, PATTERN, SOURCE } from '../map/ids';
import { BORDER, DASHED, POINTS } from '../map/palette';
import { durandLinePopup, placePopup, routePopup, type FeatureProps } from '../map/popups';
import type { CorridorOverlay, HitRule, HitTarget, OverlayDefinition, Slot } from './types';

/** Keeps each entry's id as a literal type, so the ids below form the `Overlay` union. */
function overlay<const Id extends string>(definition: OverlayDefinition<Id>): OverlayDefinition<Id> {
  return definition;
}

function corridor<const Id extends CorridorId>(
  definition: Omit<CorridorOverlay<Id>, 'kind' | 'swatch' | 'panel' | 'file'>,
): CorridorOverlay<Id> {
  return {
    ...definition,
    kind: 'corridor',
    file: 'routes.geojson',
    panel: definition.id,
    swatch: { kind: 'line', colour: definition.colour },
  };
}

/** Most clickable features select the region of their own id. */
const idOf = (props: FeatureProps) => String(props.id);

/**
 * Place markers sized by kind, one expression for both place layers: seaports largest, dry ports a little
 * smaller, crossings smallest. Being data-driven, it gives the places' circles the same WebGL program as the
 * notable incidents' (sized by deaths, `map/incident-layers.ts`), so the first view compiles the program the
 * incidents later need: compiled when 2022 is first shown, it stalled the map for a quarter of a second in
 * software WebGL.
 */
const PLACE_RADIUS: ExpressionSpecification = ['match', ['get', 'kind'], 'seaport', 6, 'dry-port', 5, 4.5];

/** In the order the URL writes them (`layers=`) and the layer panel lists them. */
export const OVERLAY_REGISTRY = [
  overlay({
    kind: 'layers',
    id: 'former-fata',
    file: 'former-fata.geojson',
    panel: 'former-fata',
    label: 'Former FATA',
    description: 'The seven tribal agencies, merged into Khyber Pakhtunkhwa in 2018',
    swatch: { kind: 'hatch', colour: BORDER.formerFata },
    on: true,
    slot: 'areas',
    layers: [
      {
        id: LAYER.formerFataHatch,
        type: 'fill',
        source: SOURCE.formerFata,
        filter: ['==', ['get', 'kind'], 'agency'],
        // the agencies' edges are the district lines above
        paint: { 'fill-pattern': PATTERN.formerFata, 'fill-opacity': 0.55, 'fill-antialias': false },
      },
      {
        id: LAYER.formerFataLine,
        type: 'line',
        source: SOURCE.formerFata,
        filter: ['!=', ['get', 'kind'], 'agency'],
        paint: { 'line-color': BORDER.formerFata, 'line-width': 1.6, 'line-dasharray': [3, 1.5] },
      },
    ],
  }),
  overlay({
    kind: 'layers',
    id: 'durand-line',
    file: 'durand-line.geojson',
    panel: 'durand-line',
    label: 'Durand Line',
    description: "Pakistan's de facto border with Afghanistan; Afghanistan does not recognise it",
    swatch: { kind: 'line', colour: BORDER.durand },
    on: true,
    slot: 'lines',
    layers: [
      {
        id: LAYER.durandLineCasing,
        type: 'line',
        source: SOURCE.durandLine,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': BORDER.durandCasing, 'line-width': 5, 'line-opacity': 0.8 },
      },
      {
        id: LAYER.durandLine,
        type: 'line',
        source: SOURCE.durandLine,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': BORDER.durand, 'line-width': 2.4 },
      },
    ],
    hit: {
      layers: [LAYER.durandLine],
      target: {
        shape: 'line',
        priority: 1,
        select: () => 'durand-line',
        popup: durandLinePopup,
      },
    },
  }),
  // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
  corridor({
    id: 'cpec',
    name: 'China–Pakistan Economic Corridor (CPEC)',
    label: 'CPEC',
    description: 'China–Pakistan Economic Corridor roads to Gwadar and the Khunjerab Pass',
    colour: '#0072B2',
    on: true,
  }),
  corridor({
    id: 'chabahar',
    name: 'Chabahar route',
    label: 'Chabahar route',
    description: "Iran's Chabahar port to Zaranj and Delaram in Afghanistan, bypassing Pakistan",
    colour: '#009E73',
    on: true,
  }),
  corridor({
    id: 'afghan-transit',
    name: 'Afghan transit routes',
    label: 'Afghan transit routes',
    description: 'Karachi to Afghanistan through Torkham, Chaman and Ghulam Khan',
    colour: '#CC79A7',
    on: true,
  }),
  corridor({
    id: 'iran-link',
    name: 'Quetta–Taftan road to Iran',
    label: 'Quetta–Taftan (Iran)',
    description: 'The N-40 road from Quetta to the Iranian border at Taftan',
    colour: '#E69F00',
    on: false,
  }),
  overlay({
    kind: 'layers',
    id: 'places',
    file: 'places.geojson',
    label: 'Ports and crossings',
    description: 'Seaports and border crossings',
    swatch: { kind: 'dot', colour: POINTS.port },
    on: true,
    slot: 'points',
    layers: [
      {
        id: LAYER.placesCrossings,
        type: 'circle',
        source: SOURCE.places,
        filter: ['==', ['get', 'kind'], 'border-crossing'],
        paint: {
          'circle-radius': PLACE_RADIUS,
          'circle-color': BORDER.durand,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: LAYER.placesPorts,
        type: 'circle',
        source: SOURCE.places,
        filter: ['in', ['get', 'kind'], ['literal', ['seaport', 'dry-port']]],
        paint: {
          'circle-radius': PLACE_RADIUS,
          'circle-color': '#ffffff',
          'circle-stroke-color': POINTS.port,
          'circle-stroke-width': 2.5,
        },
      },
    ],
    hit: {
      layers: [LAYER.placesPorts, LAYER.placesCrossings],
      target: {
        shape: 'point',
        priority: 2,
        select: idOf,
        popup: placePopup,
      },
    },
  }),
  overlay({
    kind: 'late',
    id: 'incidents',
    file: 'incidents.geojson',
    label: 'Notable incidents 2022–March 2026',
    description:
      'A sample of the deadliest and most-reported incidents in the chosen years, sized by deaths: not all attacks. Ringed circles hold several incidents; click to list them.',
    swatch: { kind: 'dot', colour: POINTS.incident },
    // filtered by the chosen years, so on by default it shows in published years only
    on: true,
    years: [2022, 2026],
    layers: [LAYER.incidents, LAYER.incidentsClusters],
    hit: {
      layers: [LAYER.incidents, LAYER.incidentsClusters],
      // IncidentsLayer.svelte opens the popup itself (a cluster's lists each incident); the click selects nothing.
      target: {
        shape: 'point',
        priority: 1,
        select: () => null,
        name: (props) =>
          typeof props.point_count === 'number'
            ? `${props.point_count} notable incidents here: click to list them`
            : String(props.place),
      },
    },
  }),
] as const;

export type Overlay = (typeof OVERLAY_REGISTRY)[number]['id'];

export const CORRIDORS: readonly CorridorOverlay[] = OVERLAY_REGISTRY.filter(
  (o): o is CorridorOverlay<Overlay> => o.kind === 'corridor',
);

/** Colour of a route segment, by its corridor. */
function corridorColour(): ExpressionSpecification {
  return [
    'match',
    ['get', 'corridor'],
    ...CORRIDORS.flatMap((c) => [c.id, c.colour]),
    '#555555',
  ] as unknown as ExpressionSpecification;
}

/** Route layers are filtered to the corridors whose toggles are on. */
export function routeFilter(schematic: boolean, corridors: readonly string[]): FilterSpecification {
  return [
    'all',
    ['==', ['get', 'schematic'], schematic],
    ['in', ['get', 'corridor'], ['literal', corridors]],
  ];
}

/**
 * The route layers every corridor draws in: real road geometry solid, schematic stretches dashed. They
 * start with the corridors that are on by default, so the map need not be drawn again to show them.
 */
function routeLayers(): LayerSpecification[] {
  const onByDefault = CORRIDORS.filter((c) => c.on).map((c) => c.id);
  return [
    {
      id: LAYER.routesReal,
      type: 'line',
      source: SOURCE.routes,
      filter: routeFilter(false, onByDefault),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': corridorColour(), 'line-width': 3 },
    },
    {
      id: LAYER.routesSchematic,
      type: 'line',
      source: SOURCE.routes,
      filter: routeFilter(true, onByDefault),
      paint: {
        'line-color': corridorColour(),
        'line-width': DASHED.schematicRoute.width,
        'line-dasharray': [...DASHED.schematicRoute.dash],
        'line-opacity': 0.9,
      },
    },
  ];
}

/** A click on a route opens that route's panel, above the Durand Line where they meet. */
const ROUTE_HIT: HitRule = {
  layers: [LAYER.routesReal, LAYER.routesSchematic],
  target: {
    shape: 'line',
    priority: 2,
    select: (props) => String(props.route),
    popup: routePopup,
  },
};

/** The overlays' layers in one slot of the base map, in registry order; the corridors share the route layers. */
export function overlayLayers(slot: Slot): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  let routesAdded = false;
  for (const entry of OVERLAY_REGISTRY as readonly OverlayDefinition[]) {
    if (entry.kind === 'layers' && entry.slot === slot) layers.push(...entry.layers);
    if (entry.kind === 'corridor' && slot === 'lines' && !routesAdded) {
      layers.push(...routeLayers());
      routesAdded = true;
    }
  }
  return layers;
}

/** The layers whose visibility an overlay's toggle switches (corridors switch the route filter instead). */
export function toggledLayers(entry: OverlayDefinition): string[] {
  return entry.kind === 'layers' ? entry.layers.map((l) => l.id) : [];
}

/** The base map's clickable areas: the choropleth units and the neighbours the articles speak of. */
const AREA_HITS: HitRule[] = [
  {
    layers: [LAYER.districtsFill],
    target: { shape: 'area', priority: 4, unit: 'district', select: idOf },
  },
  {
    layers: [LAYER.provincesFill],
    target: { shape: 'area', priority: 3, unit: 'province', select: idOf },
  },
  {
    layers: [LAYER.neighboursProvinceFill],
    target: { shape: 'area', priority: 2, select: idOf },
  },
  { layers: [LAYER.neighboursFill], target: { shape: 'area', priority: 1, select: idOf } },
];

/**
 * Points their own component adds, shows and answers a click on (border/BorderLayer.svelte, while a date
 * is chosen): the hit test only has to know they are there, above the other points.
 */
const OWN_POPUP_HITS: HitRule[] = [
  {
    layers: [LAYER.borderCrossings],
    target: { shape: 'point', priority: 4, select: () => null, name: (props) => String(props.name) },
  },
  {
    layers: [LAYER.borderEvents],
    target: {
      shape: 'point',
      priority: 3,
      select: () => null,
      name: (props) => `${String(props.kind).replace(/-/g, ' ')}, ${String(props.day)}`,
    },
  },
];

/** Every clickable layer and what a hit on it means. */
export const HIT_TARGETS: ReadonlyMap<string, HitTarget> = new Map(
  [
    ...(OVERLAY_REGISTRY as readonly OverlayDefinition[]).flatMap((o) =>
      o.kind !== 'corridor' && o.hit ? [o.hit] : [],
    ),
    ROUTE_HIT,
    ...AREA_HITS,
    ...OWN_POPUP_HITS,
  ].flatMap(({ layers, target }) => layers.map((layer) => [layer, target] as const)),
);
