/**
 * ColorBrewer schemes (Cynthia Brewer, Mark Harrower and The Pennsylvania State University; Apache License 2.0),
 * inlined so the app ships two arrays instead of a colour library. Both are safe for the common
 * colour-vision deficiencies. Index k holds the k-class scheme.
 */

/** Sequential yellow–orange–red, light to dark. */
export const YL_OR_RD: Readonly<Record<number, readonly string[]>> = {
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
  6: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
  7: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
  8: ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
  9: ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#bd0026', '#800026'],
};

/** Diverging purple–orange: purple at the start, orange at the end, neutral in the middle for odd k. */
export const PU_OR: Readonly<Record<number, readonly string[]>> = {
  3: ['#998ec3', '#f7f7f7', '#f1a340'],
  4: ['#5e3c99', '#b2abd2', '#fdb863', '#e66101'],
  5: ['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'],
  6: ['#542788', '#998ec3', '#d8daeb', '#fee0b6', '#f1a340', '#b35806'],
  7: ['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'],
  8: ['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#fee0b6', '#fdb863', '#e08214', '#b35806'],
  9: ['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806'],
  10: [
    '#2d004b',
    '#542788',
    '#8073ac',
    '#b2abd2',
    '#d8daeb',
    '#fee0b6',
    '#fdb863',
    '#e08214',
    '#b35806',
    '#7f3b08',
  ],
  11: [
    '#2d004b',
    '#542788',
    '#8073ac',
    '#b2abd2',
    '#d8daeb',
    '#f7f7f7',
    '#fee0b6',
    '#fdb863',
    '#e08214',
    '#b35806',
    '#7f3b08',
  ],
};
