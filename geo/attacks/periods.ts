/**
 * What stretch of time a published figure covers. A month, quarter or half is not a year: the app
 * draws it only as what it is, so every period the inputs use is classified here and an unknown
 * form stops the build rather than being read as a year.
 */

import type { PeriodKind } from '../../src/lib/contracts/published-figures.ts';

export type { PeriodKind };

export interface PeriodInfo {
  kind: PeriodKind;
  /** first and last month covered (1-12) within the figure's year; null for a window across years */
  months: [number, number] | null;
  /** how the app names it: "full year", "January", "Q2", "January–June", "1 January–18 May (approx.)" */
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthIndex(text: string): number {
  return MONTHS.indexOf(text.slice(0, 3)) + 1;
}

/** The period of a figure, or null when the text is not a form this pipeline knows. */
export function classifyPeriod(period: string): PeriodInfo | null {
  const text = period.trim();
  if (text === 'full year') return { kind: 'year', months: [1, 12], label: 'full year' };
  const nearlyFull = /^full year \((.+)\)$/.exec(text);
  if (nearlyFull) return { kind: 'part-year', months: [1, 12], label: `year ${nearlyFull[1]}` };
  const month = /^(?:\d{4}-(\d{2})|([A-Z][a-z]{2}))$/.exec(text);
  if (month) {
    const m = month[1] ? Number(month[1]) : monthIndex(month[2] ?? '');
    if (m >= 1 && m <= 12) return { kind: 'month', months: [m, m], label: MONTH_NAMES[m - 1] ?? text };
  }
  const quarter = /^Q([1-4])$/.exec(text);
  if (quarter) {
    const q = Number(quarter[1]);
    return { kind: 'quarter', months: [q * 3 - 2, q * 3], label: `Q${q}` };
  }
  if (text === 'H1' || text === 'Jan-Jun') return { kind: 'half', months: [1, 6], label: 'January–June' };
  if (text === 'H2' || text === 'Jul-Dec') return { kind: 'half', months: [7, 12], label: 'July–December' };
  const range = /^Jan-([A-Z][a-z]{2})$/.exec(text);
  if (range) {
    const last = monthIndex(range[1] ?? '');
    if (last >= 2 && last <= 11)
      return { kind: 'part-year', months: [1, last], label: `January–${MONTH_NAMES[last - 1]}` };
  }
  // "1 Jan-18 May (approx.)", "1 Jan-15 Sep", "1 Jan-late Sep", "1 Jan-5 Apr"
  const dated = /^1 Jan-(?:(\d{1,2}|late|early|mid) )?([A-Z][a-z]{2})( \(approx\.\))?$/.exec(text);
  if (dated) {
    const last = monthIndex(dated[2] ?? '');
    if (last >= 1 && last <= 12) {
      const end = `${dated[1] ? `${dated[1]} ` : ''}${MONTH_NAMES[last - 1]}`;
      return { kind: 'part-year', months: [1, last], label: `1 January–${end}${dated[3] ?? ''}` };
    }
  }
  const window = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(text);
  if (window) return { kind: 'window', months: null, label: `${window[1]} to ${window[2]}` };
  return null;
}

/** "2025" -> [2025]; "2022-2023" -> [2022, 2023] (a window across two calendar years). */
export function parseYears(text: string): number[] | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  if (to < from || to - from > 1) return null;
  return to === from ? [from] : [from, to];
}
