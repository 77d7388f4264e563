/**
 * Shapes of the corridor stage's outputs: `data/exposure.json` (distances of every event to the Durand
 * Line and to each corridor) and `data/corridor-lines.geojson` (the lines measured to). Each is declared
 * once, as the file's contract in src/lib/contracts/, which the app checks after fetching.
 */
export type { CorridorId } from '../../src/lib/contracts/routes.ts';
export type { CorridorRows, ExposureFile } from '../../src/lib/contracts/exposure.ts';
export type { CorridorLineKind, CorridorLineProperties } from '../../src/lib/contracts/corridor-lines.ts';
