/**
 * Whose deaths a view counts, on the committed data: every choice's district, province and national
 * sums equal the sums of the source rows of `data/events.json`, added up here on their own; and every
 * label, the legend's definition line, the table, the popup and the export caption say what is counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventTable } from '../../../geo/attacks/types';
import { buildEventStore, yearlySeries } from '../data/events';
import {
  DEATH_KINDS,
  DEFAULT_PARAMS,
  ESTIMATES,
  EVENT_YEAR_MAX,
  type DeathKind,
  type Estimate,
} from '../state/url';
import { viewCaption } from './caption';
import { deathsColumnOf, deathsDefinition, type DeathsColumn } from './deaths';
import { legendText, type LegendContext } from './legend';
import { districtPopup } from '../map/district-popup';
import { areaTable, areaTableCells } from './table';
import { areaUnits } from './units';
import { deriveView, type ViewData } from './view';
import type { ViewParams } from './view-params';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const load = <T>(name: string): T => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as T;

const table = load<EventTable>('events.json');
const units = areaUnits(
  load<Parameters<typeof areaUnits>[0]>('districts.geojson'),
  load<Parameters<typeof areaUnits>[1]>('provinces.geojson'),
);
const data: ViewData = {
  store: buildEventStore(
    table,
    units.districts.map((u) => u.id),
    units.provinces.map((u) => u.id),
  ),
  series: [],
  districtUnits: units.districts,
  provinceUnits: units.provinces,
  lastEventYear: EVENT_YEAR_MAX,
};
const context: LegendContext = {
  organisations: [],
  articleTitles: new Map(),
  userLabel: null,
  lastEventYear: EVENT_YEAR_MAX,
  safeHref: (url) => url ?? null,
};

const view = (changes: Partial<ViewParams> = {}) =>
  deriveView({ ...DEFAULT_PARAMS, playRange: null, ...changes }, data);

/** The source column each choice reads, by its name in events.json: written out here, not imported. */
const SOURCE_COLUMN: Record<string, keyof EventTable['columns']> = {
  'all/best': 'best',
  'all/low': 'low',
  'all/high': 'high',
  'civilians/best': 'deathsCivilians',
  'side-a/best': 'deathsA',
  'side-b/best': 'deathsB',
  'unknown/best': 'deathsUnknown',
};

const militant = table.categories.findIndex((c) => c.id === 'militant');

/** Sums of the chosen column over militant rows in the years, per district, province and nationally. */
function sourceSums(column: keyof EventTable['columns'], from: number, to: number) {
  const district = new Map<string, number>();
  const province = new Map<string, number>();
  let national = 0;
  const c = table.columns;
  for (let i = 0; i < table.count; i++) {
    const year = c.year[i] as number;
    if (year < from || year > to || c.category[i] !== militant) continue;
    const value = (c[column] as number[])[i] as number;
    national += value;
    const d = c.district[i];
    const p = c.province[i];
    if (d) district.set(d, (district.get(d) ?? 0) + value);
    if (p) province.set(p, (province.get(p) ?? 0) + value);
  }
  return { district, province, national };
}

const choices = Object.keys(SOURCE_COLUMN).map((key) => {
  const [deaths, estimate] = key.split('/') as [DeathKind, Estimate];
  return { key, deaths, estimate, column: SOURCE_COLUMN[key] as keyof EventTable['columns'] };
});

