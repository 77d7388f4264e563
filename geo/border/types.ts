/** Shapes of `data/border.json`: the border and corridor events of 2025–26 and each crossing's status over time. */
import { CORRIDOR_IDS, CROSSING_IDS, EVENT_KINDS } from '../../src/lib/contracts/border';

// The id lists are the contract's, so the pipeline and the app cannot drift apart.
export { CORRIDOR_IDS, CROSSING_IDS, EVENT_KINDS };

export type EventKind = (typeof EVENT_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'approx'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type CrossingId = (typeof CROSSING_IDS)[number];

export type CorridorId = (typeof CORRIDOR_IDS)[number];

/** A day as `YYYY-MM-DD` (UTC); compared as strings. */
export type Day = string;

export interface BorderEvent {
  id: string;
  /** the date as the source gives it: `2025-10-12`, `2025-01`, `2025-03 (early)` */
  date: string;
  datePrecision: DatePrecision;
  /** a day to sort and place the event on: the first of a month, the 5th/15th/25th for early/mid/late */
  day: Day;
  kind: EventKind;
  place: string;
  /** null for events over many places or outside the region: listed, never drawn as a point */
  point: [number, number] | null;
  locationPrecision: string;
  /** which side of the Durand Line the point lies on (Pakistan or the neighbour containing it) */
  country: { id: string; name: string } | null;
  crossingOrCorridor: string;
  summary: string;
  /** deaths as the row counts them; `killedCountedAs` says whose and by whose count */
  killed: number | null;
  killedCountedAs: string | null;
  /** the other figures and claims of the row's note, each naming who made it */
  claims: string[];
  /** how the point was placed */
  locationNote: string | null;
  sourceUrl: string;
  sourceOutlet: string;
  /** the crossings this event concerns (its status effect, if any, is in the crossing's intervals) */
  crossings: CrossingId[];
  corridors: CorridorId[];
  /** listed in the Durand Line timeline */
  border: boolean;
}

export type CrossingStatus = 'open' | 'closed' | 'restricted' | 'unknown';

/** What a restricted opening lets through. */
export const OPEN_FOR = ['returning refugees', 'UN aid'] as const;
export type OpenFor = (typeof OPEN_FOR)[number];

/** What one report says about one crossing from its day on. */
export type StatusEffect =
  | { kind: 'closed' }
  | { kind: 'open' }
  | { kind: 'restricted'; openFor: OpenFor }
  /** a later report that trade is still shut: confirms a closure or a refugees/aid-only opening */
  | { kind: 'trade-still-closed' };

export interface StatusReport {
  day: Day;
  eventId: string;
  effect: StatusEffect;
}

export interface StatusInterval {
  /** first day, inclusive */
  from: Day;
  /** last day, inclusive */
  to: Day;
  status: CrossingStatus;
  /** for `restricted`: who may cross */
  openFor: OpenFor[];
  /** the events (ids in `events`) that report this status; empty for `unknown` without a source */
  citations: string[];
  /** `data-ends`: no later report; the status is the last reported one, up to the end of the data */
  endsBecause: 'next-report' | 'data-ends';
  /** reports of the same day that disagree: each status with the events that give it */
  disagreement: { status: CrossingStatus; openFor: OpenFor[]; citations: string[] }[] | null;
}

export interface Crossing {
  id: CrossingId;
  name: string;
  /** the point in `places.geojson` the crossing is drawn at, and other place ids for the same crossing */
  placeId: string;
  otherPlaceIds: string[];
  point: [number, number];
  intervals: StatusInterval[];
}

export interface MonthlyFigure {
  /** `YYYY-MM` */
  month: string;
  sourceOrg: string;
  metricScope: string;
  attacks: number | null;
  killed: number | null;
  injured: number | null;
  breakdown: string | null;
  citationUrl: string;
  citationOutlet: string;
  citationDate: string;
  note: string | null;
}

export interface BorderData {
  schema: 1;
  /** the span the events cover: first and last day of the dated facts */
  coverage: { from: Day; to: Day };
  events: BorderEvent[];
  crossings: Crossing[];
  /** PICSS monthly figures for Pakistan as a whole, as published (never linked to the events by the chart) */
  monthly: MonthlyFigure[];
}
