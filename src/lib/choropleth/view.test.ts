/**
 * The choropleth core on the committed data: mode switching, published and change views, the classes
 * (Play's shared breaks, class methods that suit the number of areas), and the legend and table text
 * that the screen and the exports share.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, EVENT_YEAR_MAX } from '../state/url';
import { viewCaption } from './caption';
import { context, data, units, view } from './fixtures';
import { legendFooter, legendText } from './legend';
import { areaTable, areaTableCells } from './table';
import { deriveView, type View } from './view';

const unit = (v: View, id: string) => v.choropleth!.units.find((u) => u.id === id)!;
const breaks = (v: View) => v.choropleth!.classification.classes.map((c) => [c.from, c.to]);

describe('mode and level', () => {
  it('events up to the last event year, by the level asked for', () => {
    const districtView = view();
    expect(districtView.mode).toBe('events');
    expect(districtView.level).toBe('district');
    expect(districtView.choropleth!.units).toHaveLength(units.districts.length);
    const provinceView = view({ level: 'province' });
    expect(provinceView.level).toBe('province');
    expect(provinceView.choropleth!.units).toHaveLength(units.provinces.length);
  });

  it('a range that starts with events but runs past them counts the events it can', () => {
    const v = view({ years: [2020, 2023] });
    expect(v.mode).toBe('events');
    expect(v.eventYears).toEqual([2020, 2021]);
    // at the seam the legend says where the events end and that later years are another source
    expect(legendText(v, context).seam).toContain(`UCDP event data end in ${EVENT_YEAR_MAX}:`);
    expect(legendText(view({ years: [2015, 2021] }), context).seam).toBeNull();
  });

  it("a user's own file is never labelled with a UCDP estimate", () => {
    const own = deriveView({ ...DEFAULT_PARAMS, playRange: null }, { ...data, userEvents: true });
    const legend = legendText(own, { ...context, userLabel: 'acled-export.csv' });
    expect(legend.title).toContain('deaths (as in your file)');
    expect(legend.title).not.toMatch(/UCDP/);
    expect(viewCaption(own, context)).not.toMatch(/UCDP/);
    expect(areaTable(own, () => '').title).not.toMatch(/UCDP/);
  });

  it('a published table names the organisation that counts, as the legend does', () => {
    const v = view({ years: [2025, 2025] });
    expect(v.series?.org).toBe('pips');
    const title = areaTable(v, () => '', context.organisations).title;
    expect(title).toContain('as counted by PIPS');
    expect(title).not.toContain('Article');
  });

  it("a published PNG's footer carries the figures' citations, as the legend shows them", () => {
    const legend = legendText(view({ years: [2025, 2025] }), context);
    expect(legend.citations.length).toBeGreaterThan(0);
    const footer = legendFooter(legend);
    const last = footer.at(-1) ?? '';
    expect(last.startsWith('Figures from: ')).toBe(true);
    for (const c of legend.citations) expect(last).toContain(c.outlet);
    expect(footer).toContain(legend.national);
    expect(legendFooter(legendText(view(), context)).some((l) => l.startsWith('Figures from'))).toBe(false);
  });

  it('the exports name a published view by who counts what, never as UCDP deaths', () => {
    for (const year of [2022, 2023, 2024, 2025, 2026]) {
      const v = view({ years: [year, year] });
      expect(v.mode).toBe('published');
      const caption = viewCaption(v, context);
      expect(caption).not.toMatch(/UCDP/);
      expect(caption).toContain('published figures');
    }
  });

  it('years after the event data show one organisation’s published figures, by province', () => {
    const v = view({ years: [2024, 2024], level: 'district' });
    expect(v.mode).toBe('published');
    expect(v.level).toBe('province');
    expect(v.series?.org).toBe('pips');
    expect(v.series?.year).toBe(2024);
    for (const u of v.choropleth!.units) {
      expect(u.count).toBe(v.publishedValues.provinces.get(u.id)?.value ?? null);
    }
    // another organisation's series, asked for by its key
    const other = data.series.find((s) => s.year === 2024 && s.org !== 'pips')!;
    expect(view({ years: [2024, 2024], series: other.key }).series?.key).toBe(other.key);
  });
});

describe('classes', () => {
  it('seven provinces are classed by natural breaks unless the view asks for another method', () => {
    const v = view({ level: 'province' });
    expect(v.classMethod).toBe('ckmeans');
    const kp = unit(v, 'PK-KP');
    const balochistan = unit(v, 'PK-BA');
    expect(kp.count).toBeGreaterThan(5 * balochistan.count!);
    expect(kp.colour).not.toBe(balochistan.colour);
    // quantiles still when the link asks for them, and on the 156 districts by default
    expect(view({ level: 'province', classes: 'quantile' }).classMethod).toBe('quantile');
    expect(view().classMethod).toBe('quantile');
    expect(view({ classes: 'equal' }).classMethod).toBe('equal');
  });

  it('Play keeps one set of breaks across the years it plays', () => {
    const playRange: [number, number] = [2007, 2024];
    const y2008 = view({ years: [2008, 2008], playRange });
    const y2019 = view({ years: [2019, 2019], playRange });
    expect(y2008.sharedClassYears).toEqual([2007, 2021]);
    expect(breaks(y2019)).toEqual(breaks(y2008));
    // each year still counts its own areas in those classes
    const inClasses = (v: View) => v.choropleth!.classification.classes.map((c) => c.count);
    expect(inClasses(y2019)).not.toEqual(inClasses(y2008));
    // so the fall after 2014 shows: Khyber in 2019 sits in a lower class than in 2008
    const classOf = (v: View, id: string) => v.choropleth!.classification.classOf(unit(v, id).value ?? 0);
    expect(classOf(y2019, 'khyber')).toBeLessThan(classOf(y2008, 'khyber'));
    // the legend says so
    expect(legendText(y2019, context).notes[0]).toBe(
      'While playing: one set of classes for 2007–2021, so the years compare.',
    );
    // without Play every year has its own breaks
    expect(breaks(view({ years: [2019, 2019] }))).not.toEqual(breaks(view({ years: [2008, 2008] })));
    expect(view({ years: [2019, 2019] }).sharedClassYears).toBeNull();
  });

  it('Play over published years shares breaks within one organisation’s series', () => {
    // Each year's default series is the one with the most provinces, so Play shares breaks within the
    // organisation chosen (PIPS gives deaths by province for 2024 and 2025).
    const playRange: [number, number] = [2007, 2026];
    const y2024 = view({ years: [2024, 2024], playRange, series: 'pips' });
    const y2025 = view({ years: [2025, 2025], playRange, series: 'pips' });
    expect(y2025.mode).toBe('published');
    expect(y2025.series?.org).toBe('pips');
    expect(y2025.sharedClassYears?.[0]).toBeGreaterThan(EVENT_YEAR_MAX);
    expect(breaks(y2025)).toEqual(breaks(y2024));
  });
});

describe('change views', () => {
  it('events: yearly averages against a baseline, with a signed legend written as on screen', () => {
    const v = view({ years: [2015, 2021], compare: [2007, 2014] });
    expect(v.compareYears).toEqual([2007, 2014]);
    const legend = legendText(v, context);
    expect(legend.title).toBe('Change in deaths (UCDP best estimate) per year: 2015–2021 against 2007–2014');
    const classRows = legend.rows.slice(0, v.choropleth!.classification.classes.length);
    for (const row of classRows) expect(row.range).toMatch(/^[+−]?[\d.,]+ to [+−]?[\d.,]+$/);
    expect(legend.rows.map((r) => r.range).join(' ')).not.toMatch(/-\d|–-/);
    expect(legend.rows.some((r) => r.range === 'no change')).toBe(true);
    // the yearly averages keep their fractions: 8 deaths over 8 years is 1 a year, not rounded away
    const north = unit(v, 'north-waziristan');
    expect(north.value).toBeCloseTo(north.after! - north.before!, 9);
    const table = areaTable(v, (id) => units.provinceOf.get(id) ?? '');
    expect(areaTableCells(table)[0]).toEqual([
      'id',
      'name',
      'province',
      'count_baseline',
      'count',
      'per_year_baseline',
      'per_year',
      'change_per_year',
      'rank',
    ]);
    expect(table.columns.filter((c) => c.label).map((c) => c.label)).toEqual([
      'Name',
      'Province',
      'Deaths',
      'Per yr before',
      'Per yr now',
      'Change',
      'Rank',
    ]);
  });

  it('published: the same organisation’s series for the baseline year, or no map', () => {
    const v = view({ years: [2023, 2023], compare: [2021, 2021] });
    expect(v.mode).toBe('published');
    if (v.baselineSeries?.org === v.series?.org) {
      expect(v.choropleth).not.toBeNull();
      expect(legendText(v, context).title).toContain('per year: 2023 against 2021');
    } else {
      expect(v.choropleth).toBeNull();
    }
  });
});

describe('legend and table text', () => {
  it('every area is counted once in the legend, and the table lists them all', () => {
    const v = view({ years: [2010, 2014] });
    const legend = legendText(v, context);
    expect(legend.title).toBe('deaths (UCDP best estimate), 2010–2014');
    expect(legend.source).toBe('UCDP events with at least one death; militant violence only.');
    const counted = legend.rows.map((r) => Number(r.areas.match(/^(\d+) district/)?.[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(units.districts.length);
    expect(legend.rows.at(-1)?.range).toBe('0');
    const cells = areaTableCells(areaTable(v, () => 'x'));
    expect(cells[0]).toEqual(['id', 'name', 'province', 'count', 'rate', 'rank']);
    expect(cells).toHaveLength(units.districts.length + 1);
  });

  it('rates: too few to rate and no census figure are drawn and written apart', () => {
    const v = view({ years: [2010, 2014], rate: 'per100k' });
    const legend = legendText(v, context);
    expect(legend.title).toBe('deaths (UCDP best estimate) per 100,000 people, 2010–2014');
    expect(legend.rows.map((r) => r.range)).toContain('fewer than 5: rate not shown');
    expect(legend.notes.join(' ')).toContain('2023 census');
    const table = areaTable(v, () => '');
    const rate = table.columns.find((c) => c.key === 'value')!;
    expect(rate.label).toBe('Rate');
    const tooFew = table.rows.find((r) => r.tooFew)!;
    expect(rate.text(tooFew)).toBe('too few');
    expect(rate.raw(tooFew)).toBeNull();
  });

  it('published legend: whose figures, the national total and the citations', () => {
    const v = view({ years: [2024, 2024] });
    const legend = legendText(v, context);
    // every published label names the organisation and what it counts, never UCDP's measure
    expect(legend.title).toBe(
      'people killed, 2024 (PIPS: terrorist attacks (excl. security-force operations))',
    );
    expect(legend.source).toMatch(
      /^Published figures, not events: .+\. .*Provinces, one organisation at a time;/,
    );
    expect(`${legend.title} ${legend.source}`).not.toMatch(/UCDP/);
    expect(legend.national).toMatch(/^Pakistan total in this series: /);
    expect(legend.citations.length).toBeGreaterThan(0);
  });
});
