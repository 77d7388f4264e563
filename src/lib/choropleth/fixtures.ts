/** The committed data as this folder's tests see it: the areas, the events, the published figures, a view. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventTable } from '../../../geo/attacks/types';
import type { DistrictFigures } from '../contracts/district-figures';
import { buildEventStore } from '../data/events';
import { listSeries, type PublishedFigures } from '../data/published';
import { DEFAULT_PARAMS, EVENT_YEAR_MAX } from '../state/url';
import type { LegendContext } from './legend';
import { areaUnits } from './units';
import { deriveView, type View, type ViewData } from './view';
import type { ViewParams } from './view-params';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const load = <T>(name: string): T => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as T;

const districts = load<Parameters<typeof areaUnits>[0]>('districts.geojson');
const provinces = load<Parameters<typeof areaUnits>[1]>('provinces.geojson');
export const units = areaUnits(districts, provinces);
export const published = load<PublishedFigures>('published-figures.json');
export const districtFigures = load<DistrictFigures>('district-figures.json').figures;
export const data: ViewData = {
  store: buildEventStore(
    load<EventTable>('events.json'),
    units.districts.map((u) => u.id),
    units.provinces.map((u) => u.id),
  ),
  series: listSeries(published.figures),
  districtUnits: units.districts,
  provinceUnits: units.provinces,
  lastEventYear: EVENT_YEAR_MAX,
};

/** The default view with `changes`, on `viewData`. */
export const view = (changes: Partial<ViewParams> = {}, viewData: ViewData = data): View =>
  deriveView({ ...DEFAULT_PARAMS, playRange: null, ...changes }, viewData);

export const context: LegendContext = {
  organisations: published.organisations,
  articleTitles: new Map(),
  userLabel: null,
  lastEventYear: EVENT_YEAR_MAX,
  safeHref: (url) => url ?? null,
};
