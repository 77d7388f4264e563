/**
 * Where a user's event is counted, by the same rules as the build (geo/attacks/assign.ts, reused
 * as is): where_prec 1-3 gives a district and its province, 4 the province only, 5 and above the
 * national series only; a point within 5 km of a district is snapped to it. The browser works on
 * the simplified polygons of `data/districts.geojson`, so a point very near a border can land in the
 * neighbouring district the build would not have chosen.
 */
import { buildDistrictIndex, placeEvent, type EventPlacement } from '../../../geo/attacks/assign.ts';
import type { DistrictCollection } from '../../../geo/attacks/types.ts';
import type { Geography } from './types.ts';

export type Placer = (wherePrec: number, lon: number, lat: number) => EventPlacement;

export type PlacementKind = 'district' | 'province' | 'national' | 'outside';

/**
 * Event files repeat places heavily (GED 22.1 for Pakistan: 6,416 events at 1,153 distinct points), and
 * the polygon test is most of an import's time, so answers are remembered per point and precision class.
 */
export const PLACEMENT_CACHE_SIZE = 100_000;

function precisionClass(wherePrec: number): string {
  return wherePrec <= 3 ? 'd' : wherePrec === 4 ? 'p' : 'n';
}

export function createPlacer(districts: DistrictCollection, cacheSize = PLACEMENT_CACHE_SIZE): Placer {
  const index = buildDistrictIndex(districts);
  const cache = new Map<string, EventPlacement>();
  return (wherePrec, lon, lat) => {
    if (cacheSize <= 0) return placeEvent(index, wherePrec, lon, lat);
    const key = `${precisionClass(wherePrec)}${lon},${lat}`;
    const known = cache.get(key);
    if (known) return known;
    const placement = placeEvent(index, wherePrec, lon, lat);
    // a crude bound is enough: a file with more distinct points than this just stops gaining
    if (cache.size >= cacheSize) cache.clear();
    cache.set(key, placement);
    return placement;
  };
}

/** Which of the summary's buckets a placement falls in. */
export function placementKind(placement: EventPlacement): PlacementKind {
  if (placement.district !== null) return 'district';
  if (placement.province !== null) return 'province';
  return placement.outside ? 'outside' : 'national';
}

/** District ids in file order and their provinces in order of first appearance: for callers without the app's lists. */
export function geographyOf(districts: DistrictCollection): Geography {
  const districtIds = districts.features.map((f) => f.properties.id);
  const provinceIds = [...new Set(districts.features.map((f) => f.properties.province))];
  return { districtIds, provinceIds };
}
