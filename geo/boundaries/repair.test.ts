import { booleanValid } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../pipeline.ts';
import { needsRepair, repairInvalidPolygons } from './repair.ts';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
// a ring that crosses itself in a 1 m loop on its top edge, as coast clipping leaves them
const pinched: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0.5, 1],
      [0.49999, 1.00001],
      [0.50001, 1.00001],
      [0.49998, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};

describe('repairInvalidPolygons', () => {
  it('leaves valid polygons untouched and repairs invalid ones within the area tolerance', async () => {
    expect(needsRepair(pinched)).toBe(true);
    const { items, repairs } = await repairInvalidPolygons(
      [
        { id: 'valid', geometry: square },
        { id: 'pinched', geometry: pinched },
      ],
      'fixture.geojson',
    );
    expect(items[0]!.geometry).toBe(square);
    expect(booleanValid(items[1]!.geometry)).toBe(true);
    expect(needsRepair(items[1]!.geometry)).toBe(false);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]!.id).toBe('pinched');
    expect(Math.abs(repairs[0]!.changePercent)).toBeLessThan(0.1);
  });

  it('fails naming the feature when the repair changes the area too much', async () => {
    // a figure of eight with unequal lobes: its signed area is the difference of the lobes, the cleaned one their sum
    const spike: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 3],
          [3, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const attempt = repairInvalidPolygons([{ id: 'spiky', geometry: spike }], 'fixture.geojson');
    await expect(attempt).rejects.toThrow(PipelineError);
    await expect(attempt).rejects.toThrow(/spiky/);
  });
});
