/** A fresh, empty set of event columns: the one place that lists them, for every builder of a table. */
import type { EventColumns } from './types.ts';

export function emptyEventColumns(): EventColumns {
  return {
    id: [],
    year: [],
    date: [],
    category: [],
    actor: [],
    district: [],
    province: [],
    wherePrec: [],
    datePrec: [],
    best: [],
    low: [],
    high: [],
    lon: [],
    lat: [],
  };
}
