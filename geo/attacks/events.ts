/**
 * Classified, placed GED events -> the columnar table the app loads (`data/events.json`) and the
 * per-event text it loads lazily (`data/event-details.json`).
 */
import { ACTORS, CATEGORIES, actorIndex, categoryIndex } from './classification.ts';
import { emptyEventColumns } from './columns.ts';
import type { EventPlacement } from './assign.ts';
import type { GedEvent } from './ged.ts';
import type { EventDetail, EventSource, EventTable } from './types.ts';

export const UCDP_GED_SOURCE: EventSource = {
  id: 'ucdp-ged',
  name: 'UCDP Georeferenced Event Dataset (GED)',
  version: '22.1',
  licence: 'CC BY 4.0',
  citation:
    'Sundberg, Ralph and Erik Melander (2013) "Introducing the UCDP Georeferenced Event Dataset", Journal of Peace Research 50(4); Davies, Shawn, Therése Pettersson and Magnus Öberg (2022) "Organized violence 1989-2021 and drone warfare", Journal of Peace Research 59(4); UCDP GED Codebook 22.1.',
};

export interface PlacedEvent {
  event: GedEvent;
  placement: EventPlacement;
}

/** ~11 m: finer than any GED location, and shorter JSON */
function roundCoordinate(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function byDateThenId(a: PlacedEvent, b: PlacedEvent): number {
  if (a.event.dateStart !== b.event.dateStart) return a.event.dateStart < b.event.dateStart ? -1 : 1;
  return a.event.id - b.event.id;
}

export function buildEventTable(
  placed: readonly PlacedEvent[],
  source: EventSource = UCDP_GED_SOURCE,
): EventTable {
  const sorted = [...placed].sort(byDateThenId);
  const table: EventTable = {
    schema: 1,
    source,
    categories: CATEGORIES.map((c) => ({ ...c })),
    actors: ACTORS.map((a) => ({ ...a })),
    count: sorted.length,
    columns: emptyEventColumns(),
  };
  const c = table.columns;
  for (const { event, placement } of sorted) {
    c.id.push(event.id);
    c.year.push(event.year);
    c.date.push(event.dateStart);
    c.category.push(categoryIndex(event.classification.category));
    c.actor.push(actorIndex(event.classification.actor));
    c.district.push(placement.district);
    c.province.push(placement.province);
    c.wherePrec.push(event.wherePrec);
    c.datePrec.push(event.datePrec);
    c.best.push(event.best);
    c.low.push(event.low);
    c.high.push(event.high);
    c.deathsA.push(event.deathsA);
    c.deathsB.push(event.deathsB);
    c.deathsCivilians.push(event.deathsCivilians);
    c.deathsUnknown.push(event.deathsUnknown);
    c.lon.push(roundCoordinate(event.lon));
    c.lat.push(roundCoordinate(event.lat));
  }
  return table;
}

export function buildEventDetails(placed: readonly PlacedEvent[]): Record<string, EventDetail> {
  const details: Record<string, EventDetail> = {};
  for (const { event, placement } of [...placed].sort((a, b) => a.event.id - b.event.id)) {
    details[String(event.id)] = {
      sideA: event.sideA,
      sideB: event.sideB,
      dyad: event.dyad,
      typeOfViolence: event.typeOfViolence,
      headline: event.headline,
      office: event.office,
      sourceDate: event.sourceDate,
      article: event.article,
      where: event.where,
      adm1: event.adm1,
      adm2: event.adm2,
      dateEnd: event.dateEnd,
      deathsCivilians: event.deathsCivilians,
      numberOfSources: event.numberOfSources,
      ...(placement.snappedKm !== null ? { snappedKm: placement.snappedKm } : {}),
    };
  }
  return details;
}

/** One column per line: small, and a rebuild shows which columns changed. */
export function eventTableToJson(table: EventTable): string {
  const { columns, ...head } = table;
  const lines = Object.entries(columns).map(
    ([name, values]) => `${JSON.stringify(name)}:${JSON.stringify(values)}`,
  );
  return `${JSON.stringify(head).slice(0, -1)},"columns":{\n${lines.join(',\n')}\n}}\n`;
}

/** One event per line. */
export function eventDetailsToJson(details: Record<string, EventDetail>): string {
  const lines = Object.entries(details).map(
    ([id, detail]) => `${JSON.stringify(id)}:${JSON.stringify(detail)}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}
