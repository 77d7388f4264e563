/**
 * Which published series the map shows for a year and a measure, and why. The default is the
 * series that gives that measure for the most provinces (a full-year report before a month or a
 * quarter); when the best available is not what was asked for, the reason is stated on screen.
 */
import { periodKindOf, periodLabelOf, type PublishedSeries } from '../data/published';
import { publishedYearsOf } from './coverage';
import { noSeriesChoice } from '../choropleth/view-params';

export type PublishedMeasure = 'attacks' | 'killed';

/** Tie-break between organisations with as many provinces: the narrowest definition first. */
const ORG_ORDER = ['pips', 'picss', 'crss'];

export function isFullYear(series: PublishedSeries): boolean {
  const first = series.figures[0];
  return first ? periodKindOf(first) === 'year' : series.period === 'full year';
}

/** The period in words: "full year", "March", "January–November" (article figures: as written). */
export function periodLabel(series: PublishedSeries): string {
  const first = series.figures[0];
  return first ? periodLabelOf(first) : series.period;
}

/** How many provinces (not the nation, not combined groups) the series gives a number for. */
export function provincesWithMeasure(series: PublishedSeries, measure: PublishedMeasure): number {
  const isos = new Set<string>();
  for (const f of series.figures) {
    if (f.iso !== null && f.iso !== 'PK' && f[measure] !== null) isos.add(f.iso);
  }
  return isos.size;
}

export function hasNational(series: PublishedSeries, measure: PublishedMeasure): boolean {
  return series.figures.some((f) => f.iso === 'PK' && f[measure] !== null);
}

/** Series of one year, best first for the measure. */
export function rankSeries(
  all: readonly PublishedSeries[],
  year: number,
  measure: PublishedMeasure,
): PublishedSeries[] {
  const order = (org: string) => {
    const i = ORG_ORDER.indexOf(org);
    return i < 0 ? ORG_ORDER.length : i;
  };
  return all
    .map((series, index) => ({ series, index, provinces: provincesWithMeasure(series, measure) }))
    .filter((c) => c.series.year === year)
    .sort(
      (a, b) =>
        Number(b.provinces > 0) - Number(a.provinces > 0) ||
        Number(isFullYear(b.series)) - Number(isFullYear(a.series)) ||
        b.provinces - a.provinces ||
        Number(hasNational(b.series, measure)) - Number(hasNational(a.series, measure)) ||
        order(a.series.org) - order(b.series.org) ||
        a.index - b.index,
    )
    .map((c) => c.series);
}

export interface SeriesChoice {
  series: PublishedSeries | null;
  /** true when the series is the one the user picked */
  picked: boolean;
  /** what differs from a full-year map of every province, in plain words; null when nothing does */
  note: string | null;
}

const MEASURE_WORDS: Record<PublishedMeasure, string> = {
  attacks: 'attacks or incidents',
  killed: 'people killed',
};

/**
 * The series for a year: the one picked (by key, or an organisation id), else the default.
 * Never silently another year's: a year without any series gives null and says so.
 */
export function chooseSeries(
  all: readonly PublishedSeries[],
  year: number,
  measure: PublishedMeasure,
  wanted: string | null,
): SeriesChoice {
  const ranked = rankSeries(all, year, measure);
  const words = MEASURE_WORDS[measure];
  if (ranked.length === 0) return noSeriesChoice(year);
  let series = ranked.find((s) => s.key === wanted) ?? null;
  let picked = series !== null;
  const notes: string[] = [];
  if (!series && wanted) {
    series = ranked.find((s) => s.org === wanted) ?? null;
    picked = series !== null;
  }
  if (!series) {
    series = ranked[0] ?? null;
    if (wanted)
      notes.push(`The series chosen before has no figures for ${year}; showing the default for ${year}.`);
  }
  if (!series) return { series: null, picked: false, note: null };
  const provinces = provincesWithMeasure(series, measure);
  if (provinces === 0) {
    const withProvinces = ranked.find((s) => provincesWithMeasure(s, measure) > 0);
    notes.push(
      withProvinces
        ? `This series gives no ${words} by province; pick another series to colour the map.`
        : `No published figure for ${words} by province in ${year}${
            hasNational(series, measure) ? ': only a national figure, shown below' : ''
          }.`,
    );
  } else if (!isFullYear(series)) {
    notes.push(
      `${picked ? 'This series covers' : `No full-year figure for ${words} by province in ${year}: showing`} ${periodLabel(series)} ${year} only, not the whole year.`,
    );
  }
  return { series, picked, note: notes.length ? notes.join(' ') : null };
}

/** The choice for each published year of a range; the picked series applies to the year it belongs to. */
export function choicesForRange(
  all: readonly PublishedSeries[],
  range: readonly [number, number],
  measure: PublishedMeasure,
  wanted: string | null,
): { year: number; choice: SeriesChoice }[] {
  return publishedYearsOf(range).map((year) => {
    const ofYear = all.some((s) => s.year === year && (s.key === wanted || s.org === wanted));
    return { year, choice: chooseSeries(all, year, measure, ofYear ? wanted : null) };
  });
}

export interface ComparePreset {
  org: string;
  year: number;
  baseline: number;
  label: string;
}

/**
 * Change presets with data in both periods: the latest year against an earlier one for which the same
 * organisation gives full-year figures for the measure in at least two of the same provinces.
 */
export function comparablePresets(
  all: readonly PublishedSeries[],
  measure: PublishedMeasure,
): ComparePreset[] {
  const provincesOf = (s: PublishedSeries) =>
    new Set(
      s.figures.filter((f) => f.iso !== null && f.iso !== 'PK' && f[measure] !== null).map((f) => f.iso),
    );
  const full = all.filter((s) => isFullYear(s) && provincesOf(s).size > 0);
  const presets: ComparePreset[] = [];
  for (const org of ORG_ORDER) {
    const ofOrg = full.filter((s) => s.org === org).sort((a, b) => b.year - a.year);
    const latest = ofOrg[0];
    if (!latest) continue;
    const now = provincesOf(latest);
    const before = ofOrg.find(
      (s) => s.year < latest.year && [...provincesOf(s)].filter((iso) => now.has(iso)).length >= 2,
    );
    if (before) {
      presets.push({
        org,
        year: latest.year,
        baseline: before.year,
        label: `${latest.year} against ${before.year} (${org.toUpperCase()}, published)`,
      });
    }
  }
  return presets;
}
