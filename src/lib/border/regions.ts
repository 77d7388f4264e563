/** Lets a crossing's own id (`torkham`) open the panel of its place (`xing_torkham`), as links use it. */
import type { RegionIndex } from '../data/regions';
import { placeOfCrossing } from './crossing-ids';

export function withCrossingAliases(index: RegionIndex): RegionIndex {
  return {
    ...index,
    get: (id) => {
      const own = index.get(id);
      if (own) return own;
      const place = placeOfCrossing(id);
      return place === null ? undefined : index.get(place);
    },
  };
}
