/** A fresh, empty set of event columns: the one place that lists them, for every builder of a table. */
import type { EventTable } from './types.ts';

export function emptyEventColumns(): EventTable['columns'] {
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
    deathsA: [],
    deathsB: [],
    deathsCivilians: [],
    deathsUnknown: [],
    lon: [],
    lat: [],
  };
}
