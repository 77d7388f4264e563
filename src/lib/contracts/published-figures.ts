/**
 * Contract of `data/published-figures.json`: annual figures published by think tanks and government,
 * every one with its citation. Each organisation counts something different (see `organisations`).
 */
import * as v from 'valibot';
import { count } from './geojson.ts';

export const MEASURES = ['attacks', 'killed', 'injured'] as const;
/** year, part of a year, half, quarter, month, or a window across years: a sub-year figure is never drawn as a year */
export const PERIOD_KINDS = ['year', 'part-year', 'half', 'quarter', 'month', 'window'] as const;
/** for Khyber Pakhtunkhwa rows: the whole province, the settled districts or the tribal districts (ex-FATA) */
export const KP_PARTS = ['whole', 'settled', 'tribal'] as const;
const month = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12));

export const organisationSchema = v.strictObject({
  id: v.string(),
  name: v.string(),
  /** what its figures count, in plain words */
  counts: v.string(),
  caveat: v.string(),
});

/**
 * The fields of every figure row the map and tables show, an organisation's published figure or an
 * article's count in the same shape (`articleFigureSchema` in context.ts).
 */
export const figureRowEntries = {
  id: v.string(),
  /** who gives the figure: an organisation id (see `organisations`), or for an article's count its source id */
  org: v.string(),
  /** the report's title, or the article's */
  series: v.string(),
  /** what the figure counts, as its source scopes it */
  scope: v.string(),
  year: v.pipe(v.number(), v.integer()),
  /** 'full year', 'Jan-Nov', ... */
  period: v.string(),
  provinceAsReported: v.string(),
  attacks: v.nullable(count),
  killed: v.nullable(count),
  injured: v.nullable(count),
};
/** an ISO 3166-2 code of a province, or "PK" for Pakistan as a whole */
export const provinceCode = v.pipe(v.string(), v.regex(/^PK(-[A-Z]{2})?$/));

export const publishedFigureSchema = v.strictObject({
  ...figureRowEntries,
  /** ISO 3166-2 of the current province, "PK" for national, null for a multi-province figure */
  iso: v.nullable(provinceCode),
  /** the current provinces the figure covers */
  provinces: v.array(v.string()),
  /** fields published as "more than N": the value holds N */
  moreThan: v.array(v.picklist(MEASURES)),
  breakdown: v.nullable(v.string()),
  citation: v.strictObject({
    /** the pipeline accepts only http(s) here; the app still links it only through safeHref */
    url: v.string(),
    outlet: v.string(),
    date: v.nullable(v.string()),
  }),
  note: v.nullable(v.string()),
  periodKind: v.picklist(PERIOD_KINDS),
  /** the period in words ("full year", "March", "Q2", "January–November") */
  periodLabel: v.string(),
  /** first and last month covered; null for a window across years */
  months: v.nullable(v.tuple([month, month])),
  kpPart: v.nullable(v.picklist(KP_PARTS)),
  /** the input row this figure is read from */
  source: v.strictObject({ file: v.string(), row: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
});

export const publishedFiguresSchema = v.strictObject({
  schema: v.literal(1),
  organisations: v.array(organisationSchema),
  figures: v.array(publishedFigureSchema),
});

export type Measure = (typeof MEASURES)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type KpPart = (typeof KP_PARTS)[number];
export type Organisation = v.InferOutput<typeof organisationSchema>;
export type PublishedFigure = v.InferOutput<typeof publishedFigureSchema>;
export type PublishedFiguresFile = v.InferOutput<typeof publishedFiguresSchema>;
