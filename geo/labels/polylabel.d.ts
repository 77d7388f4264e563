declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring then holes): the inner point farthest from its edges. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
