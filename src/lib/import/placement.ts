/**
 * Where a user's event is counted, by the same rules as the build (geo/attacks/assign.ts, reused
 * as is): where_prec 1-3 gives a district and its province, 4 the province only, 5 and above the
 * national series only; a point within 5 km of a district is snapped to it. The browser works on
 * the simplified polygons of `data/districts.geojson`, so a point very near a border can land in the
 * neighbouring district the build would not have chosen.
 */
import { buildDistrictIndex, placeEvent, type EventPlacement } from '../../../geo/attacks/assign.ts';
import type { DistrictCollection } from '../../../geo/attacks/types.ts';

export type Placer = (wherePrec: number, lon: number, lat: number) => EventPlacement;

export type PlacementKind = 'district' | 'province' | 'national' | 'outside';

export function createPlacer(districts: DistrictCollection): Placer {
  const index = buildDistrictIndex(districts);
  return (wherePrec, lon, lat) => placeEvent(index, wherePrec, lon, lat);
}

/** Which of the summary's buckets a placement falls in. */
export function placementKind(placement: EventPlacement): PlacementKind {
  if (placement.district !== null) return 'district';
  if (placement.province !== null) return 'province';
  return placement.outside ? 'outside' : 'national';
}
