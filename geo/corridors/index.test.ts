import { describe, expect, it } from 'vitest';
import type { EventTable } from '../attacks/types.ts';
import { checkEventPoints } from './index.ts';

function events(lon: number[], lat: number[], wherePrec: number[]): EventTable {
  return { count: lon.length, columns: { lon, lat, wherePrec } } as unknown as EventTable;
}

describe('checkEventPoints', () => {
  it('accepts plain coordinates', () => {
    expect(() => checkEventPoints(events([70], [30], [1]))).not.toThrow();
  });

  it('names the file, row and field of a bad coordinate or precision', () => {
    expect(() => checkEventPoints(events([70, Number.NaN], [30, 30], [1, 1]))).toThrow(
      /data\/events\.json \(row 1, field "lon"\)/,
    );
    expect(() => checkEventPoints(events([70], [95], [1]))).toThrow(/row 0, field "lat"/);
    expect(() => checkEventPoints(events([70], [30], [1.5]))).toThrow(/row 0, field "wherePrec"/);
  });

  it('refuses columns of the wrong length', () => {
    expect(() => checkEventPoints({ ...events([70], [30], [1]), count: 2 })).toThrow(/field "lon"/);
  });
});
