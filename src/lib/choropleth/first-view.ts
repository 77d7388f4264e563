/**
 * The first view's colours, drawn in the map's first frame: the pipeline computes the default view's
 * district colours with the app's own event store and `deriveView` (geo/first-view) and ships each in
 * `data/districts.geojson` as `firstFill`. The map draws them until the app has derived its own view from
 * the events; if that view's colours are the same, nothing is repainted.
 */
import { DEFAULT_PARAMS, type AppParams } from '../state/url';
import { viewParamsOf } from './view-params';

/** The district property holding the first view's colour. */
export const FIRST_FILL = 'firstFill';

const FIRST_VIEW_PARAMS = JSON.stringify(viewParamsOf({ ...DEFAULT_PARAMS }));

/** Whether `params` ask for the view whose colours are shipped: the shipped events, the default view. */
export function isFirstView(params: AppParams): boolean {
  return params.data === null && JSON.stringify(viewParamsOf(params)) === FIRST_VIEW_PARAMS;
}
