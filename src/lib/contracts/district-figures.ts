/**
 * Contract of `data/district-figures.json`: official district counts, each with what its counts
 * measure (`meaning`), its period and its citation. Written by geo/attacks/district-figures.ts.
 */
import * as v from 'valibot';
import { count as wholeCount } from './geojson.ts';
import { organisationSchema, PERIOD_KINDS } from './published-figures.ts';

const count = v.nullable(wholeCount);
const label = v.nullable(v.string());

export const districtFigureSchema = v.strictObject({
  id: v.string(),
  org: v.string(),
  series: v.string(),
  scope: v.string(),
  years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1), v.maxLength(2)),
  yearAsReported: v.string(),
  period: v.string(),
  periodKind: v.picklist(PERIOD_KINDS),
  periodLabel: v.string(),
  district: v.nullable(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
  areaAsReported: v.nullable(v.string()),
  province: v.pipe(v.string(), v.regex(/^PK-[A-Z]{2}$/)),
  incidents: count,
  killed: count,
  injured: count,
  meaning: v.strictObject({ incidents: label, killed: label, injured: label }),
  citation: v.strictObject({
    url: v.pipe(v.string(), v.url()),
    outlet: v.string(),
    date: v.nullable(v.string()),
  }),
  note: v.nullable(v.string()),
  source: v.strictObject({ file: v.string(), row: v.pipe(v.number(), v.integer()) }),
});

export const districtFiguresSchema = v.strictObject({
  schema: v.literal(1),
  organisations: v.array(organisationSchema),
  figures: v.array(districtFigureSchema),
});

export type DistrictFigure = v.InferOutput<typeof districtFigureSchema>;
export type DistrictFigures = v.InferOutput<typeof districtFiguresSchema>;
