/**
 * The labels stage: where the map writes the name of every district and province, written into
 * `data/districts.geojson` and `data/provinces.geojson` (property `labelPoint`, [lon, lat]). The point is
 * found here once, on the geometry those files ship, so the app places its names without bundling the
 * search or running it on the main thread at start.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DistrictProperties } from '../../src/lib/contracts/districts.ts';
import type { ProvinceProperties } from '../../src/lib/contracts/provinces.ts';
import { round } from '../boundaries/geometry.ts';
import { PipelineError, featureCollectionToJson, type StageOutput } from '../pipeline.ts';
import { labelPoint } from './label-point.ts';

export const LABEL_POINT = 'labelPoint' satisfies keyof DistrictProperties & keyof ProvinceProperties;
/** 4 decimals of a degree: about 11 m, far below what a name's placement shows. */
export const LABEL_POINT_DECIMALS = 4;
const FILES = ['districts.geojson', 'provinces.geojson'] as const;

type Area<P> = Feature<Polygon | MultiPolygon, P>;

/** `feature` with its label point added last among its properties; `file` names it in errors. */
export function withLabelPoint<P extends { id: string }>(
  feature: Area<P>,
  file: string,
): Area<P & { labelPoint: [number, number] }> {
  const id = String(feature.properties?.id);
  const where = { feature: id, field: LABEL_POINT };
  const type = (feature.geometry as { type?: unknown } | null)?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    throw new PipelineError(file, `expected a Polygon or MultiPolygon to label, got ${String(type)}`, where);
  let exact: [number, number];
  try {
    exact = labelPoint(feature.geometry);
  } catch (error) {
    throw new PipelineError(file, (error as Error).message, where);
  }
  const at: [number, number] = [round(exact[0], LABEL_POINT_DECIMALS), round(exact[1], LABEL_POINT_DECIMALS)];
  if (!at.every(Number.isFinite) || !booleanPointInPolygon(at, feature.geometry))
    throw new PipelineError(file, `the label point ${at.join(',')} is not inside the area`, where);
  return { ...feature, properties: { ...feature.properties, labelPoint: at } };
}

/** `boundaries` with each district and province carrying its label point, found on the geometry it ships. */
export function withLabelPoints(boundaries: StageOutput): StageOutput {
  const files = { ...boundaries.files };
  for (const name of FILES) {
    const text = files[name];
    if (text === undefined)
      throw new PipelineError(`data/${name}`, 'the boundaries stage wrote no such file');
    // The points are found on the geometry as written (simplified, rounded), the geometry the map draws.
    const areas = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
    files[name] = featureCollectionToJson({
      type: 'FeatureCollection',
      features: areas.features.map((area) => withLabelPoint(area, `data/${name}`)),
    });
  }
  return { files, sources: `${boundaries.sources}\n\n${LABEL_SOURCES}` };
}

const LABEL_SOURCES = `## Label points (\`districts.geojson\`, \`provinces.geojson\`, property \`${LABEL_POINT}\`)

Each district and province carries the point where the map writes its name, as [longitude, latitude] rounded to ${LABEL_POINT_DECIMALS} decimals (about 11 m). It is found at build time on the geometry the file ships: the pole of inaccessibility (the inner point farthest from every edge, by the polylabel package, ISC licence) of the area's largest part, searched in a plane where a degree of longitude is shortened by the cosine of the part's mean latitude so that "farthest" holds on the ground, with each ring thinned to at most 96 vertices and a search precision of 1/40 of the part's smaller side (\`geo/labels/label-point.ts\`). The build refuses a point that falls outside its area. A name therefore sits well inside a concave district rather than at its bounding-box centre, and the app draws the names without computing anything.`;
