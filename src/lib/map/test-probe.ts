/**
 * A read-only hook for the browser tests and the benchmarks: the map, and whether and how often it has
 * settled (`window.__atlas`).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapProbe {
  map: MapLibreMap;
  /** true once the map has first had nothing left to draw */
  idle: boolean;
  idleCount: number;
}

export function installProbe(map: MapLibreMap, onFirstIdle?: () => void): MapProbe {
  const probe: MapProbe = { map, idle: false, idleCount: 0 };
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
