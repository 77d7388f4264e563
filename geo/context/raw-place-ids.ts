/**
 * Every valid place id, read straight from the raw geography per the project's id conventions.
 * The pipeline gets this set from the boundaries stage; this copy lets the context stage be run and
 * tested on its own.
 */
import { join } from 'node:path';
import { slugify, PROVINCE_ISO, REGION_IDS } from '../ids.ts';
import { readJson } from '../pipeline.ts';

/** Route groups that claims may name instead of single routes. */
export const CORRIDOR_GROUPS: Readonly<Record<string, readonly string[]>> = {
  cpec: ['kkh', 'cpec_west', 'cpec_central_m8', 'n10'],
  'afghan-transit': ['n5', 'n25', 'af_torkham_kabul', 'ghulam_khan'],
  chabahar: ['chabahar_route606', 'af_ring_south'],
  'iran-link': ['n40'],
};

/** Ids that name no single feature in the raw files. */
export const FIXED_PLACE_IDS: readonly string[] = [
  ...Object.values(REGION_IDS),
  ...Object.keys(CORRIDOR_GROUPS),
];

interface RawCollection {
  features: { properties: Record<string, unknown> | null }[];
}

function property(file: string, key: string): string[] {
  return readJson<RawCollection>(file)
    .features.map((feature) => feature.properties?.[key])
    .filter((value): value is string => typeof value === 'string' && value !== '');
}

export function placeIdsFromRaw(rawDir: string): Set<string> {
  const geo = (...parts: string[]) => join(rawDir, 'geo', ...parts);
  const slugs = (file: string, key: string, prefix = '') =>
    property(file, key).map((name) => `${prefix}${slugify(name)}`);
  return new Set([
    ...FIXED_PLACE_IDS,
    ...Object.values(PROVINCE_ISO),
    ...slugs(geo('boundaries', 'pak_districts_osm2023.geojson'), 'name'),
    ...property(geo('points', 'ports_crossings_waypoints.geojson'), 'id'),
    ...property(geo('routes', 'routes_schematic.geojson'), 'id'),
    // Pakistan itself is 'PK', not its ISO3 code
    ...property(geo('boundaries', 'neighbours_adm0_ne10m_region.geojson'), 'iso_a3').filter(
      (id) => id !== 'PAK',
    ),
    ...slugs(geo('boundaries', 'afg_adm1_ne.geojson'), 'name_en', 'afg-'),
    ...slugs(geo('boundaries', 'irn_adm1_ne_east.geojson'), 'name_en', 'irn-'),
  ]);
}
