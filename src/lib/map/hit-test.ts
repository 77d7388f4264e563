/**
 * What the pointer is on: the one answer the hover tooltip and the click both use, so they never disagree.
 * An area counts only under the pointer; a point or a line counts within a few pixels of it and beats the area.
 */
import type { Geometry } from 'geojson';
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { HIT_TARGETS } from '../overlays/registry';
import type { HitTarget } from '../overlays/types';
import type { FeatureProps } from './popups';

/** How far from a line or point, in CSS pixels, a click still lands on it. */
export const HIT_TOLERANCE_PX = 4;

export interface Hit {
  layer: string;
  target: HitTarget;
  props: FeatureProps;
  geometry: Geometry;
}

interface Candidate {
  layer: { id: string };
  properties: FeatureProps;
  geometry: Geometry;
}

const SHAPE_RANK = { point: 3, line: 2, area: 1 } as const;

/** The candidate that wins: points over lines over areas, then the higher priority, then the topmost drawn. */
export function pickHit(candidates: readonly Candidate[], targets = HIT_TARGETS): Hit | null {
  let best: Hit | null = null;
  let bestRank = -Infinity;
  for (const feature of candidates) {
    const target = targets.get(feature.layer.id);
    if (!target) continue;
    const rank = SHAPE_RANK[target.shape] * 1000 + target.priority;
    // Candidates come topmost first, so only a strictly better rank replaces the first found.
    if (rank > bestRank) {
      best = { layer: feature.layer.id, target, props: feature.properties, geometry: feature.geometry };
      bestRank = rank;
    }
  }
  return best;
}

export function hitTest(map: MapLibreMap, point: { x: number; y: number }): Hit | null {
  const shown = (id: string) =>
    map.getLayer(id) !== undefined && map.getLayoutProperty(id, 'visibility') !== 'none';
  const near: string[] = [];
  const under: string[] = [];
  for (const [layer, target] of HIT_TARGETS) {
    if (shown(layer)) (target.shape === 'area' ? under : near).push(layer);
  }
  const pad = HIT_TOLERANCE_PX;
  const box: [PointLike, PointLike] = [
    [point.x - pad, point.y - pad],
    [point.x + pad, point.y + pad],
  ];
  return (
    (near.length ? pickHit(map.queryRenderedFeatures(box, { layers: near })) : null) ??
    (under.length ? pickHit(map.queryRenderedFeatures([point.x, point.y], { layers: under })) : null)
  );
}

/** What a hit is on, as far as the reader can tell: the region it selects, else the feature. */
export function hitKey(hit: Hit | null): string | null {
  return hit && (hit.target.select(hit.props) ?? `${hit.layer}:${String(hit.props.id)}`);
}
