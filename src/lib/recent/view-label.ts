/**
 * What the current map's values are, in words, for headings and legends: UCDP's measure in event
 * years, the organisation's own count in published years, the report's count in the district view.
 */
import { unitsLabel } from '../choropleth/legend';
import { dashboard } from '../state/dashboard.svelte';
import type { Metric, Rate } from '../state/url';
import { layerPeriod } from './district-view';
import { orgName } from '../choropleth/org-name';
import { unitWords } from './labels';

function withRate(what: string, rate: Rate): string {
  if (rate === 'per100k') return `${what} per 100,000 people`;
  if (rate === 'per1000km2') return `${what} per 1,000 km²`;
  return what;
}

export function valueLabel(metric: Metric, rate: Rate): string {
  if (dashboard.mode !== 'published')
    return unitsLabel(metric, rate, dashboard.view.deaths, dashboard.view.userEvents);
  const layer = dashboard.districtLayer;
  if (layer) {
    const org = orgName(layer.org, dashboard.districtFigures?.organisations ?? []);
    return withRate(`${layer.what} (${org}, ${layerPeriod(layer)})`, rate);
  }
  const series = dashboard.series;
  if (!series) return withRate(metric === 'deaths' ? 'people killed' : 'attacks', rate);
  const words = unitWords(series, dashboard.publishedMeasure, dashboard.published?.organisations ?? []);
  const [what, by] = words.split(' as counted by ');
  return `${withRate(what ?? words, rate)} as counted by ${by ?? ''}`;
}
