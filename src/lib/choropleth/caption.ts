/**
 * The view in words, for the exports: the title, one line saying what the view shows, and the sources
 * behind it, one whole source per entry.
 */
import { legendTitle, unitsLabel, type LegendContext } from './legend';
import type { View } from './view';

export const ATLAS_TITLE = 'Frontier Atlas: violence along Pakistan’s western frontier';

export function viewCaption(view: View, context: LegendContext): string {
  // Published figures are named by who counts what, as the legend names them: never as UCDP's measure.
  if (view.mode === 'published') return `${legendTitle(view, context)}; published figures, not events`;
  const units = unitsLabel(view.metric, view.rate, view.deaths, view.userEvents);
  const compare = view.compareYears ? ` against ${view.compareYears.join('–')} (change per year)` : '';
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
