import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { aggregateEvents, sumTotals } from './aggregate.ts';
import type { IncidentProperties } from './incidents.ts';
import type { PublishedFigures } from './figures.ts';
import { buildAttacks } from './index.ts';
import { loadRawBoundaries } from './raw-districts.ts';
import { realRawDirs } from './real-inputs.ts';

describe('buildAttacks on the real inputs', async () => {
  const dirs = realRawDirs();
  const result = await buildAttacks(dirs, loadRawBoundaries(dirs));
  const { events } = result;

  it('keeps every GED row but the HXL row, in date order', () => {
    expect(events.count).toBe(6416);
    const { date, id } = events.columns;
    for (let i = 1; i < events.count; i++) {
      const before = `${date[i - 1]}#${String(id[i - 1]).padStart(9, '0')}`;
      const after = `${date[i]}#${String(id[i]).padStart(9, '0')}`;
      expect(before < after).toBe(true);
    }
  });

  it('counts militant violence close to the input notes (about 5,270; MQM counted as party violence)', () => {
    const militant = events.categories.findIndex((c) => c.id === 'militant');
    const n = events.columns.category.filter((c) => c === militant).length;
    expect(n).toBe(5236);
  });

  it('places districts only for where_prec <= 3 and provinces only for <= 4', () => {
    events.columns.wherePrec.forEach((wherePrec, i) => {
      if (wherePrec > 3) expect(events.columns.district[i]).toBeNull();
      if (wherePrec > 4) expect(events.columns.province[i]).toBeNull();
    });
  });

  it('has district totals adding up to provinces and the nation for precise militant events', () => {
    const totals = aggregateEvents(events, {
      years: [2007, 2021],
      categories: ['militant'],
      actors: events.actors.map((a) => a.id),
      maxWherePrec: 3,
    });
    expect(sumTotals(totals.byDistrict)).toEqual(sumTotals(totals.byProvince));
    expect(sumTotals(totals.byProvince)).toEqual(totals.national);
  });

  it('writes its six files and a SOURCES section', () => {
    expect(Object.keys(result.output.files).sort()).toEqual([
      'district-figures.json',
      'event-details.json',
      'events.json',
      'incidents.geojson',
      'multi-site-incidents.json',
      'published-figures.json',
    ]);
    expect(result.output.sources.startsWith('## Violence data')).toBe(true);
    expect(result.output.sources).toContain('CC BY 4.0');
    const details = JSON.parse(result.output.files['event-details.json'] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(details)).toHaveLength(6416);
  });

  it('moves Sherani off Zhob town and keeps all 125 point incidents (81 + 8 gap-fill + 36 of 2025-2026)', () => {
    const incidents = JSON.parse(result.output.files['incidents.geojson'] ?? '{}') as FeatureCollection<
      Point,
      IncidentProperties
    >;
    expect(incidents.features).toHaveLength(125);
    const sherani = incidents.features.find((f) => f.properties.districtAsReported === 'Sherani');
    expect(sherani?.properties).toMatchObject({
      district: 'sherani',
      pointMoved: true,
      locationPrecision: 'district',
    });
  });

  it('keeps all 57 + 68 published province figures with citations and unique ids', () => {
    const figures = JSON.parse(result.output.files['published-figures.json'] ?? '{}') as PublishedFigures;
    expect(figures.figures).toHaveLength(125);
    expect(new Set(figures.figures.map((f) => f.id)).size).toBe(125);
  });
});
