/** Changing what a layer shows without redrawing the map for nothing. */
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';

/**
 * Shows or hides a layer only if that changes anything: MapLibre redraws the whole map on any
 * `setLayoutProperty`, even to the value the layer already has.
 */
export function setVisible(map: MapLibreMap, layer: string, visible: boolean): void {
  const visibility = visible ? 'visible' : 'none';
  if ((map.getLayoutProperty(layer, 'visibility') ?? 'visible') !== visibility)
    map.setLayoutProperty(layer, 'visibility', visibility);
}

/** Sets a layer's filter only if it is a different one, for the same reason. */
export function setFilterIfNew(map: MapLibreMap, layer: string, filter: FilterSpecification): void {
  if (JSON.stringify(map.getFilter(layer)) !== JSON.stringify(filter)) map.setFilter(layer, filter);
}
