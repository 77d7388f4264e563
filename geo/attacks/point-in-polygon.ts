/**
 * Point-in-polygon for many queries against the same polygon, giving exactly the answer of turf's
 * `booleanPointInPolygon` (boundary included) at a fraction of the cost.
 *
 * Built once per polygon: every part's rings are flattened into a Float64Array of edges, and the
 * edges are sorted into horizontal bands of the part's bounding box, each edge into every band its
 * latitude range touches. A query walks only the edges of the band holding its latitude: a few edges
 * instead of every vertex of a detailed district. Edges whose latitude range misses the point's
 * cannot change a crossing count, so nothing is lost.
 *
 * Semantics, as turf 7 (point-in-polygon-hao) has them:
 * - within one part (an outer ring and its holes), the even-odd rule over the crossings of every ring,
 *   with a half-open rule for vertices at the point's latitude, so a ray through a vertex counts once;
 * - a point on any edge or vertex of a part, a hole's edges included, is inside;
 * - a MultiPolygon holds the point when any of its parts does (overlapping parts do not cancel).
 * Each crossing is decided by the sign of a 2×2 determinant of coordinate differences, computed
 * exactly (a floating-point filter, then exact integer arithmetic when the filter is unsure), as turf
 * does with robust-predicates' orient2d; so answers agree with turf even a hair off an edge.
 *
 * Browser-safe: no Node imports.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type BBox = readonly [minX: number, minY: number, maxX: number, maxY: number];

/** A ring that is not a closed GeoJSON ring of finite coordinates; names where in the geometry. */
export class InvalidPolygonError extends Error {
  constructor(
    readonly detail: string,
    readonly where: { feature?: string; part: number; ring: number; position?: number },
  ) {
    const at = [
      where.feature,
      `part ${where.part}`,
      `ring ${where.ring}`,
      where.position === undefined ? undefined : `position ${where.position}`,
    ];
    super(`${at.filter((s) => s !== undefined).join(', ')}: ${detail}`);
    this.name = 'InvalidPolygonError';
  }
}

export interface PointInPolygonOptions {
  /**
   * Target number of edges per band when edges are evenly spread: fewer means more bands, fewer edges
   * per query and more memory. Any positive value gives the same answers.
   */
  edgesPerBand?: number;
}

const DEFAULT_EDGES_PER_BAND = 4;

/**
 * A long edge is stored in every band it spans; coarser bands keep a part with many such edges from
 * storing more than this many band entries per edge.
 */
const MAX_BAND_ENTRIES_PER_EDGE = 16;

interface BandedPart {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** x1, y1, x2, y2 of each edge in ring order, every ring of the part together */
  edges: Float64Array;
  bands: number;
  bandHeight: number;
  /** the edges of band b are bandEdges[bandStart[b] .. bandStart[b + 1]) */
  bandStart: Int32Array;
  /** offsets into `edges` (edge index × 4) */
  bandEdges: Int32Array;
}

function validRing(ring: readonly Position[], part: number, ringIndex: number): void {
  if (ring.length < 4)
    throw new InvalidPolygonError(`a ring needs at least 4 positions, found ${ring.length}`, {
      part,
      ring: ringIndex,
    });
  ring.forEach((position, i) => {
    const [x, y] = position;
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new InvalidPolygonError(`coordinates must be finite numbers, found ${JSON.stringify(position)}`, {
        part,
        ring: ringIndex,
        position: i,
      });
  });
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1])
    throw new InvalidPolygonError('the ring is not closed (last position differs from the first)', {
      part,
      ring: ringIndex,
      position: ring.length - 1,
    });
}

function bandOf(y: number, minY: number, bandHeight: number, bands: number): number {
  return Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));
}

