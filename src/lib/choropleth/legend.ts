/**
 * The legend's text, built once from the view for the screen and the PNG export alike: its title, what
 * is counted, one row per class, the notes and the citations of a published series.
 */
import { citationOf, moreThanOf, type Organisation } from '../data/published';
import type { Metric, Rate } from '../state/url';
import { formatCount, formatValue } from './format';
import { MIN_COUNT_FOR_RATE, NO_DATA_COLOUR, TOO_FEW_COLOUR } from './unranked';
import type { View } from './view';
import { coverageText, layerPeriod } from '../recent/district-view';
import { orgName } from './org-name';
import { seriesTitle, unitWords } from '../recent/labels';
import { deathsDefinition, deathsWords, type DeathsColumn } from './deaths';

export function unitsLabel(
  metric: Metric,
  rate: Rate,
  deaths: DeathsColumn = 'best',
  userEvents = false,
): string {
  const what = metric === 'deaths' ? deathsWords(deaths, userEvents) : 'events';
  if (rate === 'per100k') return `${what} per 100,000 people`;
  if (rate === 'per1000km2') return `${what} per 1,000 km²`;
  return what;
}

export function denominatorNote(rate: Rate): string | null {
  if (rate === 'per100k') {
    return 'Population from the 2023 census, used for every year; Azad Jammu & Kashmir and Gilgit-Baltistan have no census figure.';
  }
  if (rate === 'per1000km2') return 'Area as published in the 2023 census tables.';
  return null;
}

/** A year or a span of years, as the legend and the table write them. */
export function yearSpan(from: number, to: number): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

/** What the legend needs beyond the view: who published a series, the user's own file, the years asked for. */
export interface LegendContext {
  organisations: readonly Organisation[];
  /** article id -> title, to cite article figures by name */
  articleTitles: ReadonlyMap<string, string>;
  /** the label of the user's own events when the view shows them */
  userLabel: string | null;
  /** the last year of event data */
  lastEventYear: number;
  /** cleans a citation's link, or null where it is not safe to link */
  safeHref: (url: string | undefined) => string | null;
  /** organisations of the official district counts, and what coverage statements need */
  districtOrganisations?: readonly Organisation[];
  districtsPerProvince?: ReadonlyMap<string, number>;
  provinceNames?: ReadonlyMap<string, string>;
}

export interface LegendRow {
  colour: string;
  /** the class's range, or what the swatch stands for */
  range: string;
  /** how many areas, with their name: "7 districts" */
  areas: string;
}

export interface Citation {
  outlet: string;
  date: string;
  href: string | null;
}

export interface LegendText {
  title: string;
  /** what is counted and from which data */
  source: string;
  /** in a deaths view of events: whose deaths are counted, in UCDP's terms (one short line), else null */
  definition: string | null;
  /** from the highest class down, then zero, too few to rate and no data */
  rows: LegendRow[];
  notes: string[];
  /** in published mode: the series' national total, and its citations */
  national: string | null;
  citations: Citation[];
  /** what differs from a full-year map of every province, or why nothing is drawn */
  fallback: string[];
  /** in the district view: "6 of 34 Balochistan districts" */
  coverage: string | null;
  /** a range past the event data: where the source changes */
  seam: string | null;
}

