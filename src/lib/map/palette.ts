/** Colours used on the map and in the legend, in one place so both always agree. */

export const GROUND = {
  sea: '#d9e4ea',
  neighbour: '#ece9e2',
  neighbourLine: '#b8b1a3',
  neighbourProvinceLine: '#d2ccbf',
  frontierFill: '#f8f3e6',
  otherFill: '#f1efea',
  districtLine: '#c7bca8',
  provinceLine: '#6f6454',
  hover: '#1d1d1b',
  selected: '#000000',
} as const;

export const BORDER = {
  durand: '#1f2d4d',
  durandCasing: '#ffffff',
  loc: '#4d4d4d',
  formerFata: '#8c3b0a',
} as const;

export const NO_DATA = '#d9d9d9';

/** Point markers (and the ports' names, in the ports' colour): ports, and the notable incidents. */
export const POINTS = {
  port: '#0b3d66',
  incident: '#6a1b9a',
} as const;

/** Dashed lines as drawn (width in px, dashes in line widths, as MapLibre's line-dasharray): the key draws the same. */
export const DASHED = {
  schematicRoute: { width: 2.2, dash: [1.5, 1.5] },
  lineOfControl: { width: 1.4, dash: [4, 3] },
} as const;
