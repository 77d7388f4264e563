import { describe, expect, it } from 'vitest';
import { place } from './fixtures.ts';
import { placementKind } from './placement.ts';

// 0.03° of longitude at 30°N is about 2.9 km; 0.1° about 9.6 km
describe('where_prec rules', () => {
  it('gives where_prec 1-3 a district and its province', () => {
    for (const wherePrec of [1, 2, 3]) {
      const placement = place(wherePrec, 71.5, 30.5);
      expect(placement).toMatchObject({ district: 'beta', province: 'PK-BA', snappedKm: null });
      expect(placementKind(placement)).toBe('district');
    }
  });

  it('gives where_prec 4 the province only', () => {
    const placement = place(4, 70.5, 30.5);
    expect(placement).toMatchObject({ district: null, province: 'PK-KP' });
    expect(placementKind(placement)).toBe('province');
  });

  it('keeps where_prec 5 and above in the national series, wherever the point is', () => {
    for (const wherePrec of [5, 6, 7]) {
      const placement = place(wherePrec, 70.5, 30.5);
      expect(placement).toMatchObject({ district: null, province: null, outside: false });
      expect(placementKind(placement)).toBe('national');
    }
  });

  it('snaps a point within 5 km of a district to it', () => {
    const placement = place(1, 69.97, 30.5);
    expect(placement.district).toBe('alpha');
    expect(placement.snappedKm).toBeGreaterThan(2);
    expect(placement.snappedKm).toBeLessThan(5);
    expect(placementKind(placement)).toBe('district');
  });

  it('leaves a point further than 5 km outside, for where_prec up to 4', () => {
    for (const wherePrec of [1, 4]) {
      const placement = place(wherePrec, 69.9, 30.5);
      expect(placement).toMatchObject({ district: null, province: null, outside: true });
      expect(placementKind(placement)).toBe('outside');
    }
  });
});

describe('createPlacer cache', () => {
  it('answers a repeated point as the uncached lookup does, per precision class', async () => {
    const { createPlacer } = await import('./placement.ts');
    const { TWO_DISTRICTS } = await import('./fixtures.ts');
    const cached = createPlacer(TWO_DISTRICTS, 2);
    const uncached = createPlacer(TWO_DISTRICTS, 0);
    const points: [number, number, number][] = [
      [1, 70.5, 30.5],
      [4, 70.5, 30.5],
      [6, 70.5, 30.5],
      [1, 69.97, 30.5],
      [1, 70.5, 30.5],
      [4, 70.5, 30.5],
    ];
    for (const [wherePrec, lon, lat] of points) {
      expect(cached(wherePrec, lon, lat)).toEqual(uncached(wherePrec, lon, lat));
    }
  });
});
