/**
 * Contract of `data/published-figures.json`: annual figures published by think tanks and government,
 * every one with its citation. Each organisation counts something different (see `organisations`).
 */
import * as v from 'valibot';
import { count } from './geojson.ts';

export const MEASURES = ['attacks', 'killed', 'injured'] as const;

export const organisationSchema = v.strictObject({
  id: v.string(),
  name: v.string(),
  /** what its figures count, in plain words */
  counts: v.string(),
  caveat: v.string(),
});

export const publishedFigureSchema = v.strictObject({
  id: v.string(),
  /** organisation id (see `organisations`) */
  org: v.string(),
  series: v.string(),
  /** what the figure counts, as the organisation scopes it */
  scope: v.string(),
  year: v.pipe(v.number(), v.integer()),
  /** 'full year', 'Jan-Nov', ... */
  period: v.string(),
  provinceAsReported: v.string(),
  /** ISO 3166-2 of the current province, "PK" for national, null for a multi-province figure */
  iso: v.nullable(v.pipe(v.string(), v.regex(/^PK(-[A-Z]{2})?$/))),
  /** the current provinces the figure covers */
  provinces: v.array(v.string()),
  attacks: v.nullable(count),
  killed: v.nullable(count),
  injured: v.nullable(count),
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
});

export const publishedFiguresSchema = v.strictObject({
  schema: v.literal(1),
  organisations: v.array(organisationSchema),
  figures: v.array(publishedFigureSchema),
});

export type Measure = (typeof MEASURES)[number];
export type Organisation = v.InferOutput<typeof organisationSchema>;
export type PublishedFigure = v.InferOutput<typeof publishedFigureSchema>;
export type PublishedFiguresFile = v.InferOutput<typeof publishedFiguresSchema>;
