/**
 * Whether this browser can draw the map at all. MapLibre GL JS 6 draws with WebGL 2 only, so a browser
 * with WebGL 1 alone gets the same fallback (table, legend, panels, import, exports) as one without WebGL.
 */
export function webglAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
