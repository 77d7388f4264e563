import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { FirstViewData } from '../data/types';
import { CORRIDORS, HIT_TARGETS, OVERLAY_REGISTRY, toggledLayers } from '../overlays/registry';
import { LAYER, SOURCE } from './ids';
import { buildStyle } from './style';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const load = (name: string) => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as FeatureCollection;

const data = {
  provinces: load('provinces.geojson'),
  districts: load('districts.geojson'),
  formerFata: load('former-fata.geojson'),
  durandLine: load('durand-line.geojson'),
  neighbours: load('neighbours.geojson'),
  places: load('places.geojson'),
  routes: load('routes.geojson'),
} as unknown as FirstViewData;

const style = buildStyle('http://127.0.0.1:4173/');
const styleLayerIds = style.layers.map((l) => l.id);
/** Layers their own components add after the first paint: the late overlays', the corridor buffer's, the border's. */
const LATE = new Set<string>([
  ...OVERLAY_REGISTRY.flatMap((o) => (o.kind === 'late' ? o.layers : [])),
  LAYER.corridorBufferFill,
  LAYER.corridorBufferLine,
  LAYER.borderEvents,
  LAYER.borderCrossings,
]);

describe('the built style', () => {
  it("passes MapLibre's own style validator", () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('the validator does catch a broken layer', () => {
    const broken = {
      ...style,
      layers: [
        ...style.layers,
        { id: 'x', type: 'line', source: 'nowhere', paint: { 'line-width': 'wide' } },
      ],
    };
    expect(validateStyleMin(broken as never).length).toBeGreaterThan(0);
  });

  it('draws the layers in the order the map has always drawn them, the names on top', () => {
    expect(styleLayerIds).toEqual([
      'background',
      'neighbours-fill',
      'neighbours-province-fill',
      'neighbours-province-line',
      'neighbours-country-line',
      'provinces-fill',
      'districts-fill',
      'districts-no-figure',
      'districts-line',
      'former-fata-hatch',
      'former-fata-line',
      'provinces-line',
      'districts-hover',
      'provinces-hover',
      'line-of-control',
      'durand-line-casing',
      'durand-line',
      'routes-real',
      'routes-schematic',
      'districts-selected',
      'provinces-selected',
      'places-crossings',
      'places-ports',
      'labels-towns',
      'labels-districts',
      'labels-provinces',
      'labels-places',
      'labels-lines',
    ]);
  });

  it('names every layer and source through the typed id constants, and each once', () => {
    const layerIds = new Set<string>(Object.values(LAYER));
    expect(new Set(styleLayerIds).size).toBe(styleLayerIds.length);
    for (const id of styleLayerIds) expect(layerIds).toContain(id);
    // every declared id is either in the style or added later by its component
    for (const id of layerIds) expect(styleLayerIds.includes(id) || LATE.has(id)).toBe(true);
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(SOURCE).sort());
    for (const layer of style.layers)
      if ('source' in layer) expect(Object.values(SOURCE) as string[]).toContain(layer.source);
  });

  it('holds every layer the overlay registry names', () => {
    for (const entry of OVERLAY_REGISTRY) {
      for (const id of toggledLayers(entry)) expect(styleLayerIds).toContain(id);
      if (entry.kind === 'late') for (const id of entry.layers) expect(styleLayerIds).not.toContain(id);
      if (entry.kind !== 'corridor' && entry.hit)
        for (const id of entry.hit.layers) expect(styleLayerIds.includes(id) || LATE.has(id)).toBe(true);
    }
    for (const id of HIT_TARGETS.keys()) expect(styleLayerIds.includes(id) || LATE.has(id)).toBe(true);
  });

  it('colours each corridor from its registry entry, and every corridor in data/routes.geojson is registered', () => {
    const routes = style.layers.find((l) => l.id === LAYER.routesReal) as LayerSpecification & {
      paint: { 'line-color': unknown[] };
    };
    const match = routes.paint['line-color'];
    for (const corridor of CORRIDORS) {
      const at = match.indexOf(corridor.id);
      expect(at).toBeGreaterThan(1);
      expect(match[at + 1]).toBe(corridor.colour);
    }
    const inData = new Set(data.routes.features.map((f) => f.properties.corridor));
    expect([...inData].sort()).toEqual(CORRIDORS.map((c) => c.id).sort());
  });
});
