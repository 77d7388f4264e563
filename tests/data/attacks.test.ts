/** Checks on the committed attacks-stage outputs in data/ (rebuild with `npm run data`). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { aggregateEvents, sumTotals } from '../../geo/attacks/aggregate.ts';
import Papa from 'papaparse';
import type { DistrictFigures } from '../../geo/attacks/district-figures.ts';
import type { PublishedFigures } from '../../geo/attacks/figures.ts';
import {
  DISTRICT_ALIASES,
  type IncidentProperties,
  type MultiSiteIncidents,
} from '../../geo/attacks/incidents.ts';
import { realRawDirs } from '../../geo/attacks/real-inputs.ts';
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
const districtFigures = read<DistrictFigures>('district-figures.json');
const multiSite = read<MultiSiteIncidents>('multi-site-incidents.json');

/** Spreadsheet row numbers (header = 1) of every record of a raw CSV. */
function rawRows(name: string): number[] {
  const text = readFileSync(join(realRawDirs().raw, 'attacks', name), 'utf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return parsed.data.slice(1).map((_, i) => i + 2);
}

const landed = (sources: { file: string; row: number }[], file: string) =>
  sources
    .filter((s) => s.file === file)
    .map((s) => s.row)
    .sort((a, b) => a - b);

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
    expect(figures.figures.length).toBe(125);
    for (const figure of figures.figures) {
      expect(figure.citation.url, figure.id).toMatch(/^https?:\/\//);
      expect(figure.citation.outlet.trim(), figure.id).not.toBe('');
      expect(orgs.has(figure.org), figure.id).toBe(true);
    }
  });
});

describe('data/incidents.geojson', () => {
  it('is labelled as a sample and keeps its 125 point incidents', () => {
    expect(incidents.sample).toMatch(/not all attacks/);
    expect(incidents.features).toHaveLength(125);
  });
});

describe('every row of every violence file lands in data/', () => {
  const incidentSources = [
    ...incidents.features.map((f) => f.properties.source),
    ...multiSite.incidents.map((m) => m.source),
  ];
  it.each([
    ['reported_figures_province_year.csv', () => figures.figures.map((f) => f.source), 57],
    ['reported_figures_province_2025_2026.csv', () => figures.figures.map((f) => f.source), 68],
    ['reported_figures_district_2022_2025.csv', () => districtFigures.figures.map((f) => f.source), 72],
    ['notable_incidents_2022_2024.csv', () => incidentSources, 81],
    ['notable_incidents_gapfill_2022_2024.csv', () => incidentSources, 8],
    ['notable_incidents_2025_2026.csv', () => incidentSources, 40],
  ] as const)('%s: each input row once', (file, sources, count) => {
    const rows = rawRows(file);
    expect(rows).toHaveLength(count);
    expect(landed(sources(), file)).toEqual(rows);
  });

  it('lists multi-site incidents without geometry or district, and never as points', () => {
    expect(multiSite.incidents.map((m) => m.id)).toEqual([
      'PKI-2025-016',
      'PKI-2025-025',
      'PKI-2026-002',
      'PKI-2026-008',
    ]);
    for (const m of multiSite.incidents) {
      expect(Object.keys(m)).not.toContain('lon');
      expect(Object.keys(m)).not.toContain('district');
    }
    const pointIds = new Set(incidents.features.map((f) => f.properties.id));
    expect(multiSite.incidents.filter((m) => pointIds.has(m.id))).toEqual([]);
  });

  it('joins the six names the 2022-2024 incidents spell differently to their 2023 districts', () => {
    for (const [name, alias] of Object.entries(DISTRICT_ALIASES)) {
      const rows = incidents.features.filter((f) => f.properties.districtAsReported === name);
      expect(rows.length, name).toBeGreaterThan(0);
      // a point may lie across a boundary (kept and flagged); none is dropped and every one names the district
      expect(
        rows.every((f) => f.properties.district === alias.id || f.properties.districtDisagrees),
        name,
      ).toBe(true);
    }
  });

  it('gives every district figure a district of the set or a named area', () => {
    for (const f of districtFigures.figures) {
      expect(f.district !== null || (f.areaAsReported ?? '') !== '', f.id).toBe(true);
    }
  });
});
