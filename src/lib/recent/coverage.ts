/**
 * Where each kind of data starts and ends: events to 2021, published figures from 2022, nothing after
 * late March 2026. Which months the last, partial year has is in `partial-year.ts`.
 */

/** Nothing after this could be sourced (see data/SOURCES.md). */
export const COVERAGE_END = 'late March 2026';
export const LAST_YEAR = 2026;
/** The "data as of" line, shown under the title and in embeds: where each kind of data ends. */
export const DATA_AS_OF = `Data as of ${COVERAGE_END}: UCDP events 1989–2021; published figures, official district counts, notable incidents and border events 2022 to ${COVERAGE_END}.`;

/** The first year of published figures (UCDP events end in 2021). */
export const FIRST_PUBLISHED_YEAR = 2022;

/** Every published year of a range, so a range is never silently one year. */
export function publishedYearsOf(range: readonly [number, number]): number[] {
  const years: number[] = [];
  for (let y = Math.max(range[0], FIRST_PUBLISHED_YEAR); y <= range[1]; y++) years.push(y);
  return years;
}
