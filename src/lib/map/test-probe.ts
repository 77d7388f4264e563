/**
 * A read-only hook for the browser tests and the benchmarks: the map, whether and how often it has
 * settled, and the colour the choropleth gives a unit (`window.__atlas`).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE } from './ids';

export interface MapProbe {
  map: MapLibreMap;
  /** true once the map has first had nothing left to draw */
  idle: boolean;
  idleCount: number;
  /**
   * The choropleth colour a unit is drawn in, as the fill layers' expression picks it (map/style.ts): the
   * app's colour in feature-state, else, until the app first paints it, the first view's shipped colour;
   * undefined for the quiet ground.
   */
  fillOf(source: string, id: string): string | undefined;
}

/** `firstFills`: the first view's shipped colours, when the map started in them. */
export function installProbe(
  map: MapLibreMap,
  firstFills: () => ReadonlyMap<string, string> | null,
  onFirstIdle?: () => void,
): MapProbe {
  const probe: MapProbe = {
    map,
    idle: false,
    idleCount: 0,
    fillOf(source, id) {
      const state = map.getFeatureState({ source, id });
      if (typeof state.fill === 'string') return state.fill;
      if (source !== SOURCE.districts || state.painted === true) return undefined;
      return firstFills()?.get(id);
    },
  };
  (window as unknown as { __atlas: MapProbe }).__atlas = probe;
  map.on('idle', () => {
    if (!probe.idle) {
      performance.mark('atlas:first-idle');
      onFirstIdle?.();
    }
    probe.idle = true;
    probe.idleCount += 1;
  });
  return probe;
}
