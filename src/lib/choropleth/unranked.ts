/**
 * Areas the classes leave out, and how the map and the legend draw them: no data (no figure or no
 * denominator), or too few events for a rate to mean anything. The legend needs these before the
 * classing code has loaded.
 */

/** Below this many events (or deaths), a rate is not shown: one death in a small district is not a pattern. */
export const MIN_COUNT_FOR_RATE = 5;

export const NO_DATA_COLOUR = '#cfcfcf';
/** pale blue-grey: unlike the neighbours' land, the no-data grey and every class colour */
export const TOO_FEW_COLOUR = '#c6d8e4';
