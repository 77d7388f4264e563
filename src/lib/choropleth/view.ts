/**
 * What the choropleth shows, derived from the view's parameters and the loaded data in one pure step:
 * the mode (events or published figures), the level, the filters, the years, the series and the classes.
 * The screen, the popups, the CSV and the PNG all read this one view.
 */
import {
  aggregate,
  hasDeathsColumn,
  maskOf,
  type EventFilter,
  type EventStore,
  type UnitTotals,
} from '../data/events';
import type { DeathsColumn } from './deaths';
import { pickSeries, provinceValues, type ProvinceFigure, type PublishedSeries } from '../data/published';
import type { DistrictFigure } from '../contracts/district-figures';
import { chooseDistrictLayer, districtValues, type DistrictLayer } from '../recent/district-view';
import { chooseSeries, provincesWithMeasure, type SeriesChoice } from '../recent/published-choice';
import type { ClassMethod, Level, Metric, Rate } from '../state/url';
import { DEFAULT_CATEGORIES, defaultClassMethod, viewBeforeData, type ViewParams } from './view-params';
import {
  computeChange,
  computeChoropleth,
  measureChange,
  measureCounts,
  rankableValues,
  type Choropleth,
} from './values';
import type { UnitInfo } from './units';

export type Mode = 'events' | 'published';

/** The organisation whose published series is shown when the view names none. */
export const DEFAULT_PUBLISHED_ORG = 'pips';

export interface ViewData {
  /** the events shown (shipped or the user's own), null while loading */
  store: EventStore | null;
  /** every published series, in file order */
  series: readonly PublishedSeries[];
  districtUnits: readonly UnitInfo[];
  provinceUnits: readonly UnitInfo[];
  /** the last year of event data: later years show published figures */
  lastEventYear: number;
  /** official district counts (2022-2025), once loaded */
  districtFigures?: readonly DistrictFigure[] | null;
  /** the events are the user's own file, not UCDP's: their deaths are the file's, not a UCDP estimate */
  userEvents?: boolean;
}

export interface View {
  mode: Mode;
  /** the level drawn: published figures exist for provinces only */
  level: Level;
  metric: Metric;
  /** the deaths counted (in a deaths view of events): the choice, or the best estimate where the events lack it */
  deaths: DeathsColumn;
  /** the deaths asked for, when the events shown do not hold them (the user's own file); else null */
  deathsUnavailable: DeathsColumn | null;
  /** the events are the user's own file: labels say "as in your file", never a UCDP estimate */
  userEvents: boolean;
  rate: Rate;
  /** the class method in use: the one asked for, else the default for the number of areas */
  classMethod: ClassMethod;
  /** category and actor ids counted, among those the events know */
  categories: string[];
  actors: string[];
  /** the years asked for, which may run past the event data */
  years: [number, number];
  /** the years of events counted: the chosen range, cut at the end of the event data */
  eventYears: [number, number];
  /** the baseline period of a change view, cut like the main period to the data the mode uses */
  compareYears: [number, number] | null;
  filter: EventFilter | null;
  totals: UnitTotals | null;
  /** every published year of the range (each is listed, never one silently) and the one the map colours */
  publishedYears: number[];
  focusYear: number;
  /** in published mode: the series for the year in focus, why it is that one, and the baseline of a change view */
  seriesChoice: SeriesChoice | null;
  /** in published mode with a district scope: one report's one count by district */
  districtLayer: DistrictLayer | null;
  series: PublishedSeries | null;
  baselineSeries: PublishedSeries | null;
  publishedValues: { provinces: Map<string, ProvinceFigure>; national: ProvinceFigure | null };
  units: readonly UnitInfo[];
  /** the played years whose values set the class breaks, when Play shares one scale across years */
  sharedClassYears: [number, number] | null;
  choropleth: Choropleth | null;
}

/** The counts of one period per unit, and its length in years. */
interface Period {
  counts: ArrayLike<number | null>;
  years: number;
}

/** What a view draws: its period's counts, and in a change view the baseline's. */
interface Frame {
  now: Period;
  baseline: Period | null;
}

const span = ([from, to]: readonly [number, number]) => to - from + 1;

function countsOf(totals: UnitTotals, level: Level, metric: Metric): ArrayLike<number> {
  if (level === 'province') return metric === 'deaths' ? totals.provinceDeaths : totals.provinceEvents;
  return metric === 'deaths' ? totals.districtDeaths : totals.districtEvents;
}

function measureOf(metric: Metric): 'killed' | 'attacks' {
  return metric === 'deaths' ? 'killed' : 'attacks';
}

function chosenIds(
  known: readonly { id: string }[],
  chosen: readonly string[],
  fallback: readonly string[],
): string[] {
  return (chosen.length ? chosen : fallback).filter((id) => known.some((k) => k.id === id));
}

