/**
 * What the choropleth shows, derived from the app state and the loaded data: the event totals for
 * the filter, or one organisation's published figures, turned into values, classes and ranks.
 */
import type { FirstViewData } from '../data/types';
import type { ImportedDetails } from '../import';
import { aggregate, maskOf, type EventFilter, type EventStore } from '../data/events';
import {
  listSeries,
  pickSeries,
  provinceValues,
  type ProvinceFigure,
  type PublishedFigure,
  type PublishedFigures,
  type PublishedSeries,
} from '../data/published';
import {
  computeChange,
  computeChoropleth,
  unitsLabel,
  type Choropleth,
  type UnitInfo,
} from '../ui/choropleth';
import { formatCount, formatRate, formatValue } from '../ui/format';
import { app } from './app.svelte';
import { EVENT_YEAR_MAX, type Level } from './url';

export const DEFAULT_CATEGORIES = ['militant'];

export type Mode = 'events' | 'published';

class Dashboard {
  /** UCDP GED, as shipped in data/events.json */
  shippedStore = $state.raw<EventStore | null>(null);
  /** events the user opened from their own disk, if any */
  userStore = $state.raw<EventStore | null>(null);
  userLabel = $state<string | null>(null);
  /** per-row text of the user's events (headline, sides), aligned with userStore rows */
  userDetails = $state.raw<ImportedDetails | null>(null);
  /** which events the views show */
  useUserData = $state(false);
  readonly store: EventStore | null = $derived(
    this.useUserData && this.userStore ? this.userStore : this.shippedStore,
  );
  readonly showingUserData: boolean = $derived(this.useUserData && this.userStore !== null);
  published = $state.raw<PublishedFigures | null>(null);
  districtUnits = $state.raw<UnitInfo[]>([]);
  provinceUnits = $state.raw<UnitInfo[]>([]);
  /** province id of each district, for the table */
  districtProvince = $state.raw<Map<string, string>>(new Map());

  setGeography(data: FirstViewData): void {
    this.districtUnits = data.districts.features.map(({ properties: d }) => ({
      id: d.id,
      name: d.name,
      population: d.population2023,
      areaKm2: d.areaKm2,
    }));
    this.districtProvince = new Map(data.districts.features.map(({ properties: d }) => [d.id, d.province]));
    this.provinceUnits = data.provinces.features.map(({ properties: p }) => {
      const members = data.districts.features.filter((d) => d.properties.province === p.id);
      // A province has a census denominator only where every one of its districts has one.
      const complete = members.length > 0 && members.every((d) => d.properties.population2023 !== undefined);
      return {
        id: p.id,
        name: p.name,
        population: complete
          ? members.reduce((s, d) => s + (d.properties.population2023 ?? 0), 0)
          : undefined,
        areaKm2: complete
          ? (p.areaKm2Published ?? members.reduce((s, d) => s + (d.properties.areaKm2 ?? 0), 0))
          : undefined,
      };
    });
  }

  readonly mode: Mode = $derived(app.params.years[0] > EVENT_YEAR_MAX ? 'published' : 'events');

  /** The level drawn: published figures exist for provinces only. */
  readonly level: Level = $derived(this.mode === 'published' ? 'province' : app.params.level);

  readonly categories: string[] = $derived(
    this.store
      ? (app.params.categories.length ? app.params.categories : DEFAULT_CATEGORIES).filter((id) =>
          this.store!.categories.some((c) => c.id === id),
        )
      : [],
  );

  readonly actors: string[] = $derived(
    this.store
      ? app.params.actors.length
        ? app.params.actors.filter((id) => this.store!.actors.some((a) => a.id === id))
        : this.store.actors.map((a) => a.id)
      : [],
  );

  /** Years of events actually counted: the chosen range, cut at the end of the event data. */
  readonly eventYears: [number, number] = $derived([
    Math.min(app.params.years[0], EVENT_YEAR_MAX),
    Math.min(app.params.years[1], EVENT_YEAR_MAX),
  ]);

  readonly filter: EventFilter | null = $derived(
    this.store
      ? {
          from: this.eventYears[0],
          to: this.eventYears[1],
          categoryMask: maskOf(this.store.categories, this.categories),
          actorMask: maskOf(this.store.actors, this.actors),
        }
      : null,
  );

  readonly totals = $derived(this.store && this.filter ? aggregate(this.store, this.filter) : null);

  /** Figures the cited articles give, in the published-figures shape, each citing its article by id. */
  articleFigures = $state.raw<PublishedFigure[]>([]);
  /** article id -> title, to cite article figures by name */
  articleTitles = $state.raw<Map<string, string>>(new Map());

  readonly allFigures: PublishedFigure[] = $derived([
    ...(this.published?.figures ?? []),
    ...this.articleFigures,
  ]);

  readonly allSeries: PublishedSeries[] = $derived(listSeries(this.allFigures));

  /** In published mode: the series for the last year of the range. */
  readonly series: PublishedSeries | null = $derived(
    this.mode === 'published'
      ? pickSeries(this.allSeries, app.params.years[1], app.params.series, 'pips')
      : null,
  );

  readonly publishedValues: { provinces: Map<string, ProvinceFigure>; national: ProvinceFigure | null } =
    $derived(
      this.series
        ? provinceValues(this.series, app.params.metric === 'deaths' ? 'killed' : 'attacks')
        : { provinces: new Map(), national: null },
    );

  readonly publishedByProvince: Map<string, ProvinceFigure> = $derived(this.publishedValues.provinces);

