/**
 * Pure helpers behind the browser load figures: when a page's map reached its final view, when its
 * screen stopped changing, and how smoothly frames came during Play. The browser side (browser.ts)
 * only records; everything decided from the records is here, so it is unit-tested.
 */
import { median } from './stats.ts';

/** What one visible style layer showed at an idle: features drawn and, for fills, their distinct colours. */
export interface LayerView {
  id: string;
  type: string;
  /** features MapLibre reports as rendered in the viewport (for symbols: labels placed); lines are not counted */
  rendered?: number;
  /** distinct evaluated `fill-color`s of the rendered features (feature-state included), sorted */
  colours?: string[];
}

/**
 * Whether a view is the app's finished default view: the choropleth layer drawn in at least
 * `minColours` colours and at least one name placed by a symbol layer. The load keeps waiting until
 * this holds (or times out), so a pause before the colours or the names arrive cannot end it early.
 */
export function isColouredAndLabelled(
  layers: readonly LayerView[],
  choroplethLayer: string,
  minColours = 3,
): boolean {
  const fill = layers.find((l) => l.id === choroplethLayer);
  const labelled = layers.some((l) => l.type === 'symbol' && (l.rendered ?? 0) > 0);
  return fill !== undefined && (fill.colours?.length ?? 0) >= minColours && labelled;
}

/** The ids in `expected` that the view does not show (absent or hidden). */
export function missingLayers(layers: readonly LayerView[], expected: readonly string[]): string[] {
  const shown = new Set(layers.map((l) => l.id));
  return expected.filter((id) => !shown.has(id));
}

/** A short account of a view for the notes: features and colours per fill layer, labels placed. */
export function describeView(layers: readonly LayerView[]): string {
  const fills = layers
    .filter((l) => l.colours && l.colours.length > 1)
    .map((l) => `${l.id} ${l.rendered} features in ${l.colours?.length} colours`);
  const labels = layers.filter((l) => l.type === 'symbol').reduce((sum, l) => sum + (l.rendered ?? 0), 0);
  return [...fills, `${labels} labels placed`, `${layers.length} visible layers`].join(', ');
}

/** One screencast frame: when the compositor produced it (ms since navigation) and its encoded image. */
export interface ScreenFrame {
  at: number;
  data: string;
}

/**
 * Visually complete: the time of the first frame of the final run of frames identical to the last
 * frame, i.e. the moment the screen took its final look (every earlier frame that differs from the
 * final one came before it). Frames are compared by their encoded bytes: the encoder is deterministic,
 * so equal pixels give equal bytes, and any visible change, however small, counts. Null for no frames.
 */
export function visuallyCompleteAt(frames: readonly ScreenFrame[]): number | null {
  if (frames.length === 0) return null;
  const last = (frames.at(-1) as ScreenFrame).data;
  let index = frames.length - 1;
  while (index > 0 && (frames[index - 1] as ScreenFrame).data === last) index -= 1;
  return (frames[index] as ScreenFrame).at;
}

export interface FrameRates {
  /** frames per second in each full window */
  windows: number[];
  min: number;
  median: number;
  /** longest gap between two frames, ms */
  longestGapMs: number;
}

/**
 * Frames per second over consecutive windows of `windowMs` between the first and the last frame
 * (a partial last window is left out, so it cannot read as a drop). Null for fewer frames than one window.
 */
export function frameRates(timestamps: readonly number[], windowMs: number): FrameRates | null {
  if (timestamps.length < 2) return null;
  const sorted = [...timestamps].sort((a, b) => a - b);
  const start = sorted[0] as number;
  const end = sorted.at(-1) as number;
  const count = Math.floor((end - start) / windowMs);
  if (count < 1) return null;
  const windows = new Array<number>(count).fill(0);
  for (const t of sorted) {
    const index = Math.floor((t - start) / windowMs);
    if (index < count) windows[index] = (windows[index] as number) + 1;
  }
  const rates = windows.map((frames) => (frames * 1000) / windowMs);
  let longestGapMs = 0;
  for (let i = 1; i < sorted.length; i++)
    longestGapMs = Math.max(longestGapMs, (sorted[i] as number) - (sorted[i - 1] as number));
  return { windows: rates, min: Math.min(...rates), median: median(rates), longestGapMs };
}
