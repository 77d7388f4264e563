/** Each of the five trade crossings with its status intervals, read from the closure and reopening reports. */
import { PipelineError } from '../pipeline.ts';
import { deriveIntervals } from './intervals.ts';
import type { CrossingSpec, StatusReading } from './tables.ts';
import type { BorderEvent, Crossing, Day, StatusReport } from './types.ts';

/** The reports for each crossing; fails when a closure or reopening has no reading or a reading no row. */
export function statusReports(
  events: readonly BorderEvent[],
  readings: Readonly<Record<string, StatusReading>>,
  file: string,
): Map<string, StatusReport[]> {
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const id of Object.keys(readings)) {
    if (!byId.has(id))
      throw new PipelineError(
        file,
        `geo/border/tables.ts reads event "${id}", which the file does not have`,
        {
          field: 'id',
        },
      );
  }
  const reports = new Map<string, StatusReport[]>();
  for (const event of events) {
    const reading = readings[event.id];
    if (!reading) {
      if (event.kind === 'closure' || event.kind === 'reopening')
        throw new PipelineError(
          file,
          `${event.kind} has no reading in geo/border/tables.ts STATUS_READINGS: say what it does to which crossing`,
          { row: event.id, field: 'kind' },
        );
      continue;
    }
    for (const crossing of reading.crossings) {
      if (!event.crossings.includes(crossing))
        throw new PipelineError(
          file,
          `read as a report on ${crossing}, but "${event.crossingOrCorridor}" does not concern it`,
          { row: event.id, field: 'crossing_or_corridor' },
        );
      const list = reports.get(crossing) ?? [];
      list.push({ day: event.day, eventId: event.id, effect: reading.effect });
      reports.set(crossing, list);
    }
  }
  return reports;
}

export function buildCrossings(
  specs: readonly CrossingSpec[],
  reports: Map<string, StatusReport[]>,
  placePoint: (id: string) => [number, number] | undefined,
  coverage: { from: Day; to: Day },
  placesFile: string,
): Crossing[] {
  return specs.map((spec) => {
    const point = placePoint(spec.placeId);
    if (!point)
      throw new PipelineError(placesFile, `no place "${spec.placeId}" for the ${spec.name} crossing`, {
        field: 'id',
      });
    for (const other of spec.otherPlaceIds) {
      if (!placePoint(other))
        throw new PipelineError(placesFile, `no place "${other}" for the ${spec.name} crossing`, {
          field: 'id',
        });
    }
    return {
      id: spec.id,
      name: spec.name,
      placeId: spec.placeId,
      otherPlaceIds: [...spec.otherPlaceIds],
      point,
      intervals: deriveIntervals(reports.get(spec.id) ?? [], coverage),
    };
  });
}
