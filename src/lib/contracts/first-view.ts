/** The contracts of the files the map waits for, in one module so that they load as one chunk. */
export { districtsSchema } from './districts.ts';
export { durandLineSchema } from './durand-line.ts';
export { formerFataSchema } from './former-fata.ts';
export { neighboursSchema } from './neighbours.ts';
export { placesSchema } from './places.ts';
export { provincesSchema } from './provinces.ts';
export { routesSchema } from './routes.ts';
