/** Framing a found place in the part of the map that the panels leave visible. */

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

/** Less than this much map left between panels, and a panel is ignored rather than framed around. */
const MIN_VISIBLE = 160;

/**
 * Padding that keeps a framed place clear of every panel over the map. Each panel is taken to cover
 * the map from the edge it hugs most closely (a side panel from its side, a folded header from the
 * top, a bottom sheet from the bottom); a panel that would leave almost no map is left out, so a
 * phone whose panel covers the map still frames the place under it.
 */
export function visiblePadding(map: Rect, panels: readonly Rect[], margin = 24): Padding {
  const padding: Padding = { top: margin, bottom: margin, left: margin, right: margin };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
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
    const [side, depth] = covered.reduce((a, b) => (b[1] < a[1] ? b : a));
    const next = { ...padding, [side]: Math.max(padding[side], depth + margin) };
    if (width - next.left - next.right >= MIN_VISIBLE && height - next.top - next.bottom >= MIN_VISIBLE)
      Object.assign(padding, next);
  }
  return padding;
}