function bandPart(rings: readonly (readonly Position[])[], edgesPerBand: number): BandedPart {
  let edgeCount = 0;
  for (const ring of rings) edgeCount += ring.length - 1;
  const edges = new Float64Array(edgeCount * 4);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let at = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = ring[i] as [number, number];
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
      if (i + 1 < ring.length) {
        const [nextX, nextY] = ring[i + 1] as [number, number];
        edges[at++] = x;
        edges[at++] = y;
        edges[at++] = nextX;
        edges[at++] = nextY;
      }
    }
  }

  let bands = Math.max(1, Math.ceil(edgeCount / edgesPerBand));
  let bandHeight = 1;
  let entries = 0;
  // Halve the band count until long edges stop multiplying the entries; 1 band always fits.
  for (;;) {
    bandHeight = (maxY - minY) / bands;
    // a flat part, or an extent too small or too large for its band count to divide
    if (!(bandHeight > 0 && bandHeight < Infinity)) {
      bands = 1;
      bandHeight = 1;
    }
    entries = 0;
    for (let e = 0; e < edges.length; e += 4) {
      const y1 = edges[e + 1] as number;
      const y2 = edges[e + 3] as number;
      entries +=
        bandOf(Math.max(y1, y2), minY, bandHeight, bands) -
        bandOf(Math.min(y1, y2), minY, bandHeight, bands) +
        1;
    }
    if (bands === 1 || entries <= MAX_BAND_ENTRIES_PER_EDGE * edgeCount) break;
    bands = Math.max(1, Math.floor(bands / 2));
  }

  const bandStart = new Int32Array(bands + 1);
  for (let e = 0; e < edges.length; e += 4) {
    const y1 = edges[e + 1] as number;
    const y2 = edges[e + 3] as number;
    const to = bandOf(Math.max(y1, y2), minY, bandHeight, bands);
    for (let b = bandOf(Math.min(y1, y2), minY, bandHeight, bands); b <= to; b++)
      bandStart[b + 1] = (bandStart[b + 1] as number) + 1;
  }
  for (let b = 0; b < bands; b++) bandStart[b + 1] = (bandStart[b + 1] as number) + (bandStart[b] as number);
  const fill = bandStart.slice(0, bands);
  const bandEdges = new Int32Array(entries);
  for (let e = 0; e < edges.length; e += 4) {
    const y1 = edges[e + 1] as number;
    const y2 = edges[e + 3] as number;
    const to = bandOf(Math.max(y1, y2), minY, bandHeight, bands);
    for (let b = bandOf(Math.min(y1, y2), minY, bandHeight, bands); b <= to; b++) {
      bandEdges[fill[b] as number] = e;
      fill[b] = (fill[b] as number) + 1;
    }
  }
  return { minX, minY, maxX, maxY, edges, bands, bandHeight, bandStart, bandEdges };
}

/** 2^-53: half an ulp of 1 */
const EPSILON = 2 ** -53;
/** Shewchuk's bound for the error of the two-product determinant (robust-predicates' ccwerrboundA). */
const DETERMINANT_ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;

const scratch = new DataView(new ArrayBuffer(8));

/** A finite double as mantissa × 2^exponent, both exact. */
function exactParts(value: number): [mantissa: bigint, exponent: number] {
  scratch.setFloat64(0, value);
  const high = scratch.getUint32(0);
  const low = scratch.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased !== 0) mantissa |= 1n << 52n;
  if (high >>> 31) mantissa = -mantissa;
  return [mantissa, biased === 0 ? -1074 : biased - 1075];
}

/** Exact sign of a·b − c·d for finite doubles, where floating point cannot tell. */
function exactDeterminantSign(a: number, b: number, c: number, d: number): number {
  const [ma, ea] = exactParts(a);
  const [mb, eb] = exactParts(b);
  const [mc, ec] = exactParts(c);
  const [md, ed] = exactParts(d);
  let left = ma * mb;
  let right = mc * md;
  const leftExponent = ea + eb;
  const rightExponent = ec + ed;
  if (leftExponent > rightExponent) left <<= BigInt(leftExponent - rightExponent);
  else right <<= BigInt(rightExponent - leftExponent);
  return left > right ? 1 : left < right ? -1 : 0;
}

