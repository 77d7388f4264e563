/** The contracts of the files requested at start that the map does not wait for, as one chunk. */
export { contextSchema } from './context.ts';
export { eventsSchema } from './events.ts';
export { incidentsSchema } from './incidents.ts';
export { publishedFiguresSchema } from './published-figures.ts';
