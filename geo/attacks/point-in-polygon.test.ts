import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { InvalidPolygonError, PointInPolygon } from './point-in-polygon.ts';

type Ring = Position[];

const square = (x0: number, y0: number, size: number): Ring => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

const polygon = (...rings: Ring[]): Polygon => ({ type: 'Polygon', coordinates: rings });
const multi = (...parts: Ring[][]): MultiPolygon => ({ type: 'MultiPolygon', coordinates: parts });

/** Our answer and turf's for each point, side by side, so a failure names the point. */
function compareWithTurf(
  geometry: Polygon | MultiPolygon,
  points: readonly Position[],
  edgesPerBand?: number,
) {
  const tester = new PointInPolygon(geometry, edgesPerBand === undefined ? {} : { edgesPerBand });
  for (const [x = NaN, y = NaN] of points)
    expect([x, y, tester.contains(x, y)]).toEqual([x, y, booleanPointInPolygon([x, y], geometry)]);
}

/** Every vertex, every edge midpoint and a grid over the bounding box with a margin. */
function probesFor(geometry: Polygon | MultiPolygon, step: number): Position[] {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const probes: Position[] = [];
  for (const ring of rings) {
    ring.forEach(([x = 0, y = 0], i) => {
      probes.push([x, y]);
      const [nx = 0, ny = 0] = ring[i + 1] ?? ring[0] ?? [];
      probes.push([(x + nx) / 2, (y + ny) / 2]);
    });
  }
  const [minX, minY, maxX, maxY] = turfBbox(geometry);
  for (let x = minX - step; x <= maxX + step; x += step)
    for (let y = minY - step; y <= maxY + step; y += step) probes.push([x, y]);
  return probes;
}

describe('PointInPolygon on a square', () => {
  const tester = new PointInPolygon(polygon(square(0, 0, 10)));

  it('holds points inside and not outside', () => {
    expect(tester.contains(5, 5)).toBe(true);
    expect(tester.contains(0.001, 9.999)).toBe(true);
    expect(tester.contains(11, 5)).toBe(false);
    expect(tester.contains(-1, 0)).toBe(false);
    expect(tester.contains(5, 10.5)).toBe(false);
  });

  it('counts edges and vertices as inside, as turf does by default', () => {
    for (const [x, y] of [
      [10, 5],
      [5, 0],
      [0, 5],
      [5, 10],
      [0, 0],
      [10, 10],
      [0, 10],
    ] as const)
      expect([x, y, tester.contains(x, y)]).toEqual([x, y, true]);
  });

  it('answers false for NaN coordinates', () => {
    expect(tester.contains(NaN, 5)).toBe(false);
    expect(tester.contains(5, NaN)).toBe(false);
  });

  it('has the bounding box of its positions', () => {
    expect(tester.bbox).toEqual([0, 0, 10, 10]);
  });

  it('agrees with turf on a grid, edges and vertices included', () => {
    compareWithTurf(polygon(square(0, 0, 10)), probesFor(polygon(square(0, 0, 10)), 0.5));
  });
});

describe('PointInPolygon with a hole', () => {
  const geometry = polygon(square(0, 0, 10), square(4, 4, 2));
  const tester = new PointInPolygon(geometry);

  it('leaves the hole out but keeps its edge', () => {
    expect(tester.contains(2, 2)).toBe(true);
    expect(tester.contains(5, 5)).toBe(false);
    expect(tester.contains(4, 5)).toBe(true);
    expect(tester.contains(6, 6)).toBe(true);
  });

  it('agrees with turf, whichever way the rings wind', () => {
    compareWithTurf(geometry, probesFor(geometry, 0.25));
    const reversed = polygon([...square(0, 0, 10)].reverse(), [...square(4, 4, 2)].reverse());
    compareWithTurf(reversed, probesFor(reversed, 0.25));
  });
});

