/** The contracts of the files requested at start that the map does not wait for, as one chunk. */
export { eventsSchema } from './events.ts';
export { publishedFiguresSchema } from './published-figures.ts';