describe('whose deaths and which estimate', () => {
  it('offers every kind of deaths and every estimate', () => {
    expect(choices.map((c) => c.deaths).filter((d, i, a) => a.indexOf(d) === i)).toEqual([...DEATH_KINDS]);
    expect(choices.filter((c) => c.deaths === 'all').map((c) => c.estimate)).toEqual([...ESTIMATES]);
  });

  it.each(choices)('$key: districts, provinces and the country sum the source rows', (choice) => {
    const sums = sourceSums(choice.column, 2007, 2021);
    const byDistrict = view({ deaths: choice.deaths, estimate: choice.estimate });
    expect(byDistrict.deaths).toBe(deathsColumnOf(choice.deaths, choice.estimate));
    for (const u of byDistrict.choropleth!.units) expect(u.count).toBe(sums.district.get(u.id) ?? 0);
    const byProvince = view({ deaths: choice.deaths, estimate: choice.estimate, level: 'province' });
    for (const u of byProvince.choropleth!.units) expect(u.count).toBe(sums.province.get(u.id) ?? 0);
    expect(byDistrict.totals!.nationalDeaths).toBe(sums.national);
    // The panels' yearly series count the same deaths.
    const series = yearlySeries(data.store!, byDistrict.filter!, { level: 'national' });
    const inRange = series.deaths.filter((_, k) => series.years[k]! >= 2007 && series.years[k]! <= 2021);
    expect(inRange.reduce((a, b) => a + b, 0)).toBe(sums.national);
  });

  it('splits the best estimate into four parts that add up to it in every district', () => {
    const all = view();
    const parts = (['civilians', 'side-a', 'side-b', 'unknown'] as const).map((deaths) => view({ deaths }));
    for (const [i, u] of all.choropleth!.units.entries()) {
      expect(parts.reduce((sum, p) => sum + (p.choropleth!.units[i]!.count ?? 0), 0)).toBe(u.count);
    }
    // Not a tautology: each part differs from the whole somewhere, and civilians are a minority.
    for (const p of parts) expect(p.totals!.nationalDeaths).toBeLessThan(all.totals!.nationalDeaths);
  });

  it('counts the best estimate for a split kind whatever the estimate asked', () => {
    expect(view({ deaths: 'civilians', estimate: 'low' }).deaths).toBe('deathsCivilians');
  });
});

describe('what the labels say is counted', () => {
  const cases: [Partial<ViewParams>, string, string][] = [
    [{}, 'deaths (UCDP best estimate), 2007–2021', 'Deaths'],
    [{ deaths: 'civilians' }, 'civilian deaths (UCDP best estimate), 2007–2021', 'Civilian deaths'],
    [{ estimate: 'low' }, 'deaths (UCDP low estimate), 2007–2021', 'Deaths (low estimate)'],
    [
      { estimate: 'high', rate: 'per100k' },
      'deaths (UCDP high estimate) per 100,000 people, 2007–2021',
      'Deaths (high estimate)',
    ],
    [{ deaths: 'side-a' }, 'side A deaths (UCDP best estimate), 2007–2021', 'Side A deaths'],
    [{ deaths: 'side-b' }, 'side B deaths (UCDP best estimate), 2007–2021', 'Side B deaths'],
    [
      { deaths: 'unknown' },
      'deaths of unknown status (UCDP best estimate), 2007–2021',
      'Deaths of unknown status',
    ],
  ];
  it.each(cases)('%o: legend "%s", column "%s"', (params, title, heading) => {
    const v = view(params);
    const legend = legendText(v, context);
    expect(legend.title).toBe(title);
    expect(legend.definition).toBe(deathsDefinition(v.deaths));
    const t = areaTable(v, (id) => id);
    expect(t.title).toBe(`Districts: ${title.replace(', 2007–2021', '')}`);
    expect(t.columns.find((c) => c.key === 'count')!.label).toBe(heading);
    expect(areaTableCells(t)[0]).toContain('count');
    expect(viewCaption(v, context)).toContain(title.replace(', 2007–2021', ' by district'));
    const { rows } = districtPopup(
      v,
      { level: 'district', id: 'north-waziristan', name: 'North Waziristan' },
      [],
    );
    expect(rows[0]!.label).toBe(heading);
    expect(rows.find((r) => r.label === 'Counts')!.value).toBe(
      title.replace(', 2007–2021', '').replace(/ per 100,000 people$/, ''),
    );
  });

  it('defines who is counted in words that do not call side A the state everywhere', () => {
    const line = (column: DeathsColumn) => deathsDefinition(column);
    expect(line('best')).toContain('militants killed by the security forces included');
    expect(line('deathsA')).toContain('India’s army on the Line of Control');
    expect(line('deathsB')).toContain('Pakistan’s forces on the Line of Control');
    expect(line('low')).toContain('UCDP splits only the best estimate');
    expect(legendText(view({ metric: 'events' }), context).definition).toBeNull();
  });

  it('says so when the events shown have only the best estimate (a user file)', () => {
    const store = { ...data.store!, deathsBy: {} };
    const v = deriveView({ ...DEFAULT_PARAMS, playRange: null, deaths: 'civilians' }, { ...data, store });
    expect(v.deaths).toBe('best');
    expect(v.deathsUnavailable).toBe('deathsCivilians');
    expect(legendText(v, context).notes.join(' ')).toContain(
      'instead of civilian deaths (UCDP best estimate)',
    );
  });
});
