/**
 * Shapes of `data/border.json`. The file's own shapes (events, crossings, status intervals, monthly
 * figures) are the contract's, inferred from its schema, so the pipeline and the app cannot drift apart;
 * this module adds only what the pipeline uses on the way there.
 */
export { CORRIDOR_IDS, CROSSING_IDS, EVENT_KINDS, OPEN_FOR } from '../../src/lib/contracts/border';
export { DATE_PRECISIONS, type DatePrecision } from '../../src/lib/contracts/incidents';
export type {
  BorderData,
  BorderEvent,
  CorridorId,
  Crossing,
  CrossingId,
  CrossingStatus,
  EventKind,
  MonthlyFigure,
  OpenFor,
  StatusInterval,
} from '../../src/lib/contracts/border';
import type { OpenFor } from '../../src/lib/contracts/border';

/** A day as `YYYY-MM-DD` (UTC); compared as strings. */
export type Day = string;

/** What one report says about one crossing from its day on. */
export type StatusEffect =
  | { kind: 'closed' }
  | { kind: 'open' }
  | { kind: 'restricted'; openFor: OpenFor }
  /** a later report that trade is still shut: confirms a closure or a refugees/aid-only opening */
  | { kind: 'trade-still-closed' };

export interface StatusReport {
  day: Day;
  eventId: string;
  effect: StatusEffect;
}