export function deriveView(params: ViewParams, data: ViewData): View {
  const before = viewBeforeData(params, data);
  const { metric, rate } = params;
  const { mode, focusYear, eventYears, compareYears } = before;
  const last = data.lastEventYear;
  const districtLayer =
    mode === 'published' && params.districtScope && data.districtFigures
      ? chooseDistrictLayer(data.districtFigures, focusYear, params.districtScope)
      : null;
  const level: Level = districtLayer ? 'district' : before.level;
  const store = data.store;
  const categories = store ? chosenIds(store.categories, params.categories, DEFAULT_CATEGORIES) : [];
  const actors = store
    ? chosenIds(
        store.actors,
        params.actors,
        store.actors.map((a) => a.id),
      )
    : [];
  const deathsAsked = before.deaths;
  const deathsUnavailable = store && !hasDeathsColumn(store, deathsAsked) ? deathsAsked : null;
  const deaths: DeathsColumn = deathsUnavailable ? 'best' : deathsAsked;
  const filter: EventFilter | null = store
    ? {
        from: eventYears[0],
        to: eventYears[1],
        categoryMask: maskOf(store.categories, categories),
        actorMask: maskOf(store.actors, actors),
        deaths,
      }
    : null;
  const totals = store && filter ? aggregate(store, filter) : null;

  const measure = measureOf(metric);
  const seriesChoice =
    mode === 'published' ? chooseSeries(data.series, focusYear, measure, params.series ?? null) : null;
  const series = seriesChoice?.series ?? null;
  // A change view compares one organisation with itself, and only where it gives provinces in both years.
  const baselineCandidate =
    series && compareYears ? chooseSeries(data.series, compareYears[1], measure, series.org).series : null;
  const baselineSeries =
    baselineCandidate &&
    series &&
    baselineCandidate.org === series.org &&
    provincesWithMeasure(baselineCandidate, measure) > 0
      ? baselineCandidate
      : null;
  const publishedValues = series
    ? provinceValues(series, measureOf(metric))
    : { provinces: new Map<string, ProvinceFigure>(), national: null };

  const units = level === 'province' ? data.provinceUnits : data.districtUnits;
  const classMethod = params.classes ?? defaultClassMethod(units.length);

  /** The frame of a period: the view's own years (`own`), or one played year. */
  const frameFor = (period: [number, number], own = false): Frame | null => {
    if (mode === 'events') {
      if (!store || !filter) return null;
      const counted = (p: [number, number], t?: UnitTotals | null): Period => ({
        counts: countsOf(t ?? aggregate(store, { ...filter, from: p[0], to: p[1] }), level, metric),
        years: span(p),
      });
      return {
        now: counted(period, own ? totals : null),
        baseline: compareYears && counted(compareYears),
      };
    }
    if (districtLayer) {
      // A district the report does not list has no published figure: no data, never zero.
      if (!own) return null;
      const values = districtValues(districtLayer);
      return { now: { counts: units.map((u) => values.get(u.id) ?? null), years: 1 }, baseline: null };
    }
    const shown = own ? series : pickSeries(data.series, period[1], series?.org ?? null, null);
    // Two organisations count differently: years and changes are only drawn within one organisation's series.
    if (!series || shown?.org !== series.org) return null;
    if (compareYears && baselineSeries?.org !== series.org) return null;
    // A province the series gives no figure for is no data, not zero.
    const published = (s: PublishedSeries): Period => {
      const values = provinceValues(s, measureOf(metric)).provinces;
      return { counts: units.map((u) => values.get(u.id)?.value ?? null), years: 1 };
    };
    return { now: published(shown), baseline: compareYears && baselineSeries && published(baselineSeries) };
  };

  // While Play runs, the breaks come from every played year of this mode, so colours compare across years.
  let sharedClassYears: [number, number] | null = null;
  let breakValues: number[] | undefined;
  const play = params.playRange;
  const { years } = params;
  if (play && years[0] === years[1] && years[0] >= play[0] && years[0] <= play[1]) {
    const from = mode === 'events' ? play[0] : Math.max(play[0], last + 1);
    const to = mode === 'events' ? Math.min(play[1], last) : play[1];
    const pooled: number[] = [];
    const played: number[] = [];
    for (let year = from; year <= to; year++) {
      const frame = frameFor([year, year]);
      if (!frame) continue;
      pooled.push(
        ...rankableValues(
          frame.baseline
            ? measureChange(units, frame.baseline, frame.now, rate)
            : measureCounts(units, frame.now.counts, rate),
        ),
      );
      played.push(year);
    }
    if (played.length > 1) {
      breakValues = pooled;
      sharedClassYears = [played[0] as number, played[played.length - 1] as number];
    }
  }

  const frame = frameFor(mode === 'events' ? eventYears : [focusYear, focusYear], true);
  const options = { breakValues };
  const choropleth = !frame
    ? null
    : frame.baseline
      ? computeChange(units, frame.baseline, frame.now, rate, classMethod, options)
      : computeChoropleth(units, frame.now.counts, rate, classMethod, options);

  return {
    ...before,
    level,
    deaths,
    deathsUnavailable,
    classMethod,
    categories,
    actors,
    filter,
    totals,
    seriesChoice,
    districtLayer,
    series,
    baselineSeries,
    publishedValues,
    units,
    sharedClassYears,
    choropleth,
  };
}
