import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventTable } from '../attacks/types.ts';
import { featureCollectionToJson } from '../pipeline.ts';
import { withFirstViewColours } from './index.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');
const text = (name: string) => readFileSync(resolve(DATA, name), 'utf8');

describe('the first-view stage', () => {
  it('adds to districts the colours the committed districts file ships, and changes nothing else', () => {
    const committed = text('districts.geojson');
    const districts = JSON.parse(committed) as { features: { properties: Record<string, unknown> }[] };
    for (const feature of districts.features) delete feature.properties.firstFill;
    const boundaries = {
      files: {
        'districts.geojson': featureCollectionToJson({ type: 'FeatureCollection', ...districts }),
        'provinces.geojson': text('provinces.geojson'),
        'places.geojson': text('places.geojson'),
      },
      sources: '## Boundaries',
    };
    const out = withFirstViewColours(boundaries, JSON.parse(text('events.json')) as EventTable);
    expect(out.files['districts.geojson']).toBe(committed);
    expect(out.files['provinces.geojson']).toBe(boundaries.files['provinces.geojson']);
    expect(out.files['places.geojson']).toBe(boundaries.files['places.geojson']);
    expect(out.sources).toMatch(/^## Boundaries\n\n## First view colours/);
  });

  it('names the file it needs when the boundaries stage did not write it', () => {
    expect(() =>
      withFirstViewColours({ files: {}, sources: '' }, JSON.parse(text('events.json')) as EventTable),
    ).toThrow('data/districts.geojson: the boundaries stage wrote no such file');
  });
});
