/** Framing a place in the part of the map that the panels leave visible. */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Less than this much map left between panels, and a panel is ignored rather than framed around. A phone
 * with a district's sheet open leaves about 130 px between the folded controls and the sheet.
 */
const MIN_VISIBLE = 80;

/** Room kept between a framed place and the panels: 24 px, less on a small screen. */
function marginFor(width: number, height: number): number {
  return Math.min(24, Math.round(Math.min(width, height) / 32));
}

/**
 * Padding that keeps a framed place clear of every panel over the map. Each panel is taken to cover
 * the map from the edge that leaves the most map beside it (a side panel from its side, a folded header
 * from the top, a bottom sheet from the bottom); a panel that would leave almost no map is left out, so
 * a phone whose panel covers the map still frames the place under it.
 */
export function visiblePadding(map: Rect, panels: readonly Rect[]): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const margin = marginFor(width, height);
  const padding: Padding = { top: margin, bottom: margin, left: margin, right: margin };
  for (const panel of panels) {
    if (
      panel.right <= map.left ||
      panel.left >= map.right ||
      panel.bottom <= map.top ||
      panel.top >= map.bottom
    )
      continue;
    const covered: [keyof Padding, number][] = [
      ['left', panel.right - map.left],
      ['right', map.right - panel.left],
      ['top', panel.bottom - map.top],
      ['bottom', map.bottom - panel.top],
    ];
    // the side to frame clear of is the one that leaves the most map (a full-width sheet: the bottom)
    const remaining = ([side, depth]: [keyof Padding, number]) =>
      side === 'left' || side === 'right' ? (width - depth) * height : (height - depth) * width;
    const [side, depth] = covered.reduce((a, b) => (remaining(b) > remaining(a) ? b : a));
    const next = { ...padding, [side]: Math.max(padding[side], depth + margin) };
    if (width - next.left - next.right >= MIN_VISIBLE && height - next.top - next.bottom >= MIN_VISIBLE)
      Object.assign(padding, next);
  }
  return padding;
}

/** Elements that lie over the map and hide part of it. */
const PANELS = '.controls, aside.detail';

function visibleArea(map: MapLibreMap): { padding: Padding; container: DOMRect } {
  const container = map.getContainer().getBoundingClientRect();
  const panels = [...document.querySelectorAll<HTMLElement>(PANELS)]
    .filter((el) => el.offsetParent !== null)
    .map((el) => el.getBoundingClientRect());
  return { padding: visiblePadding(container, panels), container };
}

/** Fits `bounds` into the map the panels leave visible (a found place, a district picked from the table). */
export function frameClearOfPanels(map: MapLibreMap, bounds: LngLatBoundsLike, animate = true): void {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds(bounds, {
    padding: visibleArea(map).padding,
    maxZoom: 9,
    duration: animate && !reduceMotion ? 600 : 0,
  });
}

/** The share (0–1) of a screen rectangle that lies inside the visible part of the map. */
export function visibleShare(box: Rect, size: { width: number; height: number }, padding: Padding): number {
  const left = Math.max(box.left, padding.left);
  const right = Math.min(box.right, size.width - padding.right);
  const top = Math.max(box.top, padding.top);
  const bottom = Math.min(box.bottom, size.height - padding.bottom);
  const area = (box.right - box.left) * (box.bottom - box.top);
  if (area <= 0) return left <= right && top <= bottom ? 1 : 0;
  return (Math.max(0, right - left) * Math.max(0, bottom - top)) / area;
}

/** Frames `bounds` only when less than half of it is in the visible map, so a visible choice never moves it. */
export function frameIfHidden(map: MapLibreMap, bounds: [[number, number], [number, number]]): boolean {
  const { padding, container } = visibleArea(map);
  const sw = map.project(bounds[0]);
  const ne = map.project(bounds[1]);
  const box = { left: sw.x, right: ne.x, top: ne.y, bottom: sw.y };
  if (visibleShare(box, container, padding) >= 0.5) return false;
  frameClearOfPanels(map, bounds);
  return true;
}

/** How long a chosen place is kept clear of its opening panel, which may grow as its sections load. */
const PANEL_SETTLE_MS = 3000;

/**
 * Keeps a chosen district or province clear of the panel that opens on it: framed once the panel
 * showing it is laid out, and again whenever that panel changes size (a phone's sheet grows as its
 * sections load), until the user moves the map or the panel has had time to settle. A link that opens
 * on the place (`openOn`) frames it at once and always, without animation; a place chosen on the map
 * or in a panel moves only when mostly hidden. Returns what stops it early.
 */
export function keepClearOfPanel(
  map: MapLibreMap,
  region: string,
  bounds: [[number, number], [number, number]],
  openOn: boolean,
): () => void {
  const frame = () => (openOn ? frameClearOfPanels(map, bounds, false) : frameIfHidden(map, bounds));
  if (openOn) frame();
  let resizes: ResizeObserver | null = null;
  let looking = 0;
  const stop = () => {
    cancelAnimationFrame(looking);
    resizes?.disconnect();
    clearTimeout(settled);
    map.off('movestart', onMove);
  };
  // a pan or zoom of the user's own (it carries the input event) ends the framing
  const onMove = (event: { originalEvent?: Event }) => {
    if (event.originalEvent) stop();
  };
  const settled = setTimeout(stop, PANEL_SETTLE_MS);
  map.on('movestart', onMove);
  const look = () => {
    const panel = document.querySelector(`aside.detail[data-region="${CSS.escape(region)}"]`);
    if (!panel) {
      looking = requestAnimationFrame(look);
      return;
    }
    // called once when observing starts, then on each change of size
    resizes = new ResizeObserver(frame);
    resizes.observe(panel);
  };
  look();
  return stop;
}
