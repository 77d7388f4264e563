import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureScanner } from './geojson-stream.ts';

function scan(pieces: readonly string[]) {
  const scanner = new FeatureScanner();
  const features: unknown[] = [];
  for (const piece of pieces) scanner.push(piece, (text) => features.push(JSON.parse(text)));
  return { scanner, features };
}

function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((i) => i % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  return pieces;
}

const feature = fc.record({
  type: fc.constant('Feature'),
  properties: fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
  ),
  geometry: fc.record({
    type: fc.constant('Point'),
    coordinates: fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
  }),
});

describe('FeatureScanner', () => {
  it('cuts out every feature once, in order, whatever the spacing and the pieces', () => {
    fc.assert(
      fc.property(
        fc.array(feature, { maxLength: 8 }),
        fc.constantFrom(undefined, 0, 2, '\t'),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        (features, indent, at, featuresFirst) => {
          const collection = featuresFirst
            ? { features, type: 'FeatureCollection', name: 'a "features" [ name' }
            : { type: 'FeatureCollection', crs: { features: [1, 2] }, features };
          const text = JSON.stringify(collection, null, indent);
          const { scanner, features: got } = scan(cut(text, at));
          expect(got).toEqual(JSON.parse(JSON.stringify(features)));
          expect(scanner.type).toBe('FeatureCollection');
          expect(scanner.sawFeatures).toBe(true);
          expect(scanner.unfinished).toBe(false);
        },
      ),
    );
  });

  it('holds only the feature being read, and tells a file cut short', () => {
    const { scanner } = scan([
      '{"type":"FeatureCollection","features":[{"type":"Feature",',
      '"properties":{}}, {"a":',
    ]);
    expect(scanner.heldChars).toBe('{"a":'.length);
    expect(scanner.unfinished).toBe(true);
  });
});
