/**
 * The contract of `data/border.json` (written by `geo/border/`): the border and corridor events of
 * 2025–26, the five trade crossings' status intervals and PICSS's monthly figures. The app checks the
 * file against it on load; a mismatch names the entry and the field.
 */
import * as v from 'valibot';

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
const OPEN_FOR = ['returning refugees', 'UN aid'] as const;

export const borderEventSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]+$/)),
  date: v.string(),
  datePrecision: v.picklist(['day', 'month', 'approx']),
  day,
  kind: v.picklist(EVENT_KINDS),
  place: v.string(),
  point: v.nullable(point),
  locationPrecision: v.string(),
  country: v.nullable(v.object({ id: v.string(), name: v.string() })),
  crossingOrCorridor: v.string(),
  summary: v.string(),
  killed: count,
  killedCountedAs: v.nullable(v.string()),
  claims: v.array(v.string()),
  locationNote: v.nullable(v.string()),
  sourceUrl: httpUrl,
  sourceOutlet: v.string(),
  crossings: v.array(v.picklist(CROSSING_IDS)),
  corridors: v.array(v.picklist(CORRIDOR_IDS)),
  border: v.boolean(),
});

const statusSchema = v.picklist(CROSSING_STATUSES);

export const statusIntervalSchema = v.object({
  from: day,
  to: day,
  status: statusSchema,
  openFor: v.array(v.picklist(OPEN_FOR)),
  citations: v.array(v.string()),
  endsBecause: v.picklist(['next-report', 'data-ends']),
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
  placeId: v.string(),
  otherPlaceIds: v.array(v.string()),
  point,
  intervals: v.pipe(v.array(statusIntervalSchema), v.minLength(1)),
});

export const monthlyFigureSchema = v.object({
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
  coverage: v.object({ from: day, to: day }),
  events: v.array(borderEventSchema),
  crossings: v.array(crossingSchema),
  monthly: v.array(monthlyFigureSchema),
});

export type BorderData = v.InferOutput<typeof borderDataSchema>;
export type BorderEvent = v.InferOutput<typeof borderEventSchema>;
export type Crossing = v.InferOutput<typeof crossingSchema>;
export type StatusInterval = v.InferOutput<typeof statusIntervalSchema>;
export type CrossingStatus = v.InferOutput<typeof statusSchema>;
export type MonthlyFigure = v.InferOutput<typeof monthlyFigureSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
