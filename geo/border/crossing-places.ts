/** The five trade crossings with Afghanistan and the places of `places.geojson` they are drawn at. */
import type { CrossingId } from './types.ts';

export interface CrossingSpec {
  id: CrossingId;
  name: string;
  placeId: string;
  otherPlaceIds: string[];
}

export const CROSSINGS: readonly CrossingSpec[] = [
  { id: 'torkham', name: 'Torkham', placeId: 'xing_torkham', otherPlaceIds: [] },
  // The gate on the border line, not the Wikipedia point in Chaman town.
  { id: 'chaman', name: 'Chaman', placeId: 'xing_chaman_gate', otherPlaceIds: ['xing_chaman'] },
  { id: 'kharlachi', name: 'Kharlachi', placeId: 'xing_kharlachi', otherPlaceIds: [] },
  { id: 'angoor-adda', name: 'Angoor Adda', placeId: 'xing_angoor_adda', otherPlaceIds: [] },
  { id: 'ghulam-khan', name: 'Ghulam Khan', placeId: 'xing_ghulam_khan', otherPlaceIds: [] },
];
