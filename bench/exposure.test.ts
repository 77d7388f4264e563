import { describe, expect, it } from 'vitest';
import type { ExposureFile } from '../geo/corridors/types.ts';
import { resampleExposure } from './exposure.ts';

describe('resampleExposure', () => {
  const file: ExposureFile = {
    schema: 1,
    count: 3,
    maxKm: 100,
    maxWherePrec: 3,
    durandKm: [5, null, 40],
    // rows 0 and 2 are near the corridor
    corridors: { cpec: { rowDeltas: [0, 2], km: [12, 80] } },
  };

  it('gives each synthetic row the distances of its real row, rows ascending as deltas', () => {
    const out = resampleExposure(file, Int32Array.from([2, 1, 0, 2]));
    expect(out.count).toBe(4);
    expect(out.durandKm).toEqual([40, null, 5, 40]);
    expect(out.corridors.cpec).toEqual({ rowDeltas: [0, 2, 1], km: [80, 12, 80] });
  });

  it('leaves a corridor empty when no synthetic row comes from a near row', () => {
    expect(resampleExposure(file, Int32Array.from([1, 1])).corridors.cpec).toEqual({ rowDeltas: [], km: [] });
  });
});