function areaWord(level: View['level'], count: number): string {
  const word = level === 'province' ? 'province' : 'district';
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

function rateWords(rate: Rate): string {
  return rate === 'per100k' ? ' per 100,000 people' : rate === 'per1000km2' ? ' per 1,000 km²' : '';
}

/** The legend's heading, which the exports also use to say what the view shows. */
export function legendTitle(view: View, context: LegendContext): string {
  const layer = view.districtLayer;
  if (layer) {
    const org = orgName(layer.org, context.districtOrganisations ?? []);
    return `${layer.what}${rateWords(view.rate)} by district, ${layerPeriod(layer)} (${org}: ${layer.series})`;
  }
  const measure = view.metric === 'deaths' ? 'killed' : 'attacks';
  const units =
    view.mode === 'published' && view.series
      ? unitWords(view.series, measure, context.organisations).replace(
          ' as counted',
          `${rateWords(view.rate)} as counted`,
        )
      : unitsLabel(view.metric, view.rate, view.deaths, view.userEvents);
  const [from, to] = view.eventYears;
  if (view.compareYears) {
    const now = view.mode === 'published' && view.series ? `${view.series.year}` : yearSpan(from, to);
    return `Change in ${units} per year: ${now} against ${yearSpan(...view.compareYears)}`;
  }
  if (view.mode === 'published' && view.series) {
    return seriesTitle(view.series, measure, context.organisations).replace(
      /^(people killed|attacks|incidents)/,
      `$1${rateWords(view.rate)}`,
    );
  }
  return `${units}, ${yearSpan(from, to)}`;
}

function sourceText(view: View, context: LegendContext): string {
  const layer = view.districtLayer;
  if (layer) {
    const org = (context.districtOrganisations ?? []).find((o) => o.id === layer.org);
    return `Official district counts, not events: ${org?.name ?? layer.org}, ${layer.series}; it counts ${layer.what} (${layer.figures[0]?.scope ?? ''}). Districts the report does not list are hatched: no published figure, not zero.`;
  }
  if (view.mode === 'published') {
    const organisation = context.organisations.find((o) => o.id === view.series?.org);
    const counts = organisation
      ? ` It counts ${organisation.counts.charAt(0).toLowerCase()}${organisation.counts.slice(1)}`
      : '';
    return `Published figures, not events: ${organisation?.name ?? (view.series ? `the article “${view.series.series}”` : 'no series for this year')}.${counts} Provinces, one organisation at a time; not comparable with the event counts before 2022.`;
  }
  const data = context.userLabel
    ? `Your data: ${context.userLabel}, opened from this computer and not uploaded;`
    : 'UCDP events with at least one death;';
  // before the events arrive there are no categories to name yet
  if (view.categories.length === 0) return data.replace(/;$/, '.');
  const categories =
    view.categories.length === 1 && view.categories[0] === 'militant'
      ? 'militant violence only'
      : `${view.categories.length} categories`;
  return `${data} ${categories}.`;
}

/** Where a range runs past the event data: what the map counts, and what the later years have instead. */
function seamText(view: View, context: LegendContext): string | null {
  if (view.mode !== 'events' || view.years[1] <= view.eventYears[1]) return null;
  return `UCDP event data end in ${context.lastEventYear}: the map counts ${view.years[0]}–${view.eventYears[1]}; ${view.eventYears[1] + 1}–${view.years[1]} have published figures instead, listed year by year below (another source, never added to these counts).`;
}

/** The class rows, highest first, then zero (or no change), too few to rate and no data. */
function legendRows(view: View): LegendRow[] {
  const choropleth = view.choropleth;
  if (!choropleth) return [];
  const change = view.compareYears !== null;
  const fmt = formatValue(view.rate, change);
  const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${fmt(Math.abs(value))}`;
  const { classification } = choropleth;
  const rows: LegendRow[] = [...classification.classes].reverse().map((cls) => ({
    colour: cls.colour,
    range: change
      ? `${signed(cls.from)} to ${signed(cls.to)}`
      : `${fmt(cls.from)}${cls.to !== cls.from ? `–${fmt(cls.to)}` : ''}`,
    areas: areaWord(view.level, cls.count),
  }));
  rows.push({
    colour: classification.zeroColour,
    range: classification.zeroLabel,
    areas: areaWord(view.level, classification.zeroCount),
  });
  if (choropleth.tooFewCount > 0) {
    rows.push({
      colour: TOO_FEW_COLOUR,
      range: `fewer than ${MIN_COUNT_FOR_RATE}: rate not shown`,
      areas: areaWord(view.level, choropleth.tooFewCount),
    });
  }
  if (choropleth.noDataCount > 0) {
    rows.push({
      colour: NO_DATA_COLOUR,
      range: view.mode === 'published' ? 'no published figure' : 'no data',
      areas: areaWord(view.level, choropleth.noDataCount),
    });
  }
  return rows;
}

function citationsOf(view: View, context: LegendContext): Citation[] {
  const seen = new Map<string, Citation>();
  const figures: readonly { citation: ReturnType<typeof citationOf> }[] = view.districtLayer
    ? view.districtLayer.figures.map((f) => ({ citation: { ...f.citation, sourceId: null } }))
    : (view.series?.figures ?? []).map((f) => ({ citation: citationOf(f) }));
  for (const figure of figures) {
    const { outlet, url, sourceId, date } = figure.citation;
    const key = `${outlet}|${url}|${sourceId}`;
    if (seen.has(key)) continue;
    const article = sourceId ? context.articleTitles.get(sourceId) : undefined;
    seen.set(key, {
      outlet: article ? `${article} (cited article)` : (outlet ?? 'source'),
      date: date ?? '',
      href: context.safeHref(url ?? undefined),
    });
  }
  return [...seen.values()];
}

export function legendText(view: View, context: LegendContext): LegendText {
  const notes: string[] = [];
  if (view.sharedClassYears) {
    notes.push(
      `While playing: one set of classes for ${yearSpan(...view.sharedClassYears)}, so the years compare.`,
    );
  }
  if (view.compareYears) {
    notes.push(
      'Yearly averages, so periods of different length compare fairly. Orange: more than in the baseline; purple: less.',
    );
  }
  if (view.mode === 'events' && view.metric === 'deaths' && view.deathsUnavailable) {
    notes.push(
      `Your file's events are read with one death figure, the best estimate of all deaths, so the map counts that instead of ${deathsWords(view.deathsUnavailable)}.`,
    );
  }
  const denominator = denominatorNote(view.rate);
  if (denominator) notes.push(denominator);
  let national: string | null = null;
  if (view.mode === 'published') {
    const total = view.publishedValues.national;
    const value =
      total?.value !== null && total?.value !== undefined ? formatCount(total.value) : 'not given';
    const moreThan = moreThanOf(total?.parts[0]).length ? ' (published as "more than")' : '';
    national = view.districtLayer
      ? null
      : `Pakistan total in this series: ${value}${moreThan}. Provinces without a figure are drawn as no published figure.`;
  }
  const fallback: string[] = [];
  if (view.mode === 'published' && !view.districtLayer) {
    if (view.seriesChoice?.note) fallback.push(view.seriesChoice.note);
    if (view.compareYears && view.series && !view.choropleth) {
      fallback.push(
        `No change view: ${orgName(view.series.org, context.organisations)} gives no ${view.metric === 'deaths' ? 'deaths' : 'attacks'} by province for ${view.compareYears[1]} to compare with. Pick one of the suggested comparisons, or another baseline year.`,
      );
    }
  }
  const layer = view.districtLayer;
  if (layer?.areas.length) {
    notes.push(
      `Also reported for areas that are not one district (not drawn): ${layer.areas.map((f) => `${f.areaAsReported} ${f[layer.measure] ?? '–'}`).join('; ')}.`,
    );
  }
  return {
    title: legendTitle(view, context),
    source: sourceText(view, context),
    definition: view.mode === 'events' && view.metric === 'deaths' ? deathsDefinition(view.deaths) : null,
    rows: legendRows(view),
    notes,
    national,
    citations: view.mode === 'published' ? citationsOf(view, context) : [],
    fallback,
    coverage: layer
      ? coverageText(layer, context.districtsPerProvince ?? new Map(), context.provinceNames ?? new Map())
      : null,
    seam: seamText(view, context),
  };
}

/**
 * The legend's lines under a PNG's map, in the screen's order: the seam, the definition, fallbacks,
 * coverage, notes, the national total, and the citations of a published view's figures.
 */
export function legendFooter(legend: LegendText): string[] {
  const cited = legend.citations.map(
    (c) => `${c.outlet}${c.date ? `, ${c.date}` : ''}${c.href ? ` <${c.href}>` : ''}`,
  );
  return [
    ...(legend.seam ? [legend.seam] : []),
    ...(legend.definition ? [legend.definition] : []),
    ...legend.fallback,
    ...(legend.coverage ? [`Coverage: ${legend.coverage}.`] : []),
    ...legend.notes,
    ...(legend.national ? [legend.national] : []),
    ...(cited.length ? [`Figures from: ${cited.join('; ')}.`] : []),
  ];
}
