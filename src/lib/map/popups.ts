/**
 * What a map popup or hover tooltip says for a point or line (a place, the Durand Line, a route segment):
 * pure builders from a feature's properties to a title, rows and a note, and one DOM builder that writes
 * any popup with textContent, so text from data never becomes HTML. A district's or province's popup is
 * built in `district-popup.ts`, an incident's rows in `recent/incident-rows.ts`, the border's popups in
 * `border/popups.ts`.
 */
import { safeHref } from '../ui/safe-url';

export interface PopupRow {
  label: string;
  value: string;
  /** a link for the value, used only if it is an http(s) URL */
  href?: string | null;
}

export interface PopupContent {
  title: string;
  rows: PopupRow[];
  note?: string;
}

/** Properties of a rendered feature, as MapLibre hands them back from a query. */
export type FeatureProps = Readonly<Record<string, unknown>>;

/** A port, dry port or border crossing. */
export function placePopup(props: FeatureProps): PopupContent {
  const rows: PopupRow[] = [
    { label: 'Kind', value: String(props.kind).replace('-', ' ') },
    { label: 'Country', value: String(props.country) },
  ];
  if (typeof props.durandKm === 'number')
    rows.push({ label: 'To the Durand Line', value: `${props.durandKm} km` });
  return { title: String(props.name), rows, note: props.approximate ? 'Position approximate.' : undefined };
}

export function durandLinePopup(props: FeatureProps): PopupContent {
  return {
    title: 'Durand Line',
    rows: [{ label: 'Length', value: `${typeof props.lengthKm === 'number' ? props.lengthKm : '?'} km` }],
    note: typeof props.status === 'string' ? props.status : undefined,
  };
}

/** One segment of a corridor's route: says whether it follows the road or is drawn straight. */
export function routePopup(props: FeatureProps): PopupContent {
  return {
    title: String(props.name),
    rows: [
      {
        label: 'This segment',
        value: props.schematic ? 'schematic (straight line between waypoints)' : 'real road geometry',
      },
    ],
  };
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

export function contentNode(content: PopupContent): HTMLElement {
  return popupNode(content.title, content.rows, content.note);
}
