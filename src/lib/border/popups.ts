/**
 * Popup bodies for the border layers, built with textContent: text from data never becomes HTML.
 * A strike's or clash's deaths are always shown with whose count they are, and the note's other
 * figures as claims by whoever made them.
 */
import type { BorderEvent, Crossing } from '../contracts/border';
import { safeHref } from '../ui/safe-url';
import { formatDay, formatEventDate } from './date';
import { describeSpan, describeStatusOn, statusOn } from './status';
import { KIND_LABELS, killedText, linkParts } from './timeline';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(text: string, href: string): HTMLElement {
  const safe = safeHref(href);
  if (!safe) return el('span', undefined, text);
  const a = el('a', undefined, text);
  a.href = safe;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

/** Text with its http(s) addresses as links. */
export function textWithLinks(text: string): HTMLElement {
  const span = el('span');
  for (const part of linkParts(text)) span.append(part.href ? link('source', part.href) : part.text);
  return span;
}

export function eventPopupNode(event: BorderEvent): HTMLElement {
  const root = el('div', 'popup border-popup');
  root.append(el('strong', 'popup-title', event.place));
  const rows = el('dl');
  const row = (label: string, value: string | Node) => {
    const dd = el('dd');
    dd.append(value);
    rows.append(el('dt', undefined, label), dd);
  };
  row('Date', formatEventDate(event));
  row('Kind', KIND_LABELS[event.kind]);
  if (event.country) row('Side', `in ${event.country.name}`);
  row('Toll', killedText(event) ?? 'no count in this report');
  row('Source', link(event.sourceOutlet, event.sourceUrl));
  root.append(rows);
  root.append(el('p', 'popup-note', event.summary));
  if (event.claims.length) {
    root.append(
      el('p', 'popup-note claims-heading', 'Other figures and claims, as attributed in the report:'),
    );
    const list = el('ul', 'claims');
    for (const claim of event.claims) {
      const li = el('li');
      li.append(textWithLinks(claim));
      list.append(li);
    }
    root.append(list);
  }
  if (event.locationNote) root.append(el('p', 'popup-note', `Point: ${event.locationNote}`));
  return root;
}

export function crossingPopupNode(
  crossing: Crossing,
  day: string,
  events: Map<string, BorderEvent>,
): HTMLElement {
  const at = statusOn(crossing, day);
  const root = el('div', 'popup border-popup');
  root.append(el('strong', 'popup-title', `${crossing.name} crossing`));
  const rows = el('dl');
  rows.append(el('dt', undefined, `On ${formatDay(day)}`), el('dd', undefined, describeStatusOn(at, day)));
  if (at.interval)
    rows.append(el('dt', undefined, 'From – to'), el('dd', undefined, describeSpan(at.interval)));
  root.append(rows);
  const cited = at.interval?.citations.map((id) => events.get(id)).filter((e) => e !== undefined) ?? [];
  if (cited.length) {
    const list = el('ul', 'claims');
    for (const event of cited) {
      const li = el('li');
      li.append(`${formatDay(event.day)}: `, link(event.sourceOutlet, event.sourceUrl));
      list.append(li);
    }
    root.append(list);
  }
  return root;
}
