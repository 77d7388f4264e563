/**
 * Popup and tooltip bodies as DOM nodes built with textContent: text from data never becomes HTML.
 */
import { safeHref } from '../ui/safe-url';

export interface PopupRow {
  label: string;
  value: string;
  /** a link for the value, used only if it is an http(s) URL */
  href?: string | null;
}

export function popupNode(title: string, rows: PopupRow[] = [], note?: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup';
  const heading = document.createElement('strong');
  heading.className = 'popup-title';
  heading.textContent = title;
  root.append(heading);
  if (rows.length) {
    const list = document.createElement('dl');
    for (const row of rows) {
      const dt = document.createElement('dt');
      dt.textContent = row.label;
      const dd = document.createElement('dd');
      const href = safeHref(row.href);
      if (href) {
        const a = document.createElement('a');
        a.href = href;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        a.textContent = row.value;
        dd.append(a);
      } else {
        dd.textContent = row.value;
      }
      list.append(dt, dd);
    }
    root.append(list);
  }
  if (note) {
    const p = document.createElement('p');
    p.className = 'popup-note';
    p.textContent = note;
    root.append(p);
  }
  return root;
}
