import { describe, expect, it } from 'vitest';
import { vertexNearLatitude } from './line-label';

describe('vertexNearLatitude', () => {
  it('finds the vertex closest to a latitude across parts', () => {
    expect(
      vertexNearLatitude(
        [
          [
            [60, 29],
            [66, 30.9],
          ],
          [
            [70, 32.2],
            [71, 34],
          ],
        ],
        32.3,
      ),
    ).toEqual([70, 32.2]);
    expect(vertexNearLatitude([], 30)).toBeNull();
  });
});
