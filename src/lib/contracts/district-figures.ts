/**
 * Contract of `data/district-figures.json`: official district counts, each with what its counts
 * measure (`meaning`), its period and its citation. Written by geo/attacks/district-figures.ts.
 */
import * as v from 'valibot';

const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const label = v.nullable(v.string());

export const districtFigureSchema = v.object({
  id: v.string(),
  org: v.string(),
  series: v.string(),
  scope: v.string(),
  years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1), v.maxLength(2)),
  yearAsReported: v.string(),
  period: v.string(),
  periodKind: v.picklist(['year', 'part-year', 'half', 'quarter', 'month', 'window']),
  periodLabel: v.string(),
  district: v.nullable(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
  areaAsReported: v.nullable(v.string()),
  province: v.pipe(v.string(), v.regex(/^PK-[A-Z]{2}$/)),
  incidents: count,
  killed: count,
  injured: count,
  meaning: v.object({ incidents: label, killed: label, injured: label }),
  citation: v.object({ url: v.pipe(v.string(), v.url()), outlet: v.string(), date: v.nullable(v.string()) }),
  note: v.nullable(v.string()),
  source: v.object({ file: v.string(), row: v.pipe(v.number(), v.integer()) }),
});

export const districtFiguresSchema = v.object({
  schema: v.literal(1),
  organisations: v.array(
    v.object({ id: v.string(), name: v.string(), counts: v.string(), caveat: v.string() }),
  ),
  figures: v.array(districtFigureSchema),
});

export type DistrictFigure = v.InferOutput<typeof districtFigureSchema>;
export type DistrictFigures = v.InferOutput<typeof districtFiguresSchema>;
