/**
 * Which years are incomplete: the last year has only the months some series reported, and the
 * dashboard says which, wherever its timeline ends.
 */
import { periodKindOf, periodLabelOf, type Organisation, type PublishedFigure } from '../data/published';
import { orgName } from '../choropleth/org-name';
import { COVERAGE_END } from './coverage';

export interface PartialYear {
  year: number;
  /** "PICSS: January, February" for each organisation with figures that year */
  series: { org: string; name: string; months: string[] }[];
  /** one sentence for the timeline */
  text: string;
}

/** A year none of whose figures covers the whole year: which months of which series it has. */
export function partialYear(
  year: number,
  figures: readonly PublishedFigure[],
  organisations: readonly Organisation[],
): PartialYear | null {
  const ofYear = figures.filter((f) => f.year === year);
  if (ofYear.length === 0 || ofYear.some((f) => periodKindOf(f) === 'year')) return null;
  // each organisation's months, by number, named as the pipeline names a month's period ("March")
  const byOrg = new Map<string, Map<number, string>>();
  for (const f of ofYear) {
    const months = byOrg.get(f.org) ?? new Map<number, string>();
    if (periodKindOf(f) === 'month' && 'months' in f && f.months) months.set(f.months[0], periodLabelOf(f));
    byOrg.set(f.org, months);
  }
  const series = [...byOrg].map(([org, months]) => ({
    org,
    name: orgName(org, organisations),
    months: [...months].sort(([a], [b]) => a - b).map(([, name]) => name),
  }));
  const parts = series.map(
    (s) => `${s.name} ${s.months.length ? s.months.join(' and ') : 'part of the year'}`,
  );
  return {
    year,
    series,
    text: `${year} is partial: published figures cover ${parts.join('; ')} only. Coverage ends in ${COVERAGE_END}.`,
  };
}
