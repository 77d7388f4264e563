/**
 * The groups of map layers the per-layer figure (3f) drops one at a time from the app's style, sorted by
 * what makes them costly to draw in software WebGL: each kind of layer needs its own shader program
 * (a pattern fill, a dashed line, a data-driven width, a symbol layer), and every layer needs its own
 * buckets and draw calls.
 */
import type { LayerSpecification } from 'maplibre-gl';

export interface LayerGroup {
  name: string;
  ids: string[];
}

type Paint = Record<string, unknown>;

const paintOf = (layer: LayerSpecification): Paint =>
  ('paint' in layer && layer.paint ? layer.paint : {}) as Paint;

/** Whether an expression reads feature-state anywhere inside it. */
export function usesFeatureState(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  return value[0] === 'feature-state' || value.some((part) => usesFeatureState(part));
}

/** Which group a layer falls in, by the first of these that fits it; null for the background. */
export function groupOf(layer: LayerSpecification): string | null {
  const paint = paintOf(layer);
  if (layer.type === 'background') return null;
  if (layer.type === 'symbol') return 'labels (symbol layers)';
  if (layer.type === 'fill' && 'fill-pattern' in paint) return 'pattern fill (former-FATA hatch)';
  if (layer.type === 'line' && 'line-dasharray' in paint) return 'dashed lines';
  if (layer.type === 'line' && usesFeatureState(paint['line-width']))
    return 'hover and selected outlines (feature-state widths)';
  if (layer.type === 'fill' && usesFeatureState(paint['fill-color']))
    return 'choropleth fills (feature-state colours)';
  if (layer.type === 'fill' && paint['fill-opacity'] === 0) return 'invisible fills (for clicks)';
  if (layer.type === 'circle') return 'points (circles)';
  if (layer.type === 'line' && layer.layout && 'line-join' in layer.layout)
    return 'round-joined lines (Durand Line, routes)';
  return `plain ${layer.type}s`;
}

/** The style's layers grouped, in the order each group first appears; every layer but the background in one group. */
export function layerGroups(layers: readonly LayerSpecification[]): LayerGroup[] {
  const groups = new Map<string, string[]>();
  for (const layer of layers) {
    const name = groupOf(layer);
    if (name === null) continue;
    groups.set(name, [...(groups.get(name) ?? []), layer.id]);
  }
  return [...groups].map(([name, ids]) => ({ name, ids }));
}
