/** Contract of `data/events.json`: the UCDP GED events as one array per field, sorted by date then UCDP id. */
import * as v from 'valibot';
import { count } from './geojson.ts';

export const CATEGORY_IDS = ['militant', 'loc', 'us-strikes', 'foreign-state', 'communal'] as const;
export const ACTOR_IDS = ['ttp', 'baloch', 'islamic-state', 'other'] as const;

/** A label and one plain sentence, shown in the UI's legend and filters. */
function described<const Ids extends readonly string[]>(ids: Ids) {
  return v.strictObject({ id: v.picklist(ids), label: v.string(), description: v.string() });
}

const integer = v.pipe(v.number(), v.integer());

/** The columns every event table has, the user's own files' included. */
export const eventColumnsSchema = v.strictObject({
  /** UCDP GED event id */
  id: v.array(integer),
  year: v.array(integer),
  /** date_start, YYYY-MM-DD */
  date: v.array(v.string()),
  /** index into categories */
  category: v.array(count),
  /** index into actors */
  actor: v.array(count),
  /** district id; null when where_prec > 3 or the point is in no district */
  district: v.array(v.nullable(v.string())),
  /** province ISO 3166-2; null when where_prec > 4 or the point is in no province */
  province: v.array(v.nullable(v.string())),
  wherePrec: v.array(integer),
  datePrec: v.array(integer),
  best: v.array(count),
  low: v.array(count),
  high: v.array(count),
  lon: v.array(v.number()),
  lat: v.array(v.number()),
});

/**
 * The shipped table's columns: the common ones and UCDP's split of `best` (deaths_a, deaths_b,
 * deaths_civilians, deaths_unknown): side A (in state-based violence a government), side B, civilians,
 * unknown status. The four add up to `best` on every row.
 */
export const shippedEventColumnsSchema = v.strictObject({
  ...eventColumnsSchema.entries,
  deathsA: v.array(count),
  deathsB: v.array(count),
  deathsCivilians: v.array(count),
  deathsUnknown: v.array(count),
});

export const eventsSchema = v.pipe(
  v.strictObject({
    schema: v.literal(1),
    source: v.strictObject({
      id: v.string(),
      name: v.string(),
      version: v.string(),
      licence: v.string(),
      citation: v.string(),
    }),
    categories: v.array(described(CATEGORY_IDS)),
    actors: v.array(described(ACTOR_IDS)),
    count,
    columns: shippedEventColumnsSchema,
  }),
  v.check(
    (table) => Object.values(table.columns).every((column) => column.length === table.count),
    'expected every column to hold `count` values',
  ),
  v.check((table) => {
    const c = table.columns;
    return c.best.every(
      (best, i) =>
        (c.deathsA[i] ?? NaN) +
          (c.deathsB[i] ?? NaN) +
          (c.deathsCivilians[i] ?? NaN) +
          (c.deathsUnknown[i] ?? NaN) ===
        best,
    );
  }, 'expected deathsA + deathsB + deathsCivilians + deathsUnknown to equal best on every row'),
);

export type CategoryId = (typeof CATEGORY_IDS)[number];
export type ActorId = (typeof ACTOR_IDS)[number];
export type Described<Id extends string = string> = { id: Id; label: string; description: string };
/** The columns every event table has, the user's own files' included. */
export type EventColumns = v.InferOutput<typeof eventColumnsSchema>;
export type EventTable = v.InferOutput<typeof eventsSchema>;
