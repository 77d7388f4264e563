/**
 * The rows of a province's published-figures table: every organisation's and article's figure, newest
 * first, each with its citation. Kept apart from the areas table, as only the region panel shows it.
 */
import {
  citationOf,
  moreThanOf,
  provincesOf,
  type Organisation,
  type PublishedFigure,
} from '../data/published';
import { formatCount } from './format';
import { orgName } from './org-name';

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
        year: `${f.year}${f.period !== 'full year' ? ` (${f.period})` : ''}`,
        org: orgName(f.org, organisations),
        href: safeHref(citation.url ?? undefined),
        series: article ?? f.series,
        outlet: `${citation.outlet ?? (article ? 'cited article' : '')}${citation.date ? `, ${citation.date}` : ''}`,
        asReported: f.provinceAsReported,
        attacks: count(f.attacks, moreThanOf(f).includes('attacks')),
        killed: count(f.killed, moreThanOf(f).includes('killed')),
      };
    });
}
