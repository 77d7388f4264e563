import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureCollectionToJson } from '../pipeline.ts';
import { labelPoint } from './label-point.ts';
import { LABEL_POINT, withLabelPoint, withLabelPoints } from './index.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');
const text = (name: string) => readFileSync(resolve(DATA, name), 'utf8');
type Areas = { type: 'FeatureCollection'; features: { properties: Record<string, unknown> }[] };
/** The committed file without the given properties, written as the pipeline writes it. */
const without = (name: string, ...properties: string[]): string => {
  const areas = JSON.parse(text(name)) as Areas;
  for (const feature of areas.features) for (const p of properties) delete feature.properties[p];
  return featureCollectionToJson(areas);
};

const square: Feature<Polygon, { id: string }> = {
  type: 'Feature',
  properties: { id: 'square' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [70, 30],
        [71, 30],
        [71, 31],
        [70, 31],
        [70, 30],
      ],
    ],
  },
};

describe('the labels stage', () => {
  // The first-view stage runs after this one: its colour is taken off before comparing.
  const boundaries = {
    files: {
      'districts.geojson': without('districts.geojson', LABEL_POINT, 'firstFill'),
      'provinces.geojson': without('provinces.geojson', LABEL_POINT),
      'places.geojson': text('places.geojson'),
    },
    sources: '## Boundaries',
  };

  it('adds the label points the committed files ship, and changes nothing else', () => {
    const out = withLabelPoints(boundaries);
    expect(out.files['districts.geojson']).toBe(without('districts.geojson', 'firstFill'));
    expect(out.files['provinces.geojson']).toBe(text('provinces.geojson'));
    expect(out.files['places.geojson']).toBe(boundaries.files['places.geojson']);
    expect(out.sources).toMatch(/^## Boundaries\n\n## Label points/);
  });

  it('places each name where the label search puts it on the shipped geometry, to 4 decimals', () => {
    for (const name of ['districts.geojson', 'provinces.geojson']) {
      const areas = JSON.parse(text(name)) as {
        features: Feature<Polygon | MultiPolygon, { id: string; labelPoint: [number, number] }>[];
      };
      expect(areas.features.length).toBeGreaterThan(0);
      for (const area of areas.features) {
        const [x, y] = labelPoint(area.geometry);
        const [lon, lat] = area.properties.labelPoint;
        expect(Math.abs(lon - x), area.properties.id).toBeLessThanOrEqual(0.00005 + 1e-12);
        expect(Math.abs(lat - y), area.properties.id).toBeLessThanOrEqual(0.00005 + 1e-12);
      }
    }
  });

  it('rounds a point to 4 decimals and keeps the other properties first', () => {
    const labelled = withLabelPoint(square, 'data/districts.geojson');
    expect(Object.keys(labelled.properties)).toEqual(['id', LABEL_POINT]);
    expect(labelled.properties.labelPoint).toEqual([70.5, 30.5]);
    expect(labelled.geometry).toBe(square.geometry);
  });

  it('names the file it needs when the boundaries stage did not write it', () => {
    expect(() => withLabelPoints({ files: {}, sources: '' })).toThrow(
      'data/districts.geojson: the boundaries stage wrote no such file',
    );
  });

  it('names the file, feature and field of an area it cannot label', () => {
    const ringless = { ...square, geometry: { type: 'Polygon', coordinates: [] } as Polygon };
    expect(() => withLabelPoint(ringless, 'data/districts.geojson')).toThrow(
      'data/districts.geojson (feature square, field "labelPoint"): labelPoint: a polygon without an outer ring',
    );
    const line = { ...square, geometry: { type: 'LineString', coordinates: [] } } as unknown as typeof square;
    expect(() => withLabelPoint(line, 'data/provinces.geojson')).toThrow(
      'data/provinces.geojson (feature square, field "labelPoint"): expected a Polygon or MultiPolygon to label, got LineString',
    );
  });

  it('refuses a point that rounding moves out of its area', () => {
    // a sliver smaller than the rounding step: its point rounds to the corner (0, 0), outside it
    const sliver: Feature<Polygon, { id: string }> = {
      type: 'Feature',
      properties: { id: 'sliver' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0.00001, 0.00001],
            [0.00004, 0.00001],
            [0.00001, 0.00004],
            [0.00001, 0.00001],
          ],
        ],
      },
    };
    expect(() => withLabelPoint(sliver, 'data/districts.geojson')).toThrow(
      /^data\/districts\.geojson \(feature sliver, field "labelPoint"\): the label point 0,0 is not inside the area$/,
    );
  });
});
