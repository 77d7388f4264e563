/**
 * What the atlas has loaded, and when it asks for the rest (docs/adr/0007):
 * - the map's files (`first-view` in the data manifest) at once: the map waits for them only;
 * - the views' files (events, published figures, official district counts, attacks over many places, the
 *   cited context) and the code that works on them: for a link to the default view, whose colours ship
 *   with the districts, once the map has settled, so their work never competes with its first pass; at
 *   once for any other link, a change of view or a region's panel opened before the map settles;
 * - the side panel's code and its region index when a region is first opened, or once the map has settled;
 * - the events' headlines when a panel first shows a region.
 * Each file fills in what needs it when it arrives; one that fails takes only that part away, and the
 * banner names it.
 */
import type { EventDetail } from '../contracts/event-details';
import type { DataFileName } from '../contracts/manifest';
import type { ContextIndex } from '../data/context';
import { loadData, loadFirstView } from '../data/load';
import type { RegionIndex } from '../data/regions';
import type { FirstViewData } from '../data/types';
import { isFirstView } from '../choropleth/first-view';
import { app } from './app.svelte';
import { dashboard } from './dashboard.svelte';
import { dataStatus } from './data-status.svelte';

/** An overlay's file that fails leaves its overlay empty (so hidden) and says so; the map draws on. */
function drawnEmpty(name: DataFileName) {
  return (error: unknown) => {
    dataStatus.report(name, error);
    return { type: 'FeatureCollection' as const, features: [] as never[] };
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class AtlasLoading {
  /** The map's files, checked; null while they load. Big GeoJSON stays out of deep reactivity. */
  data = $state.raw<FirstViewData | null>(null);
  /** Why there is nothing to show (neither districts nor provinces could be loaded), else null. */
  error = $state<string | null>(null);
  /** Set once the map has first settled (at once without a map): what is not in the first view loads then. */
  settled = $state(false);
  /** Set when the views' files are asked for: the legend and the table, which show what they give, load then. */
  viewDataAsked = $state(false);
  /** Set when the side panel's code loads; it then stays. */
  panelLoaded = $state(false);
  /** The panel finds its region (by id, or a crossing by its own id) in an index built with its code. */
  regions = $state.raw<RegionIndex | null>(null);
  context = $state.raw<ContextIndex | null>(null);
  eventDetails = $state.raw<Record<string, EventDetail> | null>(null);

  private wantViewData: () => void = () => undefined;
  private readonly viewDataWanted = new Promise<void>((resolve) => (this.wantViewData = resolve));

  /** To be made while the app initialises: the effects below follow the URL and the map. */
  constructor(canDrawMap: boolean) {
    this.settled = !canDrawMap;
    $effect(() => {
      if (this.settled || app.panelOpen || !isFirstView(app.params)) {
        this.viewDataAsked = true;
        this.wantViewData();
      }
    });
    $effect(() => {
      if (this.settled || app.panelOpen) this.panelLoaded = true;
    });
    $effect(() => {
      const data = this.data;
      if (!this.panelLoaded || data === null || this.regions !== null) return;
      Promise.all([import('../data/regions'), import('../border/regions')])
        .then(([{ indexRegions }, { withCrossingAliases }]) => {
          this.regions = withCrossingAliases(indexRegions(data));
        })
        .catch((error: unknown) => (this.error = messageOf(error)));
    });
    // Source headlines are only needed once a panel shows a region's deadliest events.
    $effect(() => {
      if (app.panelOpen && this.eventDetails === null && !dataStatus.has('event-details.json')) {
        loadData('event-details.json')
          .then((details) => (this.eventDetails = details))
          .catch(dataStatus.failed('event-details.json'));
      }
    });
  }

  /** The map has first settled; what waits for that moment (and the tests of the load order) reads it. */
  mapSettled(): void {
    if (this.settled) return;
    performance.mark('atlas:map-settled');
    this.settled = true;
  }

  /** Starts the downloads: the map's files at once, the views' files when they are wanted. */
  start(): void {
    const firstView = loadFirstView();
    const wanted = this.viewDataWanted;
    const viewData = <K extends DataFileName>(name: K) => wanted.then(() => loadData(name));
    const events = viewData('events.json');
    // The view's derivation and the event store's code come with the files they work on.
    wanted
      .then(() => dashboard.loadViewCode())
      .catch((error: unknown) => console.error('the view derivation could not be loaded', error));
    const eventStore = wanted.then(() => import('../data/events'));
    viewData('published-figures.json')
      .then((published) => (dashboard.published = published))
      .catch(dataStatus.failed('published-figures.json'));
    // Official district counts and attacks over many places: the district view and the panels of 2022 on.
    viewData('district-figures.json')
      .then((figures) => (dashboard.districtFigures = figures))
      .catch(dataStatus.failed('district-figures.json'));
    viewData('multi-site-incidents.json')
      .then((multiSite) => (dashboard.multiSite = multiSite))
      .catch(dataStatus.failed('multi-site-incidents.json'));
    // Only the panels and the published views read the cited context.
    wanted
      .then(() => import('../data/context'))
      .then(({ loadContext }) => loadContext())
      .then((cited) => {
        this.context = cited;
        dashboard.articleTitles = new Map(cited.document.sources.map((source) => [source.id, source.title]));
        dashboard.articleFigures = cited.document.articleFigures;
      })
      .catch(dataStatus.failed('context.json'));
    // An overlay's failure is handled at once, whenever it comes, so it never goes unhandled.
    const overlays = Promise.all([
      firstView.formerFata.catch(drawnEmpty('former-fata.geojson')),
      firstView.durandLine.catch(drawnEmpty('durand-line.geojson')),
      firstView.neighbours.catch(drawnEmpty('neighbours.geojson')),
      firstView.places.catch(drawnEmpty('places.geojson')),
      firstView.routes.catch(drawnEmpty('routes.geojson')),
    ]);
    // Districts and provinces are what everything else is drawn on and counted by: without one of them
    // the map, the table and the panels show the other level; only without both is there no map to show.
    Promise.all([
      firstView.districts.catch(drawnEmpty('districts.geojson')),
      firstView.provinces.catch(drawnEmpty('provinces.geojson')),
      overlays,
    ])
      .then(([districts, provinces, [formerFata, durandLine, neighbours, places, routes]]) => {
        const districtsMissing = dataStatus.has('districts.geojson');
        const provincesMissing = dataStatus.has('provinces.geojson');
        if (districtsMissing && provincesMissing) {
          throw new Error(
            dataStatus.failures
              .filter((f) => f.name === 'districts.geojson' || f.name === 'provinces.geojson')
              .map((f) => f.message)
              .join('; '),
          );
        }
        const loaded: FirstViewData = {
          provinces,
          districts,
          formerFata,
          durandLine,
          neighbours,
          places,
          routes,
        };
        performance.mark('atlas:first-view-data');
        dashboard.setGeography(loaded, districtsMissing ? 'district' : provincesMissing ? 'province' : null);
        this.data = loaded;
        // The store checks every event against the district and province ids (null: not loaded).
        const districtIds = districtsMissing ? null : districts.features.map((f) => f.properties.id);
        const provinceIds = provincesMissing ? null : provinces.features.map((f) => f.properties.id);
        Promise.all([events, eventStore])
          .then(
            ([table, { buildEventStore }]) =>
              (dashboard.shippedStore = buildEventStore(table, districtIds, provinceIds)),
          )
          .catch(dataStatus.failed('events.json'));
      })
      .catch((error: unknown) => (this.error = messageOf(error)));
    // Handled here too, so that a failure while the map's files are still loading is never unhandled.
    events.catch(() => undefined);
  }
}
