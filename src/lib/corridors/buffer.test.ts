import { booleanPointInPolygon, destination } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LinesDistance } from '../../../geo/corridors/measure';
import type { BufferRequest, BufferResponse, CorridorLines } from './buffer';
import { bufferCorridor, createBufferHandler } from './buffer';
import { createBufferClient, type BufferWorkerLike } from './buffer-client';

const line: Position[] = [
  [70, 30],
  [70, 30.5],
  [70.3, 31],
];
const lines: CorridorLines = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 'n25',
        kind: 'route',
        name: 'N-25',
        corridor: 'afghan-transit',
        routes: ['n25'],
        lengthKm: 120,
        lengthKmInPakistan: 120,
        schematicKmInPakistan: 120,
      },
      geometry: { type: 'MultiLineString', coordinates: [line] },
    },
    {
      type: 'Feature',
      properties: {
        id: 'chabahar',
        kind: 'corridor',
        name: 'Chabahar',
        corridor: 'chabahar',
        routes: [],
        lengthKm: 900,
        lengthKmInPakistan: 0,
        schematicKmInPakistan: 0,
      },
      geometry: { type: 'MultiLineString', coordinates: [] },
    },
  ],
};
// 5 km due east of the first segment's midpoint
const event = destination([70, 30.25], 5, 90).geometry.coordinates;

describe('bufferCorridor', () => {
  it('holds an event 5 km from the corridor at 10 km and not at 2 km, as the stored distance says', () => {
    const km = new LinesDistance([line]).km(event);
    expect(km).toBeCloseTo(5, 1);
    const wide = bufferCorridor(lines, 'n25', 10).features[0]!;
    const narrow = bufferCorridor(lines, 'n25', 2).features[0]!;
    expect(booleanPointInPolygon(event, wide)).toBe(km <= 10);
    expect(booleanPointInPolygon(event, narrow)).toBe(km <= 2);
    expect(wide.properties).toEqual({ id: 'n25', km: 10 });
  });

  it('agrees with the distances around the whole line, ends included', () => {
    const distance = new LinesDistance([line]);
    const area = bufferCorridor(lines, 'n25', 20).features[0]!;
    for (const [lon, lat] of [
      [69.8, 30],
      [70.1, 30.7],
      [70.5, 31.1],
      [70, 29.85],
      [70.3, 31.15],
    ] as [number, number][]) {
      const km = distance.km([lon, lat]);
      // the buffer's arcs are polygons: leave out points within 1 % of the edge
      if (Math.abs(km - 20) < 0.2) continue;
      expect(booleanPointInPolygon([lon, lat], area), `${lon},${lat} at ${km.toFixed(1)} km`).toBe(km <= 20);
    }
  });

  it('gives an empty collection for a corridor with no line inside Pakistan', () => {
    expect(bufferCorridor(lines, 'chabahar', 50).features).toEqual([]);
  });

  it('refuses an unknown corridor and a distance that is not positive', () => {
    expect(() => bufferCorridor(lines, 'm2', 10)).toThrow(/m2/);
    expect(() => bufferCorridor(lines, 'n25', 0)).toThrow(RangeError);
  });
});

describe('createBufferHandler', () => {
  it('answers a buffer request once it has the lines, and reports errors by request id', () => {
    const handle = createBufferHandler();
    expect(handle({ type: 'buffer', id: 1, corridorId: 'n25', km: 10 })).toMatchObject({ id: 1, ok: false });
    expect(handle({ type: 'lines', lines })).toBeUndefined();
    const answer = handle({ type: 'buffer', id: 2, corridorId: 'n25', km: 10 });
    expect(answer).toMatchObject({ type: 'buffer', id: 2, ok: true });
    expect(handle({ type: 'buffer', id: 3, corridorId: 'x', km: 10 })).toMatchObject({ id: 3, ok: false });
  });
});

describe('createBufferClient', () => {
  it('asks the worker once per corridor and distance and caches the answer', async () => {
    const handle = createBufferHandler();
    const sent: BufferRequest[] = [];
    const worker: BufferWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        sent.push(message);
        const response = handle(message);
        if (response !== undefined)
          queueMicrotask(() => worker.onmessage?.({ data: response } as MessageEvent<BufferResponse>));
      },
      terminate() {},
    };
    const client = createBufferClient(lines, worker);
    const [a, b] = await Promise.all([client.buffer('n25', 10), client.buffer('n25', 10)]);
    expect(a).toBe(b);
    expect(sent.filter((m) => m.type === 'buffer')).toHaveLength(1);
    await expect(client.buffer('nowhere', 10)).rejects.toThrow(/nowhere/);
    client.dispose();
    await expect(client.buffer('n25', 20)).rejects.toThrow(/disposed/);
  });
});
