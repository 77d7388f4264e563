/**
 * The one place the app's state lives. Components read it and call its methods; the URL hash
 * mirrors it (read at start and on Back/Forward, written on every change).
 */
import {
  DEFAULT_PARAMS,
  linkProblems,
  parseParams,
  serializeParams,
  splitHash,
  type AppParams,
  type Overlay,
} from './url';

export type SelectionKind = 'district' | 'province' | 'region' | 'place' | 'corridor';

/** Changes closer together than this (a dragged slider, Play's steps) make one history entry. */
const HISTORY_BURST_MS = 1000;

class AppState {
  params = $state<AppParams>({ ...DEFAULT_PARAMS, overlays: [...DEFAULT_PARAMS.overlays] });
  /** district or province id under the pointer or keyboard focus */
  hovered = $state<string | null>(null);
  /** district or province id whose table row has keyboard focus: the map shows its popup */
  focused = $state<string | null>(null);
  /** whether the side panel with the selected region is open */
  panelOpen = $state(false);
  /** while Play runs, the years it plays: they share one set of class breaks, so the years compare */
  playRange = $state<[number, number] | null>(null);
  /** what the last link read asked for that could not be shown, said on screen until dismissed */
  linkProblems = $state<string[]>([]);

  /** The next write only tidies the URL it was read from: it must not add a history entry. */
  #restoring = true;
  #lastWrite = -Infinity;
  #lastWriteInPlay = false;

  /**
   * A hash without `data=` keeps the events shown (none are at start): links inside the app name a
   * region or years, not a dataset, and must not switch a user's import back to UCDP.
   */
  readFromUrl(hash: string): void {
    const data = this.params.data;
    const params = parseParams(hash);
    // what the link asked for is compared with what was read, not read a second time
    this.linkProblems = linkProblems(hash, params);
    this.params = params;
    if (!splitHash(hash).has('data')) this.params.data = data;
    this.panelOpen = this.params.region !== null;
    this.#restoring = true;
  }

  /**
   * Writes the state beside MapLibre's `map=` value (which MapLibre keeps up to date without history
   * entries). A change made in the app adds a history entry, so Back closes the panel or undoes the
   * change; a burst of changes is one entry, and a write after reading the URL replaces it.
   */
  writeToUrl(): void {
    if (typeof window === 'undefined') return;
    const mapValue = splitHash(window.location.hash).get('map');
    const hash = serializeParams(this.params, mapValue);
    const url = window.location.href.replace(/(#.*)?$/, hash);
    const restoring = this.#restoring;
    this.#restoring = false;
    if (url === window.location.href) return;
    if (restoring) return window.history.replaceState(window.history.state, '', url);
    const now = performance.now();
    // Play's steps after its first are one entry however slow a busy machine makes them.
    const playing = this.playRange !== null;
    const burst = now - this.#lastWrite < HISTORY_BURST_MS || (playing && this.#lastWriteInPlay);
    this.#lastWrite = now;
    this.#lastWriteInPlay = playing;
    if (burst) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(window.history.state, '', url);
  }

  isOn(overlay: Overlay): boolean {
    return this.params.overlays.includes(overlay);
  }

  toggle(overlay: Overlay, on: boolean): void {
    const rest = this.params.overlays.filter((o) => o !== overlay);
    this.params.overlays = on ? [...rest, overlay] : rest;
  }

  select(id: string | null): void {
    this.params.region = id;
    this.panelOpen = id !== null;
  }

  closePanel(): void {
    this.params.region = null;
    this.panelOpen = false;
  }
}

export const app = new AppState();
