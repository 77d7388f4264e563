import { describe, expect, it } from 'vitest';
import { anchorOf, boundsOf } from './anchor';

describe('anchorOf', () => {
  it('takes the centre of the largest part', () => {
    const square = (x: number, y: number, s: number) => [
      [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ],
    ];
    expect(anchorOf({ type: 'Polygon', coordinates: square(0, 0, 2) })).toEqual([1, 1]);
    expect(anchorOf({ type: 'MultiPolygon', coordinates: [square(10, 10, 1), square(0, 0, 4)] })).toEqual([
      2, 2,
    ]);
  });
});

describe('boundsOf', () => {
  it('spans every part', () => {
    const square = (x: number, y: number, s: number) => [
      [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ],
    ];
    expect(boundsOf({ type: 'MultiPolygon', coordinates: [square(10, 10, 1), square(0, 0, 4)] })).toEqual([
      [0, 0],
      [11, 11],
    ]);
  });
});
