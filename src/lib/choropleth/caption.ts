/**
 * The view in words, for the exports: the title, one line saying what the view shows, and the sources
 * behind it, one whole source per entry.
 */
import { unitsLabel } from './legend';
import type { Organisation } from '../data/published';
import { orgName } from './org-name';
import type { View } from './view';

export const ATLAS_TITLE = 'Frontier Atlas: violence along Pakistan’s western frontier';

export function viewCaption(view: View, organisations: readonly Pick<Organisation, 'id' | 'name'>[]): string {
  const units = unitsLabel(view.metric, view.rate);
  const compare = view.compareYears ? ` against ${view.compareYears.join('–')} (change per year)` : '';
  if (view.mode === 'published' && view.series) {
    const s = view.series;
    return `${units} by province, ${s.year} (${s.period}), published figures: ${orgName(s.org, organisations)}, ${s.series}${compare}`;
  }
  const [from, to] = view.eventYears;
  return `${units} by ${view.level}, ${from}–${to}; categories: ${view.categories.join(', ')}; actors: ${view.actors.join(', ')}${compare}`;
}

/** The datasets a view rests on, each with its licence; the user's own file first when it is shown. */
export function sourceLines(
  view: View,
  datasets: readonly { name: string; licence: string }[],
  userLabel: string | null,
): string[] {
  const used = datasets.filter((d) =>
    view.mode === 'published' ? !d.name.startsWith('UCDP') : !d.name.startsWith('Published'),
  );
  const own = userLabel && view.mode === 'events' ? [`Events from the user's own file ${userLabel}`] : [];
  return [...own, ...used.map((d) => `${d.name} (${d.licence})`)];
}
