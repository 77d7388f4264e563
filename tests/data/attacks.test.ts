/** Checks on the committed attacks-stage outputs in data/ (rebuild with `npm run data`). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { aggregateEvents, sumTotals } from '../../geo/attacks/aggregate.ts';
import type { PublishedFigures } from '../../geo/attacks/figures.ts';
import type { IncidentProperties } from '../../geo/attacks/incidents.ts';
import type { EventTable } from '../../geo/attacks/types.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as T;

const events = read<EventTable>('events.json');
const details = read<Record<string, unknown>>('event-details.json');
const figures = read<PublishedFigures>('published-figures.json');
const incidents = read<FeatureCollection<Point, IncidentProperties> & { sample?: string }>(
  'incidents.geojson',
);
const districtsFile = join(DATA, 'districts.geojson');

describe('data/events.json', () => {
  it('holds every GED row but the HXL row', () => {
    expect(events.schema).toBe(1);
    expect(events.count).toBe(6416);
    for (const column of Object.values(events.columns)) expect(column).toHaveLength(6416);
    expect(Object.keys(details)).toHaveLength(6416);
    expect(events.source.licence).toBe('CC BY 4.0');
  });

  it('has districts summing to provinces and provinces to the nation (militant, 2007-2021, where_prec <= 3)', () => {
    const totals = aggregateEvents(events, {
      years: [2007, 2021],
      categories: ['militant'],
      actors: events.actors.map((a) => a.id),
      maxWherePrec: 3,
    });
    expect(totals.national.events).toBeGreaterThan(4000);
    expect(sumTotals(totals.byDistrict)).toEqual(sumTotals(totals.byProvince));
    expect(sumTotals(totals.byProvince)).toEqual(totals.national);
  });

  it('uses only declared categories and actors', () => {
    expect(Math.max(...events.columns.category)).toBeLessThan(events.categories.length);
    expect(Math.max(...events.columns.actor)).toBeLessThan(events.actors.length);
  });

  // data/districts.geojson comes from the boundaries stage; skipped only while that file does not exist yet.
  it.skipIf(!existsSync(districtsFile))('uses only district ids that exist in data/districts.geojson', () => {
    const districts = JSON.parse(readFileSync(districtsFile, 'utf8')) as FeatureCollection<
      null,
      { id: string }
    >;
    const ids = new Set(districts.features.map((f) => f.properties.id));
    const unknown = [...new Set(events.columns.district)].filter((d) => d !== null && !ids.has(d));
    expect(unknown).toEqual([]);
    const incidentDistricts = incidents.features.map((f) => f.properties.district).filter((d) => !ids.has(d));
    expect(incidentDistricts).toEqual([]);
  });
});

describe('data/published-figures.json', () => {
  it('gives every figure a citation URL and outlet, and describes its organisation', () => {
    const orgs = new Set(figures.organisations.map((o) => o.id));
    expect(figures.figures.length).toBe(57);
    for (const figure of figures.figures) {
      expect(figure.citation.url, figure.id).toMatch(/^https?:\/\//);
      expect(figure.citation.outlet.trim(), figure.id).not.toBe('');
      expect(orgs.has(figure.org), figure.id).toBe(true);
    }
  });
});

describe('data/incidents.geojson', () => {
  it('is labelled as a sample and keeps its 81 incidents', () => {
    expect(incidents.sample).toMatch(/not all attacks/);
    expect(incidents.features).toHaveLength(81);
  });
});