/** A number with the exact sign of a·b − c·d. */
function determinantSign(a: number, b: number, c: number, d: number): number {
  const left = a * b;
  const right = c * d;
  const determinant = left - right;
  if (Math.abs(determinant) >= DETERMINANT_ERROR_BOUND * Math.abs(left + right)) return determinant;
  return exactDeterminantSign(a, b, c, d);
}

/** turf's test on one part, over the edges of the point's band only. */
function partContains(part: BandedPart, x: number, y: number): boolean {
  // Also false for NaN: every comparison with it fails.
  if (!(x >= part.minX && x <= part.maxX && y >= part.minY && y <= part.maxY)) return false;
  const band = bandOf(y, part.minY, part.bandHeight, part.bands);
  const { edges, bandEdges } = part;
  let crossings = 0;
  for (let k = part.bandStart[band] as number, end = part.bandStart[band + 1] as number; k < end; k++) {
    const e = bandEdges[k] as number;
    const u1 = (edges[e] as number) - x;
    const v1 = (edges[e + 1] as number) - y;
    const u2 = (edges[e + 2] as number) - x;
    const v2 = (edges[e + 3] as number) - y;
    if (v1 === 0 && v2 === 0) {
      // a horizontal edge at the point's latitude: only on it or not
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return true;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      const side = determinantSign(u2, v1, u1, v2);
      if (side === 0) return true;
      if ((side > 0 && v2 > 0 && v1 <= 0) || (side < 0 && v2 <= 0 && v1 > 0)) crossings++;
    }
  }
  return crossings % 2 === 1;
}

/** One Polygon or MultiPolygon, prepared for repeated `contains` queries. */
export class PointInPolygon {
  /** minX, minY, maxX, maxY over every position; all Infinity/-Infinity when there is none */
  readonly bbox: BBox;
  readonly #parts: readonly BandedPart[];

  /** @throws InvalidPolygonError for a ring that is unclosed, shorter than 4 positions or not finite */
  constructor(geometry: Polygon | MultiPolygon, options: PointInPolygonOptions = {}) {
    const edgesPerBand = options.edgesPerBand ?? DEFAULT_EDGES_PER_BAND;
    if (!(edgesPerBand > 0)) throw new RangeError(`edgesPerBand must be positive, got ${edgesPerBand}`);
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    polygons.forEach((rings, part) => rings.forEach((ring, i) => validRing(ring, part, i)));
    // A part without rings holds nothing.
    this.#parts = polygons.filter((rings) => rings.length > 0).map((rings) => bandPart(rings, edgesPerBand));
    this.bbox = [
      Math.min(...this.#parts.map((p) => p.minX)),
      Math.min(...this.#parts.map((p) => p.minY)),
      Math.max(...this.#parts.map((p) => p.maxX)),
      Math.max(...this.#parts.map((p) => p.maxY)),
    ];
  }

  /** Whether the point is inside, or on an edge or vertex, of any part; false for NaN coordinates. */
  contains(lon: number, lat: number): boolean {
    for (const part of this.#parts) if (partContains(part, lon, lat)) return true;
    return false;
  }

  /** The size of the prepared structure: its edges, bands, and edges stored per band all together. */
  stats(): { parts: number; edges: number; bands: number; bandEntries: number } {
    let edges = 0;
    let bands = 0;
    let bandEntries = 0;
    for (const part of this.#parts) {
      edges += part.edges.length / 4;
      bands += part.bands;
      bandEntries += part.bandEdges.length;
    }
    return { parts: this.#parts.length, edges, bands, bandEntries };
  }

  /** How many edges the point's band makes a query look at, summed over the parts whose box holds it. */
  edgesTested(lon: number, lat: number): number {
    let count = 0;
    for (const part of this.#parts) {
      if (!(lon >= part.minX && lon <= part.maxX && lat >= part.minY && lat <= part.maxY)) continue;
      const band = bandOf(lat, part.minY, part.bandHeight, part.bands);
      count += (part.bandStart[band + 1] as number) - (part.bandStart[band] as number);
    }
    return count;
  }
}
