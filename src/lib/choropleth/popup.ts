/** The rows of a unit's popup: its value, rank, the series and its source, as the view shows them. */
import { layerPeriod } from '../recent/district-view';
import { periodLabelOf, type Organisation } from '../data/published';
import { formatCount, formatRate, formatValue } from './format';
import { unitsLabel, yearSpan } from './legend';
import { deathsHeading, deathsWords } from './deaths';
import type { View } from './view';

export interface PopupRow {
  label: string;
  value: string;
}

export function unitPopupRows(view: View, id: string, organisations: readonly Organisation[]): PopupRow[] {
  const choropleth = view.choropleth;
  if (!choropleth) return [];
  const unit = choropleth.units.find((u) => u.id === id);
  if (!unit) return [];
  const { metric, rate } = view;
  const rows: PopupRow[] = [];
  const measure =
    metric === 'deaths'
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
    if (metric === 'deaths') rows.push({ label: 'Counts', value: deathsWords(view.deaths) });
  }
  return rows;
}