describe('PointInPolygon on a MultiPolygon', () => {
  const geometry = multi([square(20, 0, 2)], [square(30, 0, 2)], [square(31, 1, 2)]);
  const tester = new PointInPolygon(geometry);

  it('holds points in any part and not between them', () => {
    expect(tester.contains(21, 1)).toBe(true);
    expect(tester.contains(30.5, 0.5)).toBe(true);
    expect(tester.contains(25, 1)).toBe(false);
  });

  it('keeps a point where two parts overlap inside (parts do not cancel each other)', () => {
    expect(tester.contains(31.5, 1.5)).toBe(true);
    expect(booleanPointInPolygon([31.5, 1.5], geometry)).toBe(true);
  });

  it('takes its bounding box over every part', () => {
    expect(tester.bbox).toEqual([20, 0, 33, 3]);
  });

  it('agrees with turf on a grid', () => {
    compareWithTurf(geometry, probesFor(geometry, 0.25));
  });

  it('holds nothing when it has no parts or a part without rings', () => {
    const empty = new PointInPolygon(multi());
    expect(empty.contains(0, 0)).toBe(false);
    expect(empty.bbox).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
    expect(new PointInPolygon(multi([], [square(0, 0, 1)])).contains(0.5, 0.5)).toBe(true);
  });
});

describe('PointInPolygon on concave shapes', () => {
  // A "U": the notch between its arms is outside; rays from the notch cross the arms.
  const u = polygon([
    [0, 0],
    [6, 0],
    [6, 6],
    [4, 6],
    [4, 2],
    [2, 2],
    [2, 6],
    [0, 6],
    [0, 0],
  ]);
  // A comb with teeth pointing up, and a star whose vertices sit at the latitudes of other vertices.
  const comb = polygon([
    [0, 0],
    [9, 0],
    [9, 3],
    [8, 3],
    [8, 1],
    [7, 1],
    [7, 3],
    [6, 3],
    [6, 1],
    [5, 1],
    [5, 3],
    [4, 3],
    [4, 1],
    [3, 1],
    [3, 3],
    [2, 3],
    [2, 1],
    [1, 1],
    [1, 3],
    [0, 3],
    [0, 0],
  ]);
  const star = polygon([
    ...Array.from({ length: 10 }, (_, k): Position => {
      const r = k % 2 === 0 ? 5 : 2;
      return [
        Math.round(r * Math.cos((k * Math.PI) / 5) * 4) / 4,
        Math.round(r * Math.sin((k * Math.PI) / 5) * 4) / 4,
      ];
    }),
    [5, 0],
  ]);

  it('leaves the notch of a U out', () => {
    const tester = new PointInPolygon(u);
    expect(tester.contains(3, 4)).toBe(false);
    expect(tester.contains(1, 4)).toBe(true);
    expect(tester.contains(5, 4)).toBe(true);
    expect(tester.contains(3, 1)).toBe(true);
  });

  it('agrees with turf on the U, the comb and the star', () => {
    for (const geometry of [u, comb, star]) compareWithTurf(geometry, probesFor(geometry, 0.25));
  });
});

describe('PointInPolygon near vertices and edges', () => {
  it('counts a ray through a vertex once, whether the ring passes through or turns back there', () => {
    // (2, 2) is a vertex the ring passes through; (4, 4) is a peak the ring turns back at.
    const geometry = polygon([
      [0, 0],
      [4, 0],
      [4, 4],
      [3, 2],
      [2, 2],
      [0, 4],
      [0, 0],
    ]);
    const tester = new PointInPolygon(geometry);
    expect(tester.contains(1, 2)).toBe(true);
    expect(tester.contains(-1, 2)).toBe(false);
    expect(tester.contains(-1, 4)).toBe(false);
    expect(tester.contains(5, 4)).toBe(false);
    compareWithTurf(geometry, probesFor(geometry, 0.125));
  });

  it('agrees with turf a floating-point hair either side of slanted edges', () => {
    // Points computed on the edge's line are seldom exactly on it: only exact arithmetic decides.
    const geometry = polygon([
      [0.1, 0.1],
      [3.3, 1.7],
      [2.9, 4.3],
      [0.7, 3.1],
      [0.1, 0.1],
    ]);
    const ring = geometry.coordinates[0] as Ring;
    const probes: Position[] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1 = 0, y1 = 0] = ring[i] as Position;
      const [x2 = 0, y2 = 0] = ring[i + 1] as Position;
      for (let t = 0; t <= 1; t += 1 / 64) {
        const x = x1 + (x2 - x1) * t;
        const y = y1 + (y2 - y1) * t;
        for (const dx of [-1e-15, -Number.EPSILON, 0, Number.EPSILON, 1e-15]) probes.push([x + dx, y]);
      }
    }
    compareWithTurf(geometry, probes);
  });
});

