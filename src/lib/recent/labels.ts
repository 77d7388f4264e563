/**
 * Words for published figures: every label names the organisation and what it counts, so nothing
 * drawn from a think tank's or a government's figures is ever labelled as UCDP's.
 */
import type { Organisation, PublishedSeries } from '../data/published';
import type { PublishedMeasure } from './published-choice';
import { periodLabel } from './published-choice';
import { orgName } from '../choropleth/org-name';

/** "people killed" or "attacks" in the organisation's own terms, from the series' scope. */
export function measureWords(series: PublishedSeries | null, measure: PublishedMeasure): string {
  if (measure === 'killed') return 'people killed';
  const scope = series?.scope.toLowerCase() ?? '';
  return /incident/.test(scope) ? 'incidents' : 'attacks';
}

/** "people killed, 2025 (PIPS: terrorist attacks (excl. security-force operations))" */
export function seriesTitle(
  series: PublishedSeries,
  measure: PublishedMeasure,
  organisations: readonly Organisation[],
): string {
  const period = periodLabel(series);
  const when = period === 'full year' ? `${series.year}` : `${period} ${series.year}`;
  return `${measureWords(series, measure)}, ${when} (${orgName(series.org, organisations)}: ${series.scope})`;
}

/** One option of the series picker: organisation, report, period and what it counts. */
export function seriesOption(series: PublishedSeries, organisations: readonly Organisation[]): string {
  return `${orgName(series.org, organisations)}: ${series.series} (${periodLabel(series)}; ${series.scope})`;
}

/** The unit of the values, for table headings and legends: "people killed as counted by PIPS". */
export function unitWords(
  series: PublishedSeries,
  measure: PublishedMeasure,
  organisations: readonly Organisation[],
): string {
  const name = orgName(series.org, organisations);
  // an article's count is the article's, not an organisation's
  return `${measureWords(series, measure)} as counted by ${name === 'Article' ? 'the cited article' : name}`;
}
