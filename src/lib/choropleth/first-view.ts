/**
 * The first view's colours, drawn in the map's first frame: the pipeline computes the default view's
 * district colours with this module (the app's own event store and `deriveView`) and ships each in
 * `data/districts.geojson` as `firstFill`. The map draws them until the app has derived its own view from
 * the events; if that view's colours are the same, nothing is repainted.
 */
import type { EventTable } from '../contracts/events';
import { buildEventStore } from '../data/events';
import { DEFAULT_PARAMS, EVENT_YEAR_MAX, type AppParams } from '../state/url';
import { areaUnits } from './values';
import { deriveView, viewParamsOf } from './view';

/** The district property holding the first view's colour. */
export const FIRST_FILL = 'firstFill';

const FIRST_VIEW_PARAMS = JSON.stringify(viewParamsOf({ ...DEFAULT_PARAMS }));

/** Whether `params` ask for the view whose colours are shipped: the shipped events, the default view. */
export function isFirstView(params: AppParams): boolean {
  return params.data === null && JSON.stringify(viewParamsOf(params)) === FIRST_VIEW_PARAMS;
}

type Areas = Parameters<typeof areaUnits>;

/** The colour of every district in the default view of the shipped events, by district id. */
export function firstViewFills(
  districts: Areas[0],
  provinces: Areas[1],
  events: EventTable,
): Map<string, string> {
  const store = buildEventStore(
    events,
    districts.features.map((f) => f.properties.id),
    provinces.features.map((f) => f.properties.id),
  );
  const units = areaUnits(districts, provinces);
  const view = deriveView(viewParamsOf({ ...DEFAULT_PARAMS }), {
    store,
    // the default view is of events: published series do not colour it
    series: [],
    districtUnits: units.districts,
    provinceUnits: units.provinces,
    lastEventYear: EVENT_YEAR_MAX,
  });
  if (view.level !== 'district' || !view.choropleth) {
    throw new Error('the default view is not an event choropleth of districts: no first colours to ship');
  }
  return new Map(view.choropleth.units.map((u) => [u.id, u.colour]));
}
