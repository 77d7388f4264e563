/**
 * The colours `data/districts.geojson` ships for the first frame are the ones the app derives for its
 * default view once every file has loaded: the events, the published figures and the articles' figures.
 * A stale districts file (events rebuilt, classes or palette changed) fails here, not on screen.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_FILL, isFirstView } from '../../src/lib/choropleth/first-view.ts';
import { areaUnits } from '../../src/lib/choropleth/units.ts';
import { deriveView } from '../../src/lib/choropleth/view.ts';
import { viewParamsOf } from '../../src/lib/choropleth/view-params.ts';
import type { ContextDocument } from '../../src/lib/contracts/context.ts';
import type { DistrictsFile } from '../../src/lib/contracts/districts.ts';
import type { EventTable } from '../../src/lib/contracts/events.ts';
import type { ProvincesFile } from '../../src/lib/contracts/provinces.ts';
import type { PublishedFiguresFile } from '../../src/lib/contracts/published-figures.ts';
import { buildEventStore } from '../../src/lib/data/events.ts';
import { listSeries } from '../../src/lib/data/published.ts';
import { DEFAULT_PARAMS, EVENT_YEAR_MAX, parseParams } from '../../src/lib/state/url.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');
const read = <T>(name: string) => JSON.parse(readFileSync(resolve(DATA, name), 'utf8')) as T;

describe('the first view’s shipped colours', () => {
  const districts = read<DistrictsFile>('districts.geojson');
  const provinces = read<ProvincesFile>('provinces.geojson');

  it('are the colours the app derives for its default view from every shipped file', () => {
    const store = buildEventStore(
      read<EventTable>('events.json'),
      districts.features.map((f) => f.properties.id),
      provinces.features.map((f) => f.properties.id),
    );
    const units = areaUnits(districts, provinces);
    const figures = [
      ...read<PublishedFiguresFile>('published-figures.json').figures,
      ...read<ContextDocument>('context.json').articleFigures,
    ];
    const view = deriveView(viewParamsOf({ ...DEFAULT_PARAMS }), {
      store,
      series: listSeries(figures),
      districtUnits: units.districts,
      provinceUnits: units.provinces,
      lastEventYear: EVENT_YEAR_MAX,
    });
    expect(view.level).toBe('district');
    const derived = new Map(view.choropleth?.units.map((u) => [u.id, u.colour]));
    const shipped = new Map(districts.features.map((f) => [f.properties.id, f.properties[FIRST_FILL]]));
    expect(shipped).toEqual(derived);
    // more than one class: a flat map would pass the comparison and show nothing
    expect(new Set(shipped.values()).size).toBeGreaterThan(3);
  });

  it('are drawn for a link with no view parameters only', () => {
    expect(isFirstView(parseParams(''))).toBe(true);
    expect(isFirstView(parseParams('#layers=cpec&region=kurram&map=7/33/70'))).toBe(true);
    for (const hash of [
      '#years=2010-2015',
      '#level=province',
      '#metric=events',
      '#rate=per100k',
      '#deaths=civilians',
      '#est=high',
      '#cat=state',
      '#data=import:0123456789ab',
    ]) {
      expect(isFirstView(parseParams(hash)), hash).toBe(false);
    }
  });
});
