/**
 * The notable incidents' two circle layers: a point per incident sized by its deaths, and a ringed point
 * for incidents that share a place (a cluster), sized by their deaths together. Only the radius is
 * data-driven, as in the place markers (`overlays/registry.ts`), so all of them draw with one WebGL
 * program, compiled with the first view.
 */
import type { CircleLayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import { LAYER } from './ids';
import { POINTS } from './palette';

/** By square root of the deaths, so a circle's area grows with the deaths it stands for. */
function radiusByDeaths(deaths: ExpressionSpecification, smallest: number, atHundred: number) {
  return ['interpolate', ['linear'], ['sqrt', deaths], 0, smallest, 10, atHundred] as ExpressionSpecification;
}

/** Both layers, hidden until the incidents overlay shows them. */
export function incidentLayers(source: string): [CircleLayerSpecification, CircleLayerSpecification] {
  return [
    {
      id: LAYER.incidentsClusters,
      type: 'circle',
      source,
      filter: ['has', 'point_count'],
      layout: { visibility: 'none' },
      paint: {
        'circle-color': POINTS.incident,
        'circle-opacity': 0.8,
        'circle-stroke-color': '#f3e5f5',
        'circle-stroke-width': 3.5,
        'circle-radius': radiusByDeaths(['get', 'killed'], 5, 16),
      },
    },
    {
      id: LAYER.incidents,
      type: 'circle',
      source,
      filter: ['!', ['has', 'point_count']],
      layout: { visibility: 'none' },
      paint: {
        'circle-color': POINTS.incident,
        'circle-opacity': 0.75,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
        'circle-radius': radiusByDeaths(['coalesce', ['get', 'killed'], 0], 3, 14),
      },
    },
  ];
}
