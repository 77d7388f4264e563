/**
 * Published annual figures (think tanks, government) for one organisation's series at a time:
 * their definitions differ, so two organisations never share a colour scale.
 */
import { slugify } from '../../../geo/ids';
import type { ArticleFigure } from '../contracts/context';
import type {
  KpPart,
  Measure,
  PeriodKind,
  PublishedFigure as OrganisationFigure,
} from '../contracts/published-figures';

export type { Organisation, PublishedFiguresFile as PublishedFigures } from '../contracts/published-figures';

/** A figure the map and tables show: an organisation's published figure, or an article's count in the same shape. */
export type PublishedFigure = OrganisationFigure | ArticleFigure;

/** Where a figure comes from: an organisation's report (URL, outlet, date) or a cited article (its id). */
export interface FigureCitation {
  url: string | null;
  outlet: string | null;
  date: string | null;
  sourceId: string | null;
}

export function citationOf(figure: PublishedFigure): FigureCitation {
  return 'sourceId' in figure.citation
    ? { url: null, outlet: null, date: null, sourceId: figure.citation.sourceId }
    : { ...figure.citation, sourceId: null };
}

/** The measures a figure was published for as "more than N" (an article's count never is). */
export function moreThanOf(figure: PublishedFigure | undefined): readonly Measure[] {
  return figure && 'moreThan' in figure ? figure.moreThan : [];
}

/** What stretch of time a figure covers; an article's count says only "full year" or not. */
export function periodKindOf(figure: PublishedFigure): PeriodKind {
  if ('periodKind' in figure) return figure.periodKind;
  return figure.period === 'full year' ? 'year' : 'part-year';
}

/** The period in words ("full year", "March", "Q2"). */
export function periodLabelOf(figure: PublishedFigure): string {
  return 'periodLabel' in figure ? figure.periodLabel : figure.period;
}

/** For Khyber Pakhtunkhwa rows: the whole province, the settled or the tribal districts (ex-FATA). */
export function kpPartOf(figure: PublishedFigure): KpPart | null {
  return 'kpPart' in figure ? figure.kpPart : null;
}

/** The current provinces a figure covers. */
export function provincesOf(figure: PublishedFigure): string[] {
  return 'provinces' in figure ? figure.provinces : [figure.iso];
}

/** One organisation's one report for one year and period: what a published-figures map shows. */
export interface PublishedSeries {
  key: string;
  org: string;
  series: string;
  year: number;
  period: string;
  scope: string;
  figures: PublishedFigure[];
}

export function seriesKey(figure: Pick<PublishedFigure, 'org' | 'series' | 'year' | 'period'>): string {
  return slugify(`${figure.org} ${figure.year} ${figure.series} ${figure.period}`).slice(0, 64);
}

/**
 * Groups figures into series, in file order. A report that counts different things for different
 * provinces (one scope here, another there) becomes one series per scope, so they never share a scale.
 */
export function listSeries(figures: readonly PublishedFigure[]): PublishedSeries[] {
  const byKey = new Map<string, PublishedSeries>();
  const scopes = new Map<string, string[]>();
  for (const figure of figures) {
    const base = seriesKey(figure);
    const seen = scopes.get(base) ?? [];
    if (!seen.includes(figure.scope)) seen.push(figure.scope);
    scopes.set(base, seen);
    const nth = seen.indexOf(figure.scope);
    const key = nth === 0 ? base : `${base.slice(0, 60)}-s${nth + 1}`;
    const series = byKey.get(key) ?? {
      key,
      org: figure.org,
      series: figure.series,
      year: figure.year,
      period: figure.period,
      scope: figure.scope,
      figures: [],
    };
    series.figures.push(figure);
    byKey.set(key, series);
  }
  return [...byKey.values()];
}

/**
 * The series to show for a year: the one asked for (by key, or by organisation), else the preferred
 * organisation's full-year series with province figures, else any organisation's, so the map has provinces to draw.
 */
export function pickSeries(
  all: readonly PublishedSeries[],
  year: number,
  wanted: string | null,
  preferredOrg: string | null,
): PublishedSeries | null {
  const ofYear = all.filter((s) => s.year === year);
  const byKey = ofYear.find((s) => s.key === wanted);
  if (byKey) return byKey;
  const withProvinces = (s: PublishedSeries) => s.figures.some((f) => f.iso !== null && f.iso !== 'PK');
  const fullYear = (s: PublishedSeries) => s.period === 'full year';
  const best = (candidates: PublishedSeries[]) =>
    candidates.find((s) => fullYear(s) && withProvinces(s)) ??
    candidates.find(fullYear) ??
    candidates.find(withProvinces) ??
    candidates[0] ??
    null;
  const ofOrg = (org: string | null) => ofYear.filter((s) => s.org === org);
  if (wanted && ofOrg(wanted).length) return best(ofOrg(wanted));
  const preferred = ofOrg(preferredOrg);
  const preferredBest = best(preferred);
  if (preferredBest && withProvinces(preferredBest)) return preferredBest;
  return best(ofYear.filter(withProvinces)) ?? preferredBest ?? best(ofYear);
}

export interface ProvinceFigure {
  iso: string;
  /** the sum of the parts, or null where the series gives no number for this measure */
  value: number | null;
  /** the rows that make up the value (several where a source splits a province, e.g. settled KP and ex-FATA) */
  parts: PublishedFigure[];
}

/** Values per current province for one series and one measure; national figure apart. */
export function provinceValues(
  series: PublishedSeries,
  measure: 'attacks' | 'killed',
): { provinces: Map<string, ProvinceFigure>; national: ProvinceFigure | null } {
  const provinces = new Map<string, ProvinceFigure>();
  let national: ProvinceFigure | null = null;
  for (const figure of series.figures) {
    if (figure.iso === null) continue;
    const entry =
      figure.iso === 'PK'
        ? (national ??= { iso: 'PK', value: null, parts: [] })
        : (provinces.get(figure.iso) ?? { iso: figure.iso, value: null, parts: [] });
    entry.parts.push(figure);
    const number = figure[measure];
    if (number !== null) entry.value = (entry.value ?? 0) + number;
    if (figure.iso !== 'PK') provinces.set(figure.iso, entry);
  }
  return { provinces, national };
}

export function yearsWithFigures(all: readonly PublishedSeries[]): number[] {
  return [...new Set(all.map((s) => s.year))].sort((a, b) => a - b);
}
