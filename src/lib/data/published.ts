/**
 * Published annual figures (think tanks, government) for one organisation's series at a time:
 * their definitions differ, so two organisations never share a colour scale.
 */
import { slugify } from '../../../geo/ids';

export interface PublishedFigure {
  id: string;
  org: string;
  series: string;
  scope: string;
  year: number;
  period: string;
  provinceAsReported: string;
  iso: string | null;
  provinces: string[];
  attacks: number | null;
  killed: number | null;
  injured: number | null;
  moreThan?: string[];
  citation: { url?: string; outlet?: string; date?: string; sourceId?: string };
  note?: string | null;
  /** year, half, quarter, month or part of a year (published files; article figures have none) */
  periodKind?: string;
  /** the period in words ("March", "Q2", "January–November") */
  periodLabel?: string;
  /** for Khyber Pakhtunkhwa rows: all of it, the settled or the tribal districts (ex-FATA) */
  kpPart?: 'whole' | 'settled' | 'tribal' | null;
  breakdown?: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  counts: string;
  caveat: string;
}

export interface PublishedFigures {
  organisations: Organisation[];
  figures: PublishedFigure[];
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
