/**
 * The rows of a province's published-figures table: every organisation's and article's figure, newest
 * first, each with its citation. Kept apart from the areas table, as only the region panel shows it.
 */
import {
  citationOf,
  kpPartOf,
  moreThanOf,
  periodKindOf,
  periodLabelOf,
  provincesOf,
  type Organisation,
  type PublishedFigure,
} from '../data/published';
import { formatCount } from './format';
import { orgName } from './org-name';
import type { KpPart } from '../contracts/published-figures';

const KP_PART_WORDS: Record<KpPart, string> = {
  whole: '',
  settled: ' [settled districts]',
  tribal: ' [tribal districts, ex-FATA]',
};

export interface PublishedFigureRow {
  id: string;
  year: string;
  org: string;
  href: string | null;
  /** the cited article's title, or the organisation's series */
  series: string;
  outlet: string;
  asReported: string;
  attacks: string;
  killed: string;
}

/** Every published or article figure for a province (or for the country), newest first. */
export function publishedFigureRows(
  figures: readonly PublishedFigure[],
  iso: string,
  articleTitles: ReadonlyMap<string, string>,
  safeHref: (url: string | undefined) => string | null,
  organisations: readonly Pick<Organisation, 'id' | 'name'>[],
): PublishedFigureRow[] {
  const count = (value: number | null, more: boolean) =>
    value === null ? '–' : `${more ? '>' : ''}${formatCount(value)}`;
  return figures
    .filter((f) => f.iso === iso || (f.iso === null && provincesOf(f).includes(iso)))
    .sort((a, b) => b.year - a.year || a.org.localeCompare(b.org))
    .map((f) => {
      const citation = citationOf(f);
      const article = citation.sourceId ? articleTitles.get(citation.sourceId) : undefined;
      return {
        id: f.id,
        // A month, quarter or half keeps its period: it is never read as the year.
        year: `${f.year}${f.period !== 'full year' ? ` (${periodLabelOf(f)}${periodKindOf(f) !== 'year' ? ' only' : ''})` : ''}`,
        org: orgName(f.org, organisations),
        href: safeHref(citation.url ?? undefined),
        series: article ?? f.series,
        outlet: `${citation.outlet ?? (article ? 'cited article' : '')}${citation.date ? `, ${citation.date}` : ''}`,
        // Sources that report the tribal districts (ex-FATA) apart from settled KP: both rows, as reported.
        asReported: `${f.provinceAsReported}${KP_PART_WORDS[kpPartOf(f) ?? 'whole']}`,
        attacks: count(f.attacks, moreThanOf(f).includes('attacks')),
        killed: count(f.killed, moreThanOf(f).includes('killed')),
      };
    });
}
