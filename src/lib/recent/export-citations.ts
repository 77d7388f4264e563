/**
 * Citations of the figures behind each area of the current published view, for the CSV export: which row as reported, which outlet, URL and date, so every exported number is traceable.
 */
import { citationOf } from '../data/published';
import { dashboard } from '../state/dashboard.svelte';

export const CITATION_HEADER = [
  'as_reported',
  'citation_outlet',
  'citation_url',
  'citation_date',
  'input_row',
];

interface Cited {
  label: string;
  outlet: string;
  url: string;
  date: string;
  row: string;
}

function citedOf(id: string): Cited[] {
  const layer = dashboard.districtLayer;
  if (layer) {
    return layer.figures
      .filter((f) => f.district === id)
      .map((f) => ({
        label: `${f.series} (${f.periodLabel})`,
        outlet: f.citation.outlet,
        url: f.citation.url,
        date: f.citation.date ?? '',
        row: `${f.source.file}:${f.source.row}`,
      }));
  }
  const parts = dashboard.publishedByProvince.get(id)?.parts ?? [];
  return parts.map((f) => {
    const citation = citationOf(f);
    return {
      label: f.provinceAsReported,
      outlet: citation.outlet ?? '',
      url: citation.url ?? '',
      date: citation.date ?? '',
      // an article's count has no input row: its citation is the article
      row: 'source' in f ? `${f.source.file}:${f.source.row}` : (citation.sourceId ?? ''),
    };
  });
}

/** The five citation cells of an area (parts joined with " | "), empty outside published mode. */
export function citationCells(id: string): string[] {
  if (dashboard.mode !== 'published') return [];
  const cited = citedOf(id);
  const join = (key: keyof Cited) => cited.map((c) => c[key]).join(' | ');
  return [join('label'), join('outlet'), join('url'), join('date'), join('row')];
}
