/**
 * The one place the app's state lives. Components read it and call its methods; the URL hash
 * mirrors it (read once at start, written on every change).
 */
import { DEFAULT_PARAMS, parseParams, serializeParams, splitHash, type AppParams, type Overlay } from './url';

export type SelectionKind = 'district' | 'province' | 'region' | 'place' | 'corridor';

class AppState {
  params = $state<AppParams>({ ...DEFAULT_PARAMS, overlays: [...DEFAULT_PARAMS.overlays] });
  /** district or province id under the pointer or keyboard focus */
  hovered = $state<string | null>(null);
  /** district or province id whose table row has keyboard focus: the map shows its popup */
  focused = $state<string | null>(null);
  /** whether the side panel with the selected region is open */
  panelOpen = $state(false);

  readFromUrl(hash: string): void {
    this.params = parseParams(hash);
    this.panelOpen = this.params.region !== null;
  }

  /** Writes the state beside MapLibre's `map=` value without adding a history entry. */
  writeToUrl(): void {
    if (typeof window === 'undefined') return;
    const mapValue = splitHash(window.location.hash).get('map');
    const hash = serializeParams(this.params, mapValue);
    const url = window.location.href.replace(/(#.*)?$/, hash);
    if (url !== window.location.href) window.history.replaceState(window.history.state, '', url);
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
