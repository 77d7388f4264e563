/**
 * Districts straight from the raw OSM 2023 file, for running and testing this stage on its own
 * when the boundaries stage's output is not at hand. No geometry repair: point-in-polygon works on
 * the four self-intersecting coastal districts as they are.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { PROVINCE_ISO, slugify } from '../ids.ts';
import { PipelineError, rawPath, readJson, type RawDirs } from '../pipeline.ts';
import type {
  AttacksBoundaries,
  DistrictShapeProperties,
  Polygonal,
  ProvinceShapeProperties,
} from './types.ts';

export const RAW_DISTRICTS_FILE = ['geo', 'boundaries', 'pak_districts_osm2023.geojson'] as const;

interface RawDistrictProperties {
  name?: unknown;
  province?: unknown;
}

export function districtsFromRaw(
  raw: FeatureCollection<Polygonal, RawDistrictProperties>,
  file: string,
): AttacksBoundaries['districts'] {
  const seen = new Set<string>();
  const features = raw.features.map((feature, i): Feature<Polygonal, DistrictShapeProperties> => {
    const { name, province } = feature.properties;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new PipelineError(file, 'missing district name', { feature: String(i), field: 'name' });
    }
    const iso = typeof province === 'string' ? PROVINCE_ISO[province] : undefined;
    if (!iso)
      throw new PipelineError(file, `unknown province "${String(province)}"`, {
        feature: name,
        field: 'province',
      });
    const id = slugify(name);
    if (seen.has(id))
      throw new PipelineError(file, `duplicate district id "${id}"`, { feature: name, field: 'name' });
    seen.add(id);
    if (feature.geometry?.type !== 'Polygon' && feature.geometry?.type !== 'MultiPolygon') {
      throw new PipelineError(file, 'expected a Polygon or MultiPolygon', {
        feature: name,
        field: 'geometry',
      });
    }
    return { type: 'Feature', geometry: feature.geometry, properties: { id, name, province: iso } };
  });
  return { type: 'FeatureCollection', features };
}

/** Province ids and names only: this stage takes provinces from the districts' polygons. */
export function provincesFromDistricts(
  districts: AttacksBoundaries['districts'],
): AttacksBoundaries['provinces'] {
  const names = new Map<string, string>();
  for (const [name, iso] of Object.entries(PROVINCE_ISO)) if (!names.has(iso)) names.set(iso, name);
  const isos = [...new Set(districts.features.map((f) => f.properties.province))].sort();
  const features = isos.map((iso): Feature<Polygonal, ProvinceShapeProperties> => ({
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates: [] },
    properties: { id: iso, name: names.get(iso) ?? iso },
  }));
  return { type: 'FeatureCollection', features };
}

export function loadRawBoundaries(dirs: RawDirs): AttacksBoundaries {
  const file = rawPath(dirs, ...RAW_DISTRICTS_FILE);
  const districts = districtsFromRaw(
    readJson<FeatureCollection<Polygonal, RawDistrictProperties>>(file),
    file,
  );
  return { districts, provinces: provincesFromDistricts(districts) };
}
