import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { FirstViewData } from '../../data/types';
import { FONT } from './fonts';
import {
  LABEL_LAYER_IDS,
  LINE_LABEL_TEXT,
  labelFilters,
  labelLayers,
  labelPoints,
  lineLabelPoints,
  placeLabelText,
  labelStyle,
  labelSources,
} from './layers';

const REPO = resolve(import.meta.dirname, '..', '..', '..', '..');
const read = (file: string) => JSON.parse(readFileSync(resolve(REPO, 'data', file), 'utf8'));
const data = {
  provinces: read('provinces.geojson'),
  districts: read('districts.geojson'),
  formerFata: read('former-fata.geojson'),
  durandLine: read('durand-line.geojson'),
  neighbours: read('neighbours.geojson'),
  places: read('places.geojson'),
  routes: read('routes.geojson'),
} as FirstViewData;

describe('label layers', () => {
  it('are symbol layers that never draw over one another, in the app’s own fonts', () => {
    const layers = labelLayers();
    expect(layers.map((l) => l.id)).toEqual(LABEL_LAYER_IDS);
    for (const layer of layers) {
      expect(layer.type).toBe('symbol');
      expect(layer.layout?.['text-allow-overlap']).toBeUndefined();
      expect(layer.layout?.['text-ignore-placement']).toBeUndefined();
      expect(JSON.stringify(layer.layout?.['text-font'])).toMatch(
        new RegExp(`${FONT.regular}|${FONT.semibold}`),
      );
    }
  });

  it('come with a same-origin glyphs URL and a source for every label layer, empty until the files are checked', () => {
    const labels = labelStyle('http://127.0.0.1:4173/atlas/');
    expect(labels.glyphs).toBe('http://127.0.0.1:4173/atlas/glyphs/{fontstack}/{range}.pbf');
    expect(labels.layers.map((l) => l.id)).toEqual(LABEL_LAYER_IDS);
    expect(Object.keys(labels.sources)).toEqual([
      'label-provinces',
      'label-districts',
      'label-places',
      'label-lines',
    ]);
    for (const layer of labels.layers) expect(Object.keys(labels.sources)).toContain(layer.source);
    for (const source of Object.values(labels.sources))
      expect(source).toMatchObject({ data: { features: [] } });
    expect(Object.keys(labelSources(data))).toEqual(Object.keys(labels.sources));
  });

  it('have one label point per province and district, the one its file ships, inside the area', () => {
    const sources = labelSources(data) as unknown as Record<
      string,
      { features: { id: string; geometry: { coordinates: [number, number] } }[] }
    >;
    for (const [source, areas] of [
      ['label-provinces', data.provinces],
      ['label-districts', data.districts],
    ] as const) {
      const points = sources[source]!.features;
      expect(points).toHaveLength(areas.features.length);
      for (const area of areas.features) {
        const at = points.find((p) => p.id === area.properties.id)!.geometry.coordinates;
        expect(at, area.properties.id).toEqual(area.properties.labelPoint);
        expect(booleanPointInPolygon(at, area.geometry), area.properties.id).toBe(true);
      }
    }
  });

  it('make one point feature per area, at its shipped label point, with the properties asked for', () => {
    const points = labelPoints(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [0, 0] },
            properties: { id: 'u', name: 'U district', labelPoint: [70.5, 31.6] as [number, number] },
          },
        ],
      },
      (p) => ({ name: p.name }),
    );
    expect(points.features).toEqual([
      {
        type: 'Feature',
        id: 'u',
        geometry: { type: 'Point', coordinates: [70.5, 31.6] },
        properties: { name: 'U district' },
      },
    ]);
  });

  it('name the disputed lines by their status, each on its own side', () => {
    const points = lineLabelPoints(data);
    expect(points.features.map((f) => f.properties)).toEqual([
      { kind: 'durand', text: 'Durand Line: de facto border, not recognised by Afghanistan' },
      { kind: 'loc', text: 'Line of Control: ceasefire line' },
    ]);
    expect(LINE_LABEL_TEXT.loc).toMatch(/ceasefire line/);
    const [durand, loc] = points.features.map((f) => f.geometry.coordinates);
    expect(durand?.[1]).toBeCloseTo(32.6, 0);
    expect(loc?.[1]).toBeCloseTo(34.4, 0);
  });

  it('drop " border crossing" from a crossing’s name: the dot says it', () => {
    expect(placeLabelText({ name: 'Torkham border crossing', shortName: 'Torkham border crossing' })).toBe(
      'Torkham',
    );
    expect(placeLabelText({ name: 'Taftan (PAK–IRN crossing town)', shortName: '' })).toBe(
      'Taftan (PAK–IRN crossing town)',
    );
  });

  it('follow the overlay toggles: dots and their names, the Durand Line and its label', () => {
    expect(labelFilters({ places: true, durandLine: true })).toEqual({
      places: ['==', ['get', 'main'], true],
      lines: ['has', 'kind'],
    });
    const off = labelFilters({ places: false, durandLine: false });
    expect(off.places).toEqual([
      'all',
      ['==', ['get', 'main'], true],
      ['in', ['get', 'kind'], ['literal', ['capital', 'city', 'town']]],
    ]);
    expect(off.lines).toEqual(['!=', ['get', 'kind'], 'durand']);
  });
});