describe('PointInPolygon bands', () => {
  // A 400-vertex circle with a hole: enough edges for many bands.
  const circle = (r: number, n: number): Ring => {
    const ring = Array.from({ length: n }, (_, k): Position => [
      r * Math.cos((2 * Math.PI * k) / n),
      r * Math.sin((2 * Math.PI * k) / n),
    ]);
    return [...ring, ring[0] as Position];
  };
  const geometry = polygon(circle(10, 400), circle(3, 40));

  it('look at a few edges per query instead of every edge', () => {
    const tester = new PointInPolygon(geometry);
    expect(tester.edgesTested(0, 5)).toBeLessThan(20);
    expect(tester.edgesTested(0, 0)).toBeLessThan(20);
    expect(tester.edgesTested(20, 0)).toBe(0);
    expect(new PointInPolygon(geometry, { edgesPerBand: Infinity }).edgesTested(0, 5)).toBe(440);
  });

  it('give the same answers whatever their number', () => {
    const probes = probesFor(geometry, 0.5);
    for (const edgesPerBand of [0.5, 1, 4, 50, Infinity]) compareWithTurf(geometry, probes, edgesPerBand);
  });

  it('stay few enough that long edges spanning many bands cannot blow up memory', () => {
    // 100 teeth as tall as the part over a detailed base: each tall edge would sit in every band.
    const base = Array.from({ length: 4000 }, (_, k): Position => [k / 200, k % 2 === 0 ? 0 : 0.001]);
    const teeth = Array.from({ length: 100 }, (_, k): Position[] => [
      [20 - k / 5, 100],
      [20 - k / 5 - 0.1, 1],
    ]).flat();
    const tall = polygon([...base, [20, 0], ...teeth, [0, 0]]);
    const tester = new PointInPolygon(tall);
    const { edges, bands, bandEntries } = tester.stats();
    expect(edges).toBe(4201);
    expect(bands).toBeLessThan(Math.ceil(edges / 4));
    expect(bandEntries).toBeLessThanOrEqual(16 * edges);
    compareWithTurf(tall, probesFor(tall, 2.5));
  });

  it('refuse a non-positive band size', () => {
    expect(() => new PointInPolygon(geometry, { edgesPerBand: 0 })).toThrow(RangeError);
  });
});

