/** The "no published figure" hatch, the same in the legend (CSS) and on the map (pixels). */
export const NO_FIGURE_RGB: [number, number, number] = [0x8a, 0x82, 0x76];
export const HATCH_BACKGROUND = 'repeating-linear-gradient(135deg, #8a8276 0 1px, #ececec 1px 5px)';
