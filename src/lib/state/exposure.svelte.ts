/**
 * Corridor and border distances, loaded the first time a corridor, crossing or Durand Line panel needs them.
 */
import type { DataFileName } from '../contracts/manifest';
import { loadData } from '../data/load';
import { buildExposureIndex, type ExposureIndex } from '../corridors/exposure';
import { createBufferClient, type BufferClient } from '../corridors/buffer-client';
import type { CorridorLines } from '../corridors/buffer';
import { dashboard } from './dashboard.svelte';
import { dataStatus } from './data-status.svelte';

class ExposureState {
  index = $state.raw<ExposureIndex | null>(null);
  lines = $state.raw<CorridorLines | null>(null);
  error = $state<string | null>(null);
  private started = false;
  private client: BufferClient | null = null;

  /** Starts loading once the shipped events are in (the distances are per shipped event). */
  ensure(): void {
    const store = dashboard.shippedStore;
    if (this.started || !store) return;
    this.started = true;
    // Each file alone: the distances do not need the lines, nor the buffers the distances.
    loadData('exposure.json')
      .then((exposure) => (this.index = buildExposureIndex(exposure, store.count)))
      .catch((error: unknown) => this.fail('exposure.json', error));
    loadData('corridor-lines.geojson')
      .then((lines) => (this.lines = lines))
      .catch((error: unknown) => this.fail('corridor-lines.geojson', error));
  }

  private fail(name: DataFileName, error: unknown): void {
    this.error ??= error instanceof Error ? error.message : String(error);
    dataStatus.report(name, error);
  }

  bufferClient(): BufferClient | null {
    if (!this.lines) return null;
    this.client ??= createBufferClient(this.lines);
    return this.client;
  }

  lineOf(id: string) {
    return this.lines?.features.find((f) => f.properties.id === id)?.properties;
  }
}

export const exposure = new ExposureState();
