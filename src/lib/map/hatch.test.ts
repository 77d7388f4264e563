import { describe, expect, it } from 'vitest';
import { hatchImage } from './hatch';

describe('hatchImage', () => {
  it('draws a tileable diagonal with transparent ground', () => {
    const image = hatchImage([140, 59, 10], 8);
    expect(image.data).toHaveLength(8 * 8 * 4);
    const alpha = (x: number, y: number) => image.data[(y * 8 + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(255);
    expect(alpha(7, 1)).toBe(255);
    expect(alpha(3, 0)).toBe(0);
    // the stripe continues across the tile edge
    expect(alpha(7, 0)).toBe(alpha(0, 7));
  });
});
