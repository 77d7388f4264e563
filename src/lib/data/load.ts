/** Loads the app's files from `data/` (bundled by Vite as static assets) and validates them. */
import * as v from 'valibot';
import provincesUrl from '../../../data/provinces.geojson?url';
import districtsUrl from '../../../data/districts.geojson?url';
import formerFataUrl from '../../../data/former-fata.geojson?url';
import durandLineUrl from '../../../data/durand-line.geojson?url';
import neighboursUrl from '../../../data/neighbours.geojson?url';
import placesUrl from '../../../data/places.geojson?url';
import routesUrl from '../../../data/routes.geojson?url';
import eventsUrl from '../../../data/events.json?url';
import eventDetailsUrl from '../../../data/event-details.json?url';
import publishedUrl from '../../../data/published-figures.json?url';
import type { EventDetail, EventTable } from '../../../geo/attacks/types';
import { buildEventStore, type EventStore } from './events';
import type { PublishedFigures } from './published';
import type { FirstViewData } from './types';
import {
  DataError,
  districtSchema,
  durandLineSchema,
  formerFataSchema,
  neighbourSchema,
  placeSchema,
  provinceSchema,
  publishedFiguresSchema,
  routeSegmentSchema,
  validateFeatureCollection,
} from './validate';

export async function fetchJson(file: string, url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new DataError(file, 'request', 'status', `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    throw new DataError(file, 'top level', 'json', (error as Error).message);
  }
}

async function loadCollection(file: string, url: string, schema: v.GenericSchema, types?: readonly string[]) {
  return validateFeatureCollection(file, await fetchJson(file, url), schema, types);
}

export async function loadFirstView(): Promise<FirstViewData> {
  const polygonal = ['Polygon', 'MultiPolygon'];
  const [provinces, districts, formerFata, durandLine, neighbours, places, routes] = await Promise.all([
    loadCollection('data/provinces.geojson', provincesUrl, provinceSchema, polygonal),
    loadCollection('data/districts.geojson', districtsUrl, districtSchema, polygonal),
    loadCollection('data/former-fata.geojson', formerFataUrl, formerFataSchema, polygonal),
    loadCollection('data/durand-line.geojson', durandLineUrl, durandLineSchema, [
      'LineString',
      'MultiLineString',
    ]),
    loadCollection('data/neighbours.geojson', neighboursUrl, neighbourSchema),
    loadCollection('data/places.geojson', placesUrl, placeSchema, ['Point']),
    loadCollection('data/routes.geojson', routesUrl, routeSegmentSchema, ['LineString', 'MultiLineString']),
  ]);
  return {
    provinces,
    districts,
    formerFata,
    durandLine,
    neighbours,
    places,
    routes,
  } as unknown as FirstViewData;
}

/** Events load after the first paint; the store checks every row against the district and province ids. */
/** Starts the events download at once; the store is built when the district ids are known. */
export function fetchEvents(): Promise<unknown> {
  return fetchJson('data/events.json', eventsUrl);
}

export async function loadEvents(
  districtIds: string[],
  provinceIds: string[],
  download: Promise<unknown> = fetchEvents(),
): Promise<EventStore> {
  const json = (await download) as EventTable;
  if (json?.schema !== 1 || typeof json.count !== 'number' || typeof json.columns !== 'object') {
    throw new DataError(
      'data/events.json',
      'top level',
      'schema',
      'expected schema 1 with count and columns',
    );
  }
  return buildEventStore(json, districtIds, provinceIds);
}

export async function loadPublished(): Promise<PublishedFigures> {
  const json = await fetchJson('data/published-figures.json', publishedUrl);
  const result = v.safeParse(publishedFiguresSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)) ?? [];
    const where = path[0] === 'figures' && path[1] !== undefined ? `figure ${path[1]}` : 'top level';
    throw new DataError(
      'data/published-figures.json',
      where,
      path.slice(2).join('.') || path.join('.'),
      issue.message,
    );
  }
  return result.output as unknown as PublishedFigures;
}

let details: Promise<Record<string, EventDetail>> | null = null;
/** UCDP's source fields per event: big, so fetched once, when a panel first needs them. */
export function loadEventDetails(): Promise<Record<string, EventDetail>> {
  details ??= fetchJson('data/event-details.json', eventDetailsUrl) as Promise<Record<string, EventDetail>>;
  return details;
}
