/**
 * Corridor and border distances, loaded the first time a corridor, crossing or Durand Line panel needs them.
 */
import exposureUrl from '../../../data/exposure.json?url';
import corridorLinesUrl from '../../../data/corridor-lines.geojson?url';
import type { ExposureFile } from '../../../geo/corridors/types';
import { fetchJson } from '../data/load';
import { buildExposureIndex, type ExposureIndex } from '../corridors/exposure';
import { createBufferClient, type BufferClient } from '../corridors/buffer-client';
import type { CorridorLines } from '../corridors/buffer';
import { validateFeatureCollection } from '../data/validate';
import * as v from 'valibot';
import { dashboard } from './dashboard.svelte';

const lineSchema = v.looseObject({
  id: v.string(),
  kind: v.picklist(['corridor', 'route']),
  name: v.string(),
  lengthKm: v.number(),
  lengthKmInPakistan: v.number(),
  schematicKmInPakistan: v.number(),
});

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
    Promise.all([
      fetchJson('data/exposure.json', exposureUrl),
      fetchJson('data/corridor-lines.geojson', corridorLinesUrl),
    ])
      .then(([exposure, lines]) => {
        this.index = buildExposureIndex(exposure as ExposureFile, store.count);
        this.lines = validateFeatureCollection('data/corridor-lines.geojson', lines, lineSchema, [
          'MultiLineString',
          'LineString',
        ]) as unknown as CorridorLines;
      })
      .catch((error: unknown) => {
        this.error = error instanceof Error ? error.message : String(error);
      });
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
