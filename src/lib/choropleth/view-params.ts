/**
 * What a view asks for, and the view before its data: the parameters the derivation reads, their
 * defaults, and what the view is while the events and the figures, and the derivation's code
 * (`view.ts`, which loads with them), are on their way. The first script holds this module alone.
 */
import type { AppParams, ClassMethod, Level } from '../state/url';
import { deathsColumnOf } from './deaths';
import { publishedYearsOf } from '../recent/coverage';
import type { SeriesChoice } from '../recent/published-choice';
import type { Mode, View, ViewData } from './view';

/** The event categories shown when the view names none. */
export const DEFAULT_CATEGORIES = ['militant'];

/**
 * Fewer areas than this and quantiles mislead: with 7 provinces, a class of one or two areas can hold
 * values ten times apart. Natural breaks group such values by their size instead.
 */
export const MIN_UNITS_FOR_QUANTILES = 20;

/** The class method when the view does not name one: quantiles for many areas, natural breaks for few. */
export function defaultClassMethod(unitCount: number): ClassMethod {
  return unitCount >= MIN_UNITS_FOR_QUANTILES ? 'quantile' : 'ckmeans';
}

export type ViewParams = Pick<
  AppParams,
  'level' | 'metric' | 'rate' | 'classes' | 'years' | 'compare' | 'categories' | 'actors' | 'series'
> &
  Partial<Pick<AppParams, 'focus' | 'districtScope' | 'deaths' | 'estimate'>> & {
    /** while Play runs, the years it plays: they share one set of class breaks */
    playRange?: [number, number] | null;
  };

/**
 * The view the URL's parameters ask for. `missingLevel`: a level whose boundaries could not be loaded (the
 * other is drawn); `playRange`: the years Play is stepping through, if it runs.
 */
export function viewParamsOf(
  p: AppParams,
  missingLevel: Level | null = null,
  playRange: [number, number] | null = null,
): ViewParams {
  return {
    level: missingLevel === null ? p.level : missingLevel === 'district' ? 'province' : 'district',
    metric: p.metric,
    deaths: p.deaths,
    estimate: p.estimate,
    rate: p.rate,
    classes: p.classes,
    years: p.years,
    compare: p.compare,
    categories: p.categories,
    actors: p.actors,
    series: p.series,
    focus: p.focus,
    districtScope: missingLevel === 'district' ? null : p.districtScope,
    playRange,
  };
}

/** The series choice for a year without a published series (none loaded yet, or none published). */
export function noSeriesChoice(year: number): SeriesChoice {
  return { series: null, picked: false, note: `No published figure for ${year} was found.` };
}

/** What the view is with none of its data: the same as the derivation gives with no events and no figures. */
export function viewBeforeData(
  params: ViewParams,
  data: Pick<ViewData, 'districtUnits' | 'provinceUnits' | 'lastEventYear' | 'userEvents'>,
): View {
  const { metric, rate, years } = params;
  const last = data.lastEventYear;
  const mode: Mode = years[0] > last ? 'published' : 'events';
  const publishedYears = publishedYearsOf(years);
  const focusYear =
    params.focus !== null && params.focus !== undefined && publishedYears.includes(params.focus)
      ? params.focus
      : years[1];
  // Published figures are by province, unless official district counts (loaded with the data) are shown.
  const level: Level = mode === 'published' ? 'province' : params.level;
  const compareYears: [number, number] | null = !params.compare
    ? null
    : mode === 'published'
      ? params.compare
      : [Math.min(params.compare[0], last), Math.min(params.compare[1], last)];
  const units = level === 'province' ? data.provinceUnits : data.districtUnits;
  return {
    mode,
    level,
    metric,
    deaths: deathsColumnOf(params.deaths ?? 'all', params.estimate ?? 'best'),
    deathsUnavailable: null,
    userEvents: data.userEvents === true,
    rate,
    classMethod: params.classes ?? defaultClassMethod(units.length),
    categories: [],
    actors: [],
    years: [years[0], years[1]],
    eventYears: [Math.min(years[0], last), Math.min(years[1], last)],
    compareYears,
    filter: null,
    totals: null,
    publishedYears,
    focusYear,
    // with no series loaded, the choice says there is no figure for the year
    seriesChoice: mode === 'published' ? noSeriesChoice(focusYear) : null,
    districtLayer: null,
    series: null,
    baselineSeries: null,
    publishedValues: { provinces: new Map(), national: null },
    units,
    sharedClassYears: null,
    choropleth: null,
  };
}
