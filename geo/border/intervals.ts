/**
 * A crossing's status over time from dated reports. A status holds from the report that set it until the
 * next report that changes it; before the first report it is `unknown` (never assumed open), and the last
 * status runs to the end of the data and says so. Reports of one day that disagree make that stretch
 * `unknown` and keep every side with its citations.
 */
import { addDays } from '../../src/lib/border/date.ts';
import type { CrossingStatus, Day, OpenFor, StatusEffect, StatusInterval, StatusReport } from './types.ts';
import { OPEN_FOR } from './types.ts';

interface Proposal {
  status: CrossingStatus;
  openFor: OpenFor[];
  citations: string[];
}

const sameStatus = (a: { status: CrossingStatus; openFor: OpenFor[] }, b: typeof a) =>
  a.status === b.status && a.openFor.join('|') === b.openFor.join('|');

/** What a report makes of the current status. */
function apply(current: { status: CrossingStatus; openFor: OpenFor[] }, effect: StatusEffect) {
  switch (effect.kind) {
    case 'closed':
      return { status: 'closed' as const, openFor: [] };
    case 'open':
      return { status: 'open' as const, openFor: [] };
    case 'restricted': {
      // A second exception adds to the first: both kinds of crossing are let through.
      const openFor =
        current.status === 'restricted' ? [...current.openFor, effect.openFor] : [effect.openFor];
      return { status: 'restricted' as const, openFor: OPEN_FOR.filter((o) => openFor.includes(o)) };
    }
    case 'trade-still-closed':
      return current.status === 'closed' || current.status === 'restricted'
        ? { status: current.status, openFor: current.openFor }
        : { status: 'closed' as const, openFor: [] };
  }
}

export function deriveIntervals(
  reports: readonly StatusReport[],
  range: { from: Day; to: Day },
): StatusInterval[] {
  for (const report of reports) {
    if (report.day < range.from || report.day > range.to)
      throw new RangeError(
        `report ${report.eventId} on ${report.day} lies outside ${range.from}–${range.to}`,
      );
  }
  const days = [...new Set(reports.map((r) => r.day))].sort();
  const intervals: StatusInterval[] = [];
  let current: Omit<StatusInterval, 'to' | 'endsBecause'> = {
    from: range.from,
    status: 'unknown',
    openFor: [],
    citations: [],
    disagreement: null,
  };
  const close = (to: Day, endsBecause: StatusInterval['endsBecause']) => {
    if (to >= current.from) intervals.push({ ...current, to, endsBecause });
  };
  for (const day of days) {
    const proposals: Proposal[] = [];
    for (const report of reports.filter((r) => r.day === day)) {
      const next = apply(current, report.effect);
      const same = proposals.find((p) => sameStatus(p, next));
      if (same) same.citations.push(report.eventId);
      else proposals.push({ ...next, citations: [report.eventId] });
    }
    const [only] = proposals;
    if (proposals.length === 1 && only && sameStatus(only, current) && current.disagreement === null) {
      // A report that confirms the status: one more citation for it.
      current.citations = [...current.citations, ...only.citations];
      continue;
    }
    close(addDays(day, -1), 'next-report');
    current =
      proposals.length === 1 && only
        ? {
            from: day,
            status: only.status,
            openFor: only.openFor,
            citations: only.citations,
            disagreement: null,
          }
        : {
            from: day,
            status: 'unknown',
            openFor: [],
            citations: proposals.flatMap((p) => p.citations),
            disagreement: proposals,
          };
  }
  close(range.to, 'data-ends');
  return intervals;
}
