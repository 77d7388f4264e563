/** The border layers' GeoJSON: the five crossings with their status on a day, and the strikes and clashes. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { BorderData, CrossingStatus } from '../contracts/border';
import { dayIndex, BORDER_DATE_MIN } from './date';
import { statusOn } from './status';
import { crossingSymbol, eventSymbol, type SymbolId } from './symbols';

export interface CrossingFeatureProperties {
  id: string;
  name: string;
  status: CrossingStatus;
  symbol: SymbolId;
}

export interface EventFeatureProperties {
  id: string;
  kind: string;
  day: string;
  /** days since 1 January 2025, for filters and fading by the chosen date */
  dayIndex: number;
  symbol: SymbolId;
}

export function crossingFeatures(
  data: Pick<BorderData, 'crossings'>,
  day: string,
): FeatureCollection<Point, CrossingFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: data.crossings.map((crossing) => {
      const { status } = statusOn(crossing, day);
      return {
        type: 'Feature',
        id: crossing.id,
        properties: { id: crossing.id, name: crossing.name, status, symbol: crossingSymbol(status) },
        geometry: { type: 'Point', coordinates: crossing.point },
      };
    }),
  };
}

/** Strikes and clashes with a point; events over many places have none and are only listed. */
export function eventFeatures(
  data: Pick<BorderData, 'events'>,
): FeatureCollection<Point, EventFeatureProperties> {
  const features: Feature<Point, EventFeatureProperties>[] = [];
  for (const event of data.events) {
    const symbol = eventSymbol(event.kind);
    if (symbol === null || event.point === null) continue;
    features.push({
      type: 'Feature',
      id: event.id,
      properties: {
        id: event.id,
        kind: event.kind,
        day: event.day,
        dayIndex: dayIndex(BORDER_DATE_MIN, event.day),
        symbol,
      },
      geometry: { type: 'Point', coordinates: event.point },
    });
  }
  return { type: 'FeatureCollection', features };
}