  /** The baseline period of a change view, cut like the main period to the data the mode uses. */
  readonly compareYears: [number, number] | null = $derived.by(() => {
    const compare = app.params.compare;
    if (!compare) return null;
    if (this.mode === 'published') return compare;
    const cut: [number, number] = [
      Math.min(compare[0], EVENT_YEAR_MAX),
      Math.min(compare[1], EVENT_YEAR_MAX),
    ];
    return cut;
  });

  readonly baselineTotals = $derived(
    this.store && this.filter && this.compareYears && this.mode === 'events'
      ? aggregate(this.store, { ...this.filter, from: this.compareYears[0], to: this.compareYears[1] })
      : null,
  );

  /** In a published change view: the same organisation's series for the baseline year. */
  readonly baselineSeries: PublishedSeries | null = $derived(
    this.mode === 'published' && this.series && this.compareYears
      ? pickSeries(this.allSeries, this.compareYears[1], this.series.org, this.series.org)
      : null,
  );

  readonly units: UnitInfo[] = $derived(this.level === 'province' ? this.provinceUnits : this.districtUnits);

  readonly choropleth: Choropleth | null = $derived.by(() => {
    const { metric, rate, classes } = app.params;
    const measure = metric === 'deaths' ? 'killed' : 'attacks';
    if (this.mode === 'published' && this.compareYears) {
      if (!this.series || !this.baselineSeries || this.baselineSeries.org !== this.series.org) return null;
      const before = provinceValues(this.baselineSeries, measure).provinces;
      const countsOf = (values: Map<string, ProvinceFigure>) =>
        this.provinceUnits.map((u) => values.get(u.id)?.value ?? null);
      return computeChange(
        this.provinceUnits,
        { counts: countsOf(before), years: 1 },
        { counts: countsOf(this.publishedByProvince), years: 1 },
        rate,
        classes,
      );
    }
    if (this.mode === 'published') {
      if (!this.series) return null;
      // A province the series gives no figure for is no data, not zero.
      const counts = this.provinceUnits.map((u) => this.publishedByProvince.get(u.id)?.value ?? null);
      return computeChoropleth(this.provinceUnits, counts, rate, classes);
    }
    const totals = this.totals;
    if (!totals) return null;
    const countsOf = (t: NonNullable<typeof totals>) =>
      this.level === 'province'
        ? metric === 'deaths'
          ? t.provinceDeaths
          : t.provinceEvents
        : metric === 'deaths'
          ? t.districtDeaths
          : t.districtEvents;
    if (this.baselineTotals && this.compareYears) {
      const [from, to] = this.eventYears;
      const [bFrom, bTo] = this.compareYears;
      return computeChange(
        this.units,
        { counts: countsOf(this.baselineTotals), years: bTo - bFrom + 1 },
        { counts: countsOf(totals), years: to - from + 1 },
        rate,
        classes,
      );
    }
    return computeChoropleth(this.units, countsOf(totals), rate, classes);
  });
}

export const dashboard = new Dashboard();

/** Popup lines for a unit under the pointer or focus: value, rank, the series and its source. */
export function describeUnit(level: Level, id: string): { label: string; value: string }[] {
  const choropleth = dashboard.choropleth;
  if (!choropleth || level !== dashboard.level) return [];
  const unit = choropleth.units.find((u) => u.id === id);
  if (!unit) return [];
  const { metric, rate } = app.params;
  const rows: { label: string; value: string }[] = [];
  const measure = metric === 'deaths' ? 'Deaths' : dashboard.mode === 'published' ? 'Attacks' : 'Events';
  if (unit.before !== undefined) {
    const per = formatValue(rate, true);
    const show = (v: number | null | undefined) => (v === null || v === undefined ? 'no figure' : per(v));
    const [bFrom, bTo] = dashboard.compareYears ?? [0, 0];
    rows.push({ label: `Per year ${bFrom === bTo ? bFrom : `${bFrom}–${bTo}`}`, value: show(unit.before) });
    rows.push({ label: 'Per year now', value: show(unit.after) });
    rows.push({
      label: 'Change',
      value:
        unit.value === null
          ? 'no figure'
          : unit.tooFew
            ? 'too few to rate'
            : `${unit.value > 0 ? '+' : ''}${per(unit.value)}`,
    });
  }
  rows.push({ label: measure, value: unit.count === null ? 'no figure' : formatCount(unit.count) });
  if (rate !== 'count') {
    rows.push({
      label: unitsLabel(metric, rate).replace(/^.*? per/, 'Per'),
      value:
        unit.value === null
          ? 'no census denominator'
          : unit.tooFew
            ? 'too few to rate'
            : formatRate(unit.value),
    });
  }
  const ranked = choropleth.units.filter((u) => u.rank !== null).length;
  if (unit.rank !== null) rows.push({ label: 'Rank', value: `${unit.rank} of ${ranked}` });
  if (dashboard.mode === 'published' && dashboard.series) {
    const parts = dashboard.publishedByProvince.get(id)?.parts ?? [];
    if (parts.length > 1) {
      for (const part of parts) {
        const value = metric === 'deaths' ? part.killed : part.attacks;
        rows.push({
          label: `  ${part.provinceAsReported}`,
          value: value === null ? 'no figure' : formatCount(value),
        });
      }
    }
    const org = dashboard.published?.organisations.find((o) => o.id === dashboard.series?.org);
    rows.push({ label: 'Series', value: `${org?.name ?? dashboard.series.org}, ${dashboard.series.series}` });
  } else {
    const [from, to] = dashboard.eventYears;
    rows.push({ label: 'Series', value: `UCDP GED 22.1, ${from === to ? from : `${from}–${to}`}` });
  }
  return rows;
}
