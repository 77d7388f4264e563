/**
 * The district popup (and the province one): what the hover tooltip over a district or province, or a
 * table row with keyboard focus, says. Where the area lies, then the choropleth's figures for it as the
 * view shows them: its value, rank, the series and its source. Pure: `popups.ts` writes it into the DOM.
 */
import type { View } from '../choropleth/view';
import { formatCount, formatRate, formatValue } from '../choropleth/format';
import { unitsLabel, yearSpan } from '../choropleth/legend';
import { periodLabelOf, type Organisation } from '../data/published';
import { deathsHeading, deathsWords } from '../choropleth/deaths';
import { layerPeriod } from '../recent/district-view';
import type { Level } from '../state/url';
import type { PopupContent, PopupRow } from './popups';

/** The district or province the popup is for, with what the map knows of where it lies. */
export interface PopupArea {
  level: Level;
  id: string;
  name: string;
  /** for a district: its province's name and whether it was a tribal agency of the former FATA */
  district?: { provinceName: string; formerFata: boolean };
}

export function districtPopup(
  view: View,
  area: PopupArea,
  organisations: readonly Organisation[],
): PopupContent {
  const rows: PopupRow[] = [];
  if (area.district) {
    rows.push({ label: 'Province', value: area.district.provinceName });
    if (area.district.formerFata) rows.push({ label: 'Former FATA', value: 'yes (agency until 2018)' });
  }
  // The view's figures are those of the level it draws; an area of the other level has none of its own.
  if (area.level === view.level) rows.push(...figureRows(view, area.id, organisations));
  return { title: area.name, rows };
}

/** The choropleth's figures for one area: its value, rank, the series and its source. */
function figureRows(view: View, id: string, organisations: readonly Organisation[]): PopupRow[] {
  const choropleth = view.choropleth;
  if (!choropleth) return [];
  const unit = choropleth.units.find((u) => u.id === id);
  if (!unit) return [];
  const { metric, rate } = view;
  const rows: PopupRow[] = [];
  // An official district count is labelled with what its report counts, whatever the measure chosen.
  const what = view.districtLayer?.what;
  const measure = what
    ? `${what.charAt(0).toUpperCase()}${what.slice(1)}`
    : metric === 'deaths'
      ? view.mode === 'published'
        ? 'Deaths'
        : deathsHeading(view.deaths)
      : view.mode === 'published'
        ? 'Attacks'
        : 'Events';
  if (unit.before !== undefined) {
    const per = formatValue(rate, true);
    const show = (v: number | null | undefined) => (v === null || v === undefined ? 'no figure' : per(v));
    const [bFrom, bTo] = view.compareYears ?? [0, 0];
    rows.push({ label: `Per year ${yearSpan(bFrom, bTo)}`, value: show(unit.before) });
    rows.push({ label: 'Per year now', value: show(unit.after) });
    rows.push({
      label: 'Change',
      value:
        unit.value === null
          ? 'no figure'
          : unit.tooFew
            ? 'too few to rate'
            : `${unit.value > 0 ? '+' : ''}${per(unit.value)}`,
    });
  }
  rows.push({ label: measure, value: unit.count === null ? 'no figure' : formatCount(unit.count) });
  if (rate !== 'count') {
    rows.push({
      label: unitsLabel(metric, rate, view.deaths, view.userEvents).replace(/^.*? per/, 'Per'),
      value:
        unit.value === null
          ? 'no census denominator'
          : unit.tooFew
            ? 'too few to rate'
            : formatRate(unit.value),
    });
  }
  const ranked = choropleth.units.filter((u) => u.rank !== null).length;
  if (unit.rank !== null) rows.push({ label: 'Rank', value: `${unit.rank} of ${ranked}` });
  if (view.districtLayer) {
    const layer = view.districtLayer;
    const figure = layer.figures.find((f) => f.district === id);
    if (figure) {
      rows.push({
        label: 'Source',
        value: `${figure.citation.outlet}${figure.citation.date ? `, ${figure.citation.date}` : ''}`,
      });
    }
    rows.push({ label: 'Series', value: `${layer.series}: ${layer.what}, ${layerPeriod(layer)}` });
  } else if (view.mode === 'published' && view.series) {
    const parts = view.publishedValues.provinces.get(id)?.parts ?? [];
    if (parts.length > 1) {
      for (const part of parts) {
        const value = metric === 'deaths' ? part.killed : part.attacks;
        rows.push({
          label: `  ${part.provinceAsReported}`,
          value: value === null ? 'no figure' : formatCount(value),
        });
      }
    }
    rows.push({ label: 'Counts', value: view.series.scope });
    // What the source says about its own figure (a partial count, a conflicting figure) travels with it.
    for (const part of parts) {
      if (part.note)
        rows.push({
          label: parts.length > 1 ? `Note (${part.provinceAsReported})` : 'Note',
          value: part.note,
        });
    }
    const org = organisations.find((o) => o.id === view.series?.org);
    // an article's series is named by its title alone: its org is a catalog id, not a name
    const first = view.series.figures[0];
    const period = first ? periodLabelOf(first) : view.series.period;
    const only = period === 'full year' ? '' : ` (${period} ${view.series.year} only)`;
    rows.push({
      label: 'Series',
      value: `${org ? `${org.name}, ${view.series.series}` : view.series.series}${only}`,
    });
  } else {
    rows.push({ label: 'Series', value: `UCDP GED 22.1, ${yearSpan(...view.eventYears)}` });
    if (metric === 'deaths') rows.push({ label: 'Counts', value: deathsWords(view.deaths, view.userEvents) });
  }
  return rows;
}
