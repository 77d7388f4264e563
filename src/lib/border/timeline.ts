/** Which border events a panel lists, and the wording of their counts and claims. */
import type { BorderData, BorderEvent, Crossing, EventKind } from '../contracts/border';

export { crossingIdOf, placeOfCrossing } from './crossing-ids';

export type TimelineTarget =
  { kind: 'durand-line' } | { kind: 'crossing'; id: Crossing['id'] } | { kind: 'corridor'; id: string };

export const KIND_LABELS: Readonly<Record<EventKind, string>> = {
  closure: 'Closure',
  reopening: 'Reopening',
  clash: 'Clash',
  airstrike: 'Air strike',
  ceasefire: 'Ceasefire or talks',
  'attack-on-corridor': 'Attack on a corridor site',
  policy: 'Policy',
};

export function eventsFor(data: Pick<BorderData, 'events'>, target: TimelineTarget): BorderEvent[] {
  switch (target.kind) {
    case 'durand-line':
      return data.events.filter((e) => e.border);
    case 'crossing':
      return data.events.filter((e) => e.crossings.includes(target.id));
    case 'corridor':
      return data.events.filter((e) => (e.corridors as string[]).includes(target.id));
  }
}

export function filterKinds(events: readonly BorderEvent[], kinds: ReadonlySet<EventKind>): BorderEvent[] {
  return events.filter((e) => kinds.has(e.kind));
}

/** `23 killed (Pakistani soldiers per ISPR)`; without the row's own attribution, the outlet's. */
export function killedText(
  event: Pick<BorderEvent, 'killed' | 'killedCountedAs' | 'sourceOutlet'>,
): string | null {
  if (event.killed === null) return null;
  return `${event.killed} killed (${event.killedCountedAs ?? `as reported by ${event.sourceOutlet}`})`;
}

/** Splits a claim into text and http(s) links, so links can be drawn as links and the rest as text. */
export function linkParts(text: string): { text: string; href: string | null }[] {
  const parts: { text: string; href: string | null }[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s)]+/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), href: null });
    parts.push({ text: match[0], href: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), href: null });
  return parts;
}
