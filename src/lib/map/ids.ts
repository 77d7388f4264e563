/** Ids of the map's sources and layers: the style, the overlay registry, the behaviours and the tests use these. */

export const SOURCE = {
  neighbours: 'neighbours',
  provinces: 'provinces',
  districts: 'districts',
  formerFata: 'former-fata',
  durandLine: 'durand-line',
  places: 'places',
  routes: 'routes',
  /** label points, one per province, district, place and disputed line (labels/layers.ts) */
  labelProvinces: 'label-provinces',
  labelDistricts: 'label-districts',
  labelPlaces: 'label-places',
  labelLines: 'label-lines',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

export const LAYER = {
  background: 'background',
  neighboursFill: 'neighbours-fill',
  neighboursProvinceFill: 'neighbours-province-fill',
  neighboursProvinceLine: 'neighbours-province-line',
  neighboursCountryLine: 'neighbours-country-line',
  provincesFill: 'provinces-fill',
  districtsFill: 'districts-fill',
  districtsLine: 'districts-line',
  formerFataHatch: 'former-fata-hatch',
  formerFataLine: 'former-fata-line',
  provincesLine: 'provinces-line',
  districtsHover: 'districts-hover',
  provincesHover: 'provinces-hover',
  lineOfControl: 'line-of-control',
  durandLineCasing: 'durand-line-casing',
  durandLine: 'durand-line',
  routesReal: 'routes-real',
  routesSchematic: 'routes-schematic',
  districtsSelected: 'districts-selected',
  provincesSelected: 'provinces-selected',
  placesCrossings: 'places-crossings',
  placesPorts: 'places-ports',
  /** the names, on top (labels/layers.ts) */
  labelsTowns: 'labels-towns',
  labelsDistricts: 'labels-districts',
  labelsProvinces: 'labels-provinces',
  labelsPlaces: 'labels-places',
  labelsLines: 'labels-lines',
  /** shown by NoFigureHatch.svelte: districts a published district count does not list */
  districtsNoFigure: 'districts-no-figure',
  /** added after the first paint, by IncidentsLayer.svelte: single incidents, and points holding several */
  incidents: 'incidents',
  incidentsClusters: 'incidents-clusters',
  /** added after the first paint, by CorridorBuffer.svelte */
  corridorBufferFill: 'corridor-buffer-fill',
  corridorBufferLine: 'corridor-buffer-line',
  /** added by border/BorderLayer.svelte while a date is chosen */
  borderEvents: 'border-events',
  borderCrossings: 'border-crossings',
} as const;
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** Ids of the fill-pattern images (drawn in code: map/style.ts). */
export const PATTERN = { formerFata: 'fata-hatch', noFigure: 'no-figure-hatch' } as const;
