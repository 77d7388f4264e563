/** The MapLibre map, shared with every component that needs it through one context. */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/** Where the pointer is over the map, as a mouse event gives it. */
export type PointerAt = Pick<MapMouseEvent, 'point' | 'lngLat'>;

const KEY = Symbol('frontier-atlas-map');

export interface MapHolder {
  map: MapLibreMap | null;
  /** true once the style and sources are loaded */
  ready: boolean;
  /** whether the map started in the first view's shipped colours (the URL asks for that view) */
  firstColours: boolean;
  /**
   * The first view's shipped district colours by id (choropleth/first-view.ts), once the districts file is
   * checked, when the map started in them; else null.
   */
  firstFills: () => ReadonlyMap<string, string> | null;
  /**
   * Where the pointer last was over the map, or null once it left: the hover tooltip, whose code loads when
   * the map settles, answers a pointer that has not moved since.
   */
  lastPointer: () => PointerAt | null;
}

export function setMapContext(holder: MapHolder): void {
  setContext(KEY, holder);
}

export function getMapContext(): MapHolder {
  const holder = getContext<MapHolder | undefined>(KEY);
  if (!holder) throw new Error('getMapContext() called outside the map provider');
  return holder;
}
