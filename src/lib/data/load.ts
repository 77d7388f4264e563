/** Loads the first view's files from `data/` (bundled by Vite as static assets) and validates them. */
import type * as v from 'valibot';
import provincesUrl from '../../../data/provinces.geojson?url';
import districtsUrl from '../../../data/districts.geojson?url';
import formerFataUrl from '../../../data/former-fata.geojson?url';
import durandLineUrl from '../../../data/durand-line.geojson?url';
import neighboursUrl from '../../../data/neighbours.geojson?url';
import placesUrl from '../../../data/places.geojson?url';
import routesUrl from '../../../data/routes.geojson?url';
import type { FirstViewData } from './types';
import {
  DataError,
  districtSchema,
  durandLineSchema,
  formerFataSchema,
  neighbourSchema,
  placeSchema,
  provinceSchema,
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
    loadCollection('data/durand-line.geojson', durandLineUrl, durandLineSchema, ['LineString', 'MultiLineString']),
    loadCollection('data/neighbours.geojson', neighboursUrl, neighbourSchema),
    loadCollection('data/places.geojson', placesUrl, placeSchema, ['Point']),
    loadCollection('data/routes.geojson', routesUrl, routeSegmentSchema, ['LineString', 'MultiLineString']),
  ]);
  return { provinces, districts, formerFata, durandLine, neighbours, places, routes } as unknown as FirstViewData;
}
