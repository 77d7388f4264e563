/**
 * The contract of `data/border.json` (written by `geo/border/`): the border and corridor events of
 * 2025–26, the five trade crossings' status intervals and PICSS's monthly figures. The app checks the
 * file against it on load; a mismatch names the entry and the field.
 */
import * as v from 'valibot';
import { DATE_PRECISIONS } from './incidents.ts';

const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day YYYY-MM-DD'));
const httpUrl = v.pipe(v.string(), v.regex(/^https?:\/\//, 'expected an http(s) address'));
const point = v.tuple([v.number(), v.number()]);
const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

export const EVENT_KINDS = [
  'closure',
  'reopening',
  'clash',
  'airstrike',
  'ceasefire',
  'attack-on-corridor',
  'policy',
] as const;
export const CROSSING_IDS = ['torkham', 'chaman', 'kharlachi', 'angoor-adda', 'ghulam-khan'] as const;
export const CORRIDOR_IDS = ['cpec', 'chabahar', 'afghan-transit', 'iran-link'] as const;
export const CROSSING_STATUSES = ['open', 'closed', 'restricted', 'unknown'] as const;
/** What a restricted opening lets through. */
export const OPEN_FOR = ['returning refugees', 'UN aid'] as const;

export const borderEventSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]+$/)),
  /** the date as the source gives it: `2025-10-12`, `2025-01`, `2025-03 (early)` */
  date: v.string(),
  datePrecision: v.picklist(DATE_PRECISIONS),
  /** a day to sort and place the event on: the first of a month, the 5th/15th/25th for early/mid/late */
  day,
  kind: v.picklist(EVENT_KINDS),
  place: v.string(),
  /** null for events over many places or outside the region: listed, never drawn as a point */
  point: v.nullable(point),
  locationPrecision: v.string(),
  /** which side of the Durand Line the point lies on (Pakistan or the neighbour containing it) */
  country: v.nullable(v.object({ id: v.string(), name: v.string() })),
  crossingOrCorridor: v.string(),
  summary: v.string(),
  /** deaths as the row counts them; `killedCountedAs` says whose and by whose count */
  killed: count,
  killedCountedAs: v.nullable(v.string()),
  /** the other figures and claims of the row's note, each naming who made it */
  claims: v.array(v.string()),
  /** how the point was placed */
  locationNote: v.nullable(v.string()),
  sourceUrl: httpUrl,
  sourceOutlet: v.string(),
  /** the crossings this event concerns (its status effect, if any, is in the crossing's intervals) */
  crossings: v.array(v.picklist(CROSSING_IDS)),
  corridors: v.array(v.picklist(CORRIDOR_IDS)),
  /** listed in the Durand Line timeline */
  border: v.boolean(),
});

const statusSchema = v.picklist(CROSSING_STATUSES);

export const statusIntervalSchema = v.object({
  /** first day, inclusive */
  from: day,
  /** last day, inclusive */
  to: day,
  status: statusSchema,
  /** for `restricted`: who may cross */
  openFor: v.array(v.picklist(OPEN_FOR)),
  /** the events (ids in `events`) that report this status; empty for `unknown` without a source */
  citations: v.array(v.string()),
  /** `data-ends`: no later report; the status is the last reported one, up to the end of the data */
  endsBecause: v.picklist(['next-report', 'data-ends']),
  /** reports of the same day that disagree: each status with the events that give it */
  disagreement: v.nullable(
    v.array(
      v.object({
        status: statusSchema,
        openFor: v.array(v.picklist(OPEN_FOR)),
        citations: v.array(v.string()),
      }),
    ),
  ),
});

export const crossingSchema = v.object({
  id: v.picklist(CROSSING_IDS),
  name: v.string(),
  /** the point in `places.geojson` the crossing is drawn at, and other place ids for the same crossing */
  placeId: v.string(),
  otherPlaceIds: v.array(v.string()),
  point,
  intervals: v.pipe(v.array(statusIntervalSchema), v.minLength(1)),
});

export const monthlyFigureSchema = v.object({
  /** `YYYY-MM` */
  month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  sourceOrg: v.string(),
  metricScope: v.string(),
  attacks: count,
  killed: count,
  injured: count,
  breakdown: v.nullable(v.string()),
  citationUrl: httpUrl,
  citationOutlet: v.string(),
  citationDate: v.string(),
  note: v.nullable(v.string()),
});

export const borderDataSchema = v.object({
  schema: v.literal(1),
  /** the span the events cover: first and last day of the dated facts */
  coverage: v.object({ from: day, to: day }),
  events: v.array(borderEventSchema),
  crossings: v.array(crossingSchema),
  /** PICSS monthly figures for Pakistan as a whole, as published (never linked to the events by the chart) */
  monthly: v.array(monthlyFigureSchema),
});

export type BorderData = v.InferOutput<typeof borderDataSchema>;
export type BorderEvent = v.InferOutput<typeof borderEventSchema>;
export type Crossing = v.InferOutput<typeof crossingSchema>;
export type StatusInterval = v.InferOutput<typeof statusIntervalSchema>;
export type CrossingStatus = v.InferOutput<typeof statusSchema>;
export type MonthlyFigure = v.InferOutput<typeof monthlyFigureSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type CrossingId = (typeof CROSSING_IDS)[number];
export type CorridorId = (typeof CORRIDOR_IDS)[number];
export type OpenFor = (typeof OPEN_FOR)[number];
