import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { CircleLayerSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { incidentLayers } from './incident-layers';
import { buildStyle } from './style';

/**
 * What MapLibre keys a circle layer's WebGL program by: for each paint property, whether it is one value
 * for the layer (a uniform, `u`), read from each feature (`a`) or from each feature and the zoom (`z`).
 */
function programKey(layer: CircleLayerSpecification): string {
  const paint = (layer.paint ?? {}) as Record<string, unknown>;
  return Object.entries(latest.paint_circle)
    .map(([property, spec]) => {
      const value = paint[property];
      if (value === undefined || !expression.isExpression(value)) return `u_${property}`;
      const parsed = expression.createPropertyExpression(value, 'paint', spec as never);
      if (parsed.result !== 'success')
        throw new Error(`${layer.id} ${property}: ${JSON.stringify(parsed.value)}`);
      const kind = parsed.value.kind;
      return `${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}_${property}`;
    })
    .join('/');
}

const isCircle = (layer: LayerSpecification): layer is CircleLayerSpecification => layer.type === 'circle';

describe('incident layers', () => {
  it('size each incident and each cluster by deaths, by square root', () => {
    const [clusters, single] = incidentLayers('incidents');
    expect(programKey(clusters)).toContain('a_circle-radius');
    expect(programKey(single)).toContain('a_circle-radius');
    expect(JSON.stringify(single.paint?.['circle-radius'])).toContain('"sqrt"');
  });

  it("draw with the program the first view's place markers already compiled", () => {
    const firstView = buildStyle('http://127.0.0.1/').layers.filter(isCircle);
    expect(firstView.length).toBeGreaterThan(0);
    const compiled = new Set(firstView.map(programKey));
    expect(compiled.size).toBe(1);
    for (const layer of incidentLayers('incidents')) expect(compiled).toContain(programKey(layer));
  });
});
