import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { buildLayers } from '../src/lib/map/style.ts';
import { LABEL_LAYER_IDS, labelLayers } from '../src/lib/map/labels/layers.ts';
import { LAYER } from '../src/lib/map/ids.ts';
import { groupOf, layerGroups, usesFeatureState } from './layer-groups.ts';

describe('usesFeatureState', () => {
  it('finds feature-state at any depth of an expression', () => {
    expect(usesFeatureState(['case', ['boolean', ['feature-state', 'hover'], false], 2, 0])).toBe(true);
    expect(usesFeatureState(['to-color', ['coalesce', ['feature-state', 'fill'], '#fff']])).toBe(true);
    expect(usesFeatureState(['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1])).toBe(false);
    expect(usesFeatureState(1.5)).toBe(false);
  });
});

describe('groupOf', () => {
  it('sorts layers by what their shader needs', () => {
    const dashed: LayerSpecification = {
      id: 'd',
      type: 'line',
      source: 's',
      paint: { 'line-dasharray': [2, 1], 'line-width': ['case', ['feature-state', 'x'], 2, 0] },
    };
    expect(groupOf(dashed)).toBe('dashed lines');
    expect(groupOf({ id: 'b', type: 'background' })).toBeNull();
    expect(groupOf({ id: 'p', type: 'fill', source: 's', paint: { 'fill-pattern': 'x' } })).toBe(
      'pattern fill (former-FATA hatch)',
    );
    expect(groupOf({ id: 'l', type: 'line', source: 's', paint: { 'line-width': 1 } })).toBe('plain lines');
  });
});

describe('layerGroups of the app style', () => {
  const layers = [...buildLayers(), ...labelLayers()];
  const groups = layerGroups(layers);

  it('puts every layer but the background in exactly one group', () => {
    const grouped = groups.flatMap((g) => g.ids);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(grouped.sort()).toEqual(
      layers
        .filter((l) => l.type !== 'background')
        .map((l) => l.id)
        .sort(),
    );
  });

  it('separates the costly kinds: the hatch, the labels, the feature-state outlines', () => {
    const ids = (name: string) => groups.find((g) => g.name.startsWith(name))?.ids;
    expect(ids('pattern fill')).toEqual([LAYER.districtsNoFigure, LAYER.formerFataHatch]);
    expect(ids('labels')).toEqual([...LABEL_LAYER_IDS]);
    expect(ids('hover and selected')).toContain(LAYER.districtsSelected);
    expect(ids('dashed lines')).toContain(LAYER.lineOfControl);
  });
});
