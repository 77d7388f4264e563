/** The district and province popup on the committed data: where the area lies, then the view's figures. */
import { describe, expect, it } from 'vitest';
import { data, districtFigures, published, view } from '../choropleth/fixtures';
import { districtPopup, type PopupArea } from './district-popup';

const kurram: PopupArea = {
  level: 'district',
  id: 'kurram',
  name: 'Kurram',
  district: { provinceName: 'Khyber Pakhtunkhwa', formerFata: true },
};
const quetta: PopupArea = {
  level: 'district',
  id: 'quetta',
  name: 'Quetta',
  district: { provinceName: 'Balochistan', formerFata: false },
};
const kp: PopupArea = { level: 'province', id: 'PK-KP', name: 'Khyber Pakhtunkhwa' };
const popup = (v: Parameters<typeof districtPopup>[0], area: PopupArea) =>
  districtPopup(v, area, published.organisations);
const labels = (v: Parameters<typeof districtPopup>[0], area: PopupArea) =>
  popup(v, area).rows.map((r) => r.label);

describe('district popup', () => {
  it('a district: its province, the former FATA when it was an agency, then the figures and their series', () => {
    const content = popup(view(), kurram);
    expect(content.title).toBe('Kurram');
    expect(content.rows.slice(0, 2)).toEqual([
      { label: 'Province', value: 'Khyber Pakhtunkhwa' },
      { label: 'Former FATA', value: 'yes (agency until 2018)' },
    ]);
    expect(content.rows.map((r) => r.label)).toEqual([
      'Province',
      'Former FATA',
      'Deaths',
      'Rank',
      'Series',
      'Counts',
    ]);
    expect(content.rows.find((r) => r.label === 'Rank')?.value).toMatch(/^\d+ of 156$/);
    expect(content.rows.find((r) => r.label === 'Series')?.value).toMatch(/^UCDP GED 22\.1, \d{4}–\d{4}$/);
    expect(labels(view(), quetta)).toEqual(['Province', 'Deaths', 'Rank', 'Series', 'Counts']);
  });

  it('a province: the figures alone, and none while the view draws districts', () => {
    expect(labels(view({ level: 'province' }), kp)).toEqual(['Deaths', 'Rank', 'Series', 'Counts']);
    expect(popup(view(), kp)).toEqual({ title: 'Khyber Pakhtunkhwa', rows: [] });
  });

  it('events are counted when the measure is events', () => {
    expect(labels(view({ metric: 'events' }), kurram)).toContain('Events');
  });

  it('a rate: the count, then the rate per 100,000 people; ranks only the areas with a rate', () => {
    const rows = popup(view({ rate: 'per100k' }), kurram).rows;
    expect(rows.map((r) => r.label)).toEqual([
      'Province',
      'Former FATA',
      'Deaths',
      'Per 100,000 people',
      'Rank',
      'Series',
      'Counts',
    ]);
    const ranked = Number(rows.find((r) => r.label === 'Rank')?.value.split(' of ')[1]);
    expect(ranked).toBeLessThan(156);
  });

  it('a change view: the yearly average of the baseline and now, and the change signed', () => {
    const rows = popup(view({ years: [2010, 2014], compare: [2005, 2009] }), kurram).rows;
    expect(rows.slice(2, 5).map((r) => r.label)).toEqual(['Per year 2005–2009', 'Per year now', 'Change']);
    expect(rows[4]?.value).toMatch(/^[+-]?[\d,.]+$/);
  });

  it('published figures: the series, what it counts and the source’s own note, never UCDP', () => {
    const content = popup(view({ years: [2024, 2024] }), kp);
    const text = content.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    expect(content.rows.map((r) => r.label)).toEqual(['Deaths', 'Rank', 'Counts', 'Note', 'Series']);
    expect(content.rows.at(-1)?.value).toMatch(/PIPS/);
    expect(text).not.toMatch(/UCDP/);
  });

  it('official district counts: the row’s citation and the report’s series and period', () => {
    const v = view({ years: [2024, 2024], districtScope: 'any' }, { ...data, districtFigures });
    const layer = v.districtLayer!;
    const figure = layer.figures[0]!;
    const content = popup(v, { level: 'district', id: figure.district!, name: figure.district! });
    expect(content.rows.find((r) => r.label === 'Source')?.value).toContain(figure.citation.outlet);
    // the figure is labelled with what the report counts (incidents, police killed ...), whatever the
    // measure chosen for events
    const value = figure[layer.measure]!.toLocaleString('en-GB');
    expect(content.rows[0]).toEqual({
      label: layer.what.charAt(0).toUpperCase() + layer.what.slice(1),
      value,
    });
    expect(content.rows.at(-1)).toEqual({
      label: 'Series',
      value: expect.stringContaining(`${layer.series}: ${layer.what}`) as string,
    });
  });

  it('an area the view does not know has no figures', () => {
    expect(popup(view(), { level: 'district', id: 'nowhere', name: 'Nowhere' }).rows).toEqual([]);
  });
});
