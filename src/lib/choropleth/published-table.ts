/**
 * The rows of a province's published-figures table: every organisation's and article's figure, newest
 * first, each with its citation. Kept apart from the areas table, as only the region panel shows it.
 */
import type { Organisation, PublishedFigure } from '../data/published';
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
    .filter((f) => f.iso === iso || (f.iso === null && f.provinces.includes(iso)))
    .sort((a, b) => b.year - a.year || a.org.localeCompare(b.org))
    .map((f) => {
      const article = f.citation.sourceId ? articleTitles.get(f.citation.sourceId) : undefined;
      return {
        id: f.id,
        year: `${f.year}${f.period !== 'full year' ? ` (${f.period})` : ''}`,
        org: orgName(f.org, organisations),
        href: safeHref(f.citation.url),
        series: article ?? f.series,
        outlet: `${f.citation.outlet ?? (article ? 'cited article' : '')}${f.citation.date ? `, ${f.citation.date}` : ''}`,
        asReported: f.provinceAsReported,
        attacks: count(f.attacks, f.moreThan?.includes('attacks') ?? false),
        killed: count(f.killed, f.moreThan?.includes('killed') ?? false),
      };
    });
}
