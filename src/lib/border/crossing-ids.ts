/** Crossing ids and the places they stand for: small, so the first view can resolve `region=torkham`. */
import { CROSSINGS } from '../../../geo/border/crossing-places';
import type { Crossing } from '../contracts/border';

/** The crossing a region id names: its own id (`torkham`) or one of its places (`xing_torkham`). */
export function crossingIdOf(regionId: string | null | undefined): Crossing['id'] | null {
  if (!regionId) return null;
  const spec = CROSSINGS.find(
    (c) => c.id === regionId || c.placeId === regionId || c.otherPlaceIds.includes(regionId),
  );
  return spec?.id ?? null;
}

/** The place a crossing id stands for, so `region=torkham` opens the Torkham panel. */
export function placeOfCrossing(regionId: string): string | null {
  return CROSSINGS.find((c) => c.id === regionId)?.placeId ?? null;
}
