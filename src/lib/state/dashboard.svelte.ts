/**
 * The dashboard's data: the events (shipped or the user's own), the published figures and the areas,
 * with their setters. What the choropleth shows is derived from them in `choropleth/view.ts`.
 */
import type { FirstViewData } from '../data/types';
import type { UserDetails } from '../import';
import type { EventStore } from '../data/events';
import type { listSeries, PublishedFigure, PublishedFigures, PublishedSeries } from '../data/published';
import type { Choropleth } from '../choropleth/values';
import { areaUnits, type UnitInfo } from '../choropleth/units';
import type { deriveView, View } from '../choropleth/view';
import { viewBeforeData, viewParamsOf } from '../choropleth/view-params';
import type { DistrictFigures } from '../contracts/district-figures';
import type { MultiSiteIncidents } from '../contracts/multi-site-incidents';
import type { DistrictLayer } from '../recent/district-view';
import type { PublishedMeasure } from '../recent/published-choice';
import type { ProvinceFigure } from '../data/published';
import { app } from './app.svelte';
import { EVENT_YEAR_MAX, type Level } from './url';

class Dashboard {
  /** UCDP GED, as shipped in data/events.json */
  shippedStore = $state.raw<EventStore | null>(null);
  /** events the user opened from their own disk, if any */
  userStore = $state.raw<EventStore | null>(null);
  userLabel = $state<string | null>(null);
  /** what names the user's events in the URL (`import:<hash>`) */
  userDatasetId = $state<string | null>(null);
  /** per-row text of the user's events (headline, sides), aligned with userStore rows */
  userDetails = $state.raw<UserDetails | null>(null);
  /** whether the import the URL names was looked for in this browser's storage and not found */
  userDataNotFound = $state(false);
  /** the URL's `data=` names the events the views show: the user's import, or (absent) UCDP GED */
  readonly showingUserData: boolean = $derived(
    app.params.data !== null && app.params.data === this.userDatasetId && this.userStore !== null,
  );
  /** the URL names an import that is not loaded: nothing is shown in its place */
  readonly missingUserData: boolean = $derived(app.params.data !== null && !this.showingUserData);
  readonly store: EventStore | null = $derived(
    this.showingUserData ? this.userStore : app.params.data === null ? this.shippedStore : null,
  );
  /**
   * The last year the events shown cover: UCDP's last year, or a later one when the user's own file
   * (a newer GED release, Candidate events, an ACLED export) goes further; published figures take
   * over after it.
   */
  readonly lastEventYear: number = $derived(
    this.showingUserData && this.userStore
      ? Math.max(EVENT_YEAR_MAX, this.userStore.maxYear)
      : EVENT_YEAR_MAX,
  );
  published = $state.raw<PublishedFigures | null>(null);
  districtUnits = $state.raw<UnitInfo[]>([]);
  provinceUnits = $state.raw<UnitInfo[]>([]);
  /** province id of each district, for the table */
  districtProvince = $state.raw<Map<string, string>>(new Map());

  /** how many districts of the 2023 set each province has, for coverage statements */
  districtsPerProvince = $state.raw<Map<string, number>>(new Map());
  /** Official district counts (2022-2025) and the incidents over many places (listed, never drawn). */
  districtFigures = $state.raw<DistrictFigures | null>(null);
  multiSite = $state.raw<MultiSiteIncidents | null>(null);

  /**
   * The level whose boundaries could not be loaded, or null: the map, the table and the panels then
   * show the other level whatever the URL asks (the URL keeps its choice for when the file loads).
   */
  missingLevel = $state<Level | null>(null);

  setGeography(
    data: Pick<FirstViewData, 'districts' | 'provinces'>,
    missingLevel: Level | null = null,
  ): void {
    this.missingLevel = missingLevel;
    const units = areaUnits(data.districts, data.provinces);
    this.districtUnits = units.districts;
    this.provinceUnits = units.provinces;
    this.districtProvince = units.provinceOf;
    const perProvince = new Map<string, number>();
    for (const { properties: d } of data.districts.features)
      perProvince.set(d.province, (perProvince.get(d.province) ?? 0) + 1);
    this.districtsPerProvince = perProvince;
  }

  /**
   * The view's derivation (`choropleth/view.ts`) and the listing of published series: their code loads
   * with the events and the figures they work on, so a first view that needs neither does not wait for it.
   */
  private code = $state.raw<{ deriveView: typeof deriveView; listSeries: typeof listSeries } | null>(null);

  loadViewCode(): Promise<void> {
    return Promise.all([import('../choropleth/view'), import('../data/published')]).then(
      ([{ deriveView }, { listSeries }]) => {
        this.code = { deriveView, listSeries };
      },
    );
  }

  /** Figures the cited articles give, in the published-figures shape, each citing its article by id. */
  articleFigures = $state.raw<PublishedFigure[]>([]);
  /** article id -> title, to cite article figures by name */
  articleTitles = $state.raw<Map<string, string>>(new Map());

  readonly allFigures: PublishedFigure[] = $derived([
    ...(this.published?.figures ?? []),
    ...this.articleFigures,
  ]);

  /** Every published series, once the code that lists them has loaded (with the figures: `loadViewCode`). */
  readonly allSeries: PublishedSeries[] = $derived(this.code ? this.code.listSeries(this.allFigures) : []);

  /** What the choropleth shows: derived in one pure step from the URL state and the data above. */
  readonly view: View = $derived.by(() => {
    const params = viewParamsOf(app.params, this.missingLevel, app.playRange);
    const data = {
      store: this.store,
      series: this.allSeries,
      districtUnits: this.districtUnits,
      provinceUnits: this.provinceUnits,
      lastEventYear: this.lastEventYear,
      districtFigures: this.districtFigures?.figures ?? null,
      userEvents: this.showingUserData,
    };
    return this.code ? this.code.deriveView(params, data) : viewBeforeData(params, data);
  });

  /** The level drawn and the choropleth, for the map components. */
  get level(): Level {
    return this.view.level;
  }
  get choropleth(): Choropleth | null {
    return this.view.choropleth;
  }
  // The recent-years components read these parts of the view.
  get mode(): View['mode'] {
    return this.view.mode;
  }
  get series(): View['series'] {
    return this.view.series;
  }
  get seriesChoice(): View['seriesChoice'] {
    return this.view.seriesChoice;
  }
  get districtLayer(): DistrictLayer | null {
    return this.view.districtLayer;
  }
  get focusYear(): number {
    return this.view.focusYear;
  }
  get filter(): View['filter'] {
    return this.view.filter;
  }
  get publishedByProvince(): Map<string, ProvinceFigure> {
    return this.view.publishedValues.provinces;
  }
  get publishedMeasure(): PublishedMeasure {
    return this.view.metric === 'deaths' ? 'killed' : 'attacks';
  }
}

export const dashboard = new Dashboard();