describe('PointInPolygon rejects malformed rings', () => {
  const catchError = (geometry: Polygon | MultiPolygon) => {
    try {
      new PointInPolygon(geometry);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('names the part, ring and position of an unclosed ring', () => {
    const error = catchError(
      multi(
        [square(0, 0, 1)],
        [
          square(5, 5, 1),
          [
            [5.2, 5.2],
            [5.4, 5.2],
            [5.4, 5.4],
            [5.2, 5.3],
          ],
        ],
      ),
    );
    expect(error).toBeInstanceOf(InvalidPolygonError);
    expect((error as InvalidPolygonError).where).toEqual({ part: 1, ring: 1, position: 3 });
    expect((error as Error).message).toMatch(/^part 1, ring 1, position 3: the ring is not closed/);
  });

  it('refuses rings of fewer than 4 positions and non-finite coordinates', () => {
    expect(
      catchError(
        polygon([
          [0, 0],
          [1, 0],
          [0, 0],
        ]),
      ),
    ).toMatchObject({ where: { part: 0, ring: 0 } });
    const notFinite = square(0, 0, 1);
    notFinite[2] = [1, NaN];
    expect(catchError(polygon(notFinite))).toMatchObject({ where: { part: 0, ring: 0, position: 2 } });
  });
});

describe('PointInPolygon against turf on random polygons', () => {
  // fc.assert runs synchronously, so the test timeout cannot stop a shrink that runs for minutes over
  // polygons of dozens of vertices; this bound (far above the usual second) can.
  const BOUNDED = { interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true };
  const TEST_TIMEOUT_MS = 30_000;

  /** A star-shaped ring around (cx, cy): vertices at increasing angles are always a simple polygon. */
  const starRing = fc
    .record({
      cx: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000),
      cy: fc.integer({ min: -800_000, max: 800_000 }).map((n) => n / 10_000),
      radii: fc.array(
        fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 100_000),
        {
          minLength: 3,
          maxLength: 40,
        },
      ),
      clockwise: fc.boolean(),
    })
    .map(({ cx, cy, radii, clockwise }) => {
      const ring = radii.map((r, k): Position => {
        const angle = (2 * Math.PI * k) / radii.length;
        return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
      });
      if (clockwise) ring.reverse();
      return [...ring, ring[0] as Position];
    });

  const pointsAround = (ring: Ring, offsets: [number, number][]): Position[] => {
    const [minX, minY, maxX, maxY] = turfBbox(polygon(ring));
    const inBox = offsets.map(([s, t]): Position => [
      minX + (maxX - minX) * (s * 1.2 - 0.1),
      minY + (maxY - minY) * (t * 1.2 - 0.1),
    ]);
    // Vertices and their latitudes, where the half-open rule and the boundary rule matter.
    const onVertices = ring.flatMap(([x = 0, y = 0]): Position[] => [
      [x, y],
      [minX - 1, y],
      [(minX + maxX) / 2, y],
    ]);
    return [...inBox, ...onVertices];
  };
  const unitPairs = fc.array(
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
    {
      maxLength: 60,
    },
  );

  it(
    'agrees on random points and random simple polygons',
    () => {
      fc.assert(
        fc.property(starRing, unitPairs, (ring, offsets) => {
          compareWithTurf(polygon(ring), pointsAround(ring, offsets));
        }),
        { ...BOUNDED, numRuns: 300 },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'agrees on polygons with a hole and on MultiPolygons of overlapping parts',
    () => {
      fc.assert(
        fc.property(starRing, starRing, unitPairs, (outer, other, offsets) => {
          // The second star as a hole: even-odd over both rings, whether or not it lies inside.
          compareWithTurf(polygon(outer, other), [
            ...pointsAround(outer, offsets),
            ...pointsAround(other, offsets),
          ]);
          compareWithTurf(multi([outer], [other]), [
            ...pointsAround(outer, offsets),
            ...pointsAround(other, offsets),
          ]);
        }),
        { ...BOUNDED, numRuns: 200 },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'agrees on rings of grid points, where points fall exactly on edges and vertex latitudes',
    () => {
      const gridRing = fc
        .array(fc.tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 })), {
          minLength: 3,
          maxLength: 12,
        })
        .map((vertices): Ring => [...vertices, vertices[0] as [number, number]]);
      const gridPoints = fc.array(
        fc
          .tuple(fc.integer({ min: -14, max: 14 }), fc.integer({ min: -14, max: 14 }))
          .map(([x, y]) => [x / 2, y / 2]),
        { maxLength: 80 },
      );
      fc.assert(
        fc.property(gridRing, gridPoints, (ring, points) => {
          // Not always simple: self-crossing rings still follow the same even-odd rule as turf.
          compareWithTurf(polygon(ring), points);
        }),
        { ...BOUNDED, numRuns: 500 },
      );
    },
    TEST_TIMEOUT_MS,
  );
});
