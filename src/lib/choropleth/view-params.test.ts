/**
 * The view before its data is what the derivation gives with no events and no figures: the legend, the
 * layers and the controls read it while the derivation's code and its files are on their way, and must
 * not change when they arrive for any other reason than the data.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../state/url';
import { data } from './fixtures';
import { deriveView, type ViewData } from './view';
import { defaultClassMethod, viewBeforeData, type ViewParams } from './view-params';

const noData: ViewData = { ...data, store: null, series: [], districtFigures: null };

const cases: [string, Partial<ViewParams>][] = [
  ['the default view', {}],
  ['provinces, events per 100,000 people', { level: 'province', metric: 'events', rate: 'per100k' }],
  ['a range that runs past the events', { years: [2020, 2023] }],
  ['a change view of events', { years: [2015, 2021], compare: [2008, 2014] }],
  ['a published year', { years: [2024, 2024] }],
  ['a published year with a series and a focus', { years: [2022, 2025], focus: 2024, series: 'crss' }],
  ['official district counts asked for', { years: [2024, 2024], districtScope: 'kp' }],
  ['a published change view', { years: [2025, 2025], compare: [2023, 2023] }],
  [
    'low estimates of civilian deaths, natural breaks',
    { deaths: 'civilians', estimate: 'low', classes: 'ckmeans' },
  ],
];

describe('the view before its data', () => {
  it.each(cases)('%s: as the derivation gives it with no data', (_name, changes) => {
    const params: ViewParams = { ...DEFAULT_PARAMS, playRange: null, ...changes };
    const before = viewBeforeData(params, noData);
    expect(before).toEqual(deriveView(params, noData));
    expect(before.choropleth).toBeNull();
  });

  it('the user’s own events are said to be theirs before they are counted', () => {
    const params: ViewParams = { ...DEFAULT_PARAMS, playRange: null };
    expect(viewBeforeData(params, { ...noData, userEvents: true }).userEvents).toBe(true);
  });
});

describe('the default class method', () => {
  it('quantiles for many areas, natural breaks for few', () => {
    expect(defaultClassMethod(data.districtUnits.length)).toBe('quantile');
    expect(defaultClassMethod(data.provinceUnits.length)).toBe('ckmeans');
  });
});
