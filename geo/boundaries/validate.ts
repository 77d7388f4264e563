/** Input and output checks that fail naming the file, the feature and the field. */
import { booleanValid } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { PipelineError } from '../pipeline.ts';
import { PROVINCE_ISO, slugify } from '../ids.ts';

export interface RawDistrict {
  id: string;
  name: string;
  /** ISO 3166-2 */
  province: string;
  formerFata: boolean;
  /** e.g. "Bajaur Agency"; set only for former agencies */
  agency?: string;
  geometry: Polygon | MultiPolygon;
}

export function asFeatureCollection(json: unknown, file: string): FeatureCollection {
  const fc = json as Partial<FeatureCollection> | null;
  if (
    fc === null ||
    typeof fc !== 'object' ||
    fc.type !== 'FeatureCollection' ||
    !Array.isArray(fc.features)
  ) {
    throw new PipelineError(file, 'not a GeoJSON FeatureCollection', { field: 'type' });
  }
  return fc as FeatureCollection;
}

function stringField(feature: Feature, field: string, file: string, label: string): string {
  const value = feature.properties?.[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PipelineError(file, `missing or empty string`, { feature: label, field });
  }
  return value.trim();
}

export function requireGeometry<T extends Geometry['type']>(
  feature: Feature,
  types: readonly T[],
  file: string,
  label: string,
): Extract<Geometry, { type: T }> {
  const geometry = feature.geometry as Geometry | null;
  if (geometry === null || !types.includes(geometry.type as T)) {
    throw new PipelineError(file, `geometry must be ${types.join(' or ')}, got ${geometry?.type ?? 'null'}`, {
      feature: label,
      field: 'geometry',
    });
  }
  return geometry as Extract<Geometry, { type: T }>;
}

/** The OSM 2023 district file: name, province (by name), fata_pre2018, former_fata_agency. */
export function parseDistricts(json: unknown, file: string): RawDistrict[] {
  const fc = asFeatureCollection(json, file);
  const districts = fc.features.map((feature, index) => {
    const label = typeof feature.properties?.name === 'string' ? feature.properties.name : `#${index}`;
    const name = stringField(feature, 'name', file, label);
    const provinceName = stringField(feature, 'province', file, label);
    const province = PROVINCE_ISO[provinceName];
    if (province === undefined) {
      throw new PipelineError(file, `polygon for unknown province "${provinceName}"`, {
        feature: label,
        field: 'province',
      });
    }
    const formerFata = feature.properties?.fata_pre2018;
    if (typeof formerFata !== 'boolean') {
      throw new PipelineError(file, 'expected true or false', { feature: label, field: 'fata_pre2018' });
    }
    const geometry = requireGeometry(feature, ['Polygon', 'MultiPolygon'] as const, file, label);
    const district: RawDistrict = { id: slugify(name), name, province, formerFata, geometry };
    if (formerFata) district.agency = stringField(feature, 'former_fata_agency', file, label);
    return district;
  });
  assertUniqueIds(
    districts.map((d) => d.id),
    file,
  );
  return districts;
}

export function assertUniqueIds(ids: string[], file: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new PipelineError(file, 'duplicate id', { feature: id, field: 'id' });
    seen.add(id);
  }
}

/** Fails on the first feature turf does not consider valid (self-intersections, unclosed rings, ...). */
export function assertValidGeometries(features: Feature[], file: string): void {
  features.forEach((feature, index) => {
    const label = String(feature.properties?.id ?? feature.properties?.name ?? `#${index}`);
    if (feature.geometry === null || !booleanValid(feature)) {
      throw new PipelineError(file, 'invalid geometry', { feature: label, field: 'geometry' });
    }
  });
}
