/**
 * From counts per unit to what the map, legend, popups and table show: the value under the chosen
 * rate, its class and colour, and its rank. Rates use the 2023 census for every year.
 */
import type { ClassMethod, Metric, Rate } from '../state/url';
import { classify, classifyDiverging, type Classification } from './classes';

export interface UnitInfo {
  id: string;
  name: string;
  population?: number;
  areaKm2?: number;
}

export interface UnitValue {
  id: string;
  name: string;
  /** the raw count (events or deaths); null where the source gives no figure */
  count: number | null;
  /** the value on the map: the count or the rate; null = no data (no denominator) */
  value: number | null;
  /** true when the count is too small for a rate to mean anything: drawn apart, never ranked */
  tooFew: boolean;
  /** 1 = highest; null when the unit has no ranked value */
  rank: number | null;
  colour: string;
  /** in a change view: the yearly average before and after (under the chosen rate) */
  before?: number | null;
  after?: number | null;
  countBefore?: number | null;
}

export interface Choropleth {
  units: UnitValue[];
  classification: Classification;
  /** how many units have no data, and how many too few events to rate */
  noDataCount: number;
  tooFewCount: number;
}

/** Below this many events (or deaths), a rate is not shown: one death in a small district is not a pattern. */
export const MIN_COUNT_FOR_RATE = 5;

export const NO_DATA_COLOUR = '#cfcfcf';
export const TOO_FEW_COLOUR = '#e9e1cf';

export function rateOf(count: number, unit: UnitInfo, rate: Rate): number | null {
  if (rate === 'count') return count;
  if (rate === 'per100k')
    return unit.population && unit.population > 0 ? (count / unit.population) * 100_000 : null;
  return unit.areaKm2 && unit.areaKm2 > 0 ? (count / unit.areaKm2) * 1_000 : null;
}

export function computeChoropleth(
  units: readonly UnitInfo[],
  /** per unit, in the order of `units`; null = the source gives no figure (no data, not zero) */
  counts: ArrayLike<number | null>,
  rate: Rate,
  method: ClassMethod,
  classes = 5,
): Choropleth {
  const raw = units.map((unit, i) => {
    const count = counts[i] ?? null;
    const value = count === null ? null : rateOf(count, unit, rate);
    const tooFew =
      count !== null && rate !== 'count' && value !== null && count > 0 && count < MIN_COUNT_FOR_RATE;
    return { unit, count, value, tooFew };
  });
  const rankable = raw.filter((r) => r.value !== null && !r.tooFew).map((r) => r.value as number);
  const classification = classify(rankable, method, classes);
  const sortedDesc = [...rankable].sort((a, b) => b - a);
  const rankOf = (value: number) => sortedDesc.indexOf(value) + 1;
  let noDataCount = 0;
  let tooFewCount = 0;
  const values: UnitValue[] = raw.map(({ unit, count, value, tooFew }) => {
    if (value === null) noDataCount += 1;
    if (tooFew) tooFewCount += 1;
    const ranked = value !== null && !tooFew;
    return {
      id: unit.id,
      name: unit.name,
      count,
      value,
      tooFew,
      rank: ranked ? rankOf(value) : null,
      colour: value === null ? NO_DATA_COLOUR : tooFew ? TOO_FEW_COLOUR : classification.colourOf(value),
    };
  });
  return { units: values, classification, noDataCount, tooFewCount };
}

/**
 * A change view: the yearly average in the chosen period minus that in the baseline period, so periods
 * of different lengths compare fairly. Ranked by change, largest increase first.
 */
export function computeChange(
  units: readonly UnitInfo[],
  before: { counts: ArrayLike<number | null>; years: number },
  after: { counts: ArrayLike<number | null>; years: number },
  rate: Rate,
  method: ClassMethod,
): Choropleth {
  const raw = units.map((unit, i) => {
    const countBefore = before.counts[i] ?? null;
    const countAfter = after.counts[i] ?? null;
    const rateBefore = countBefore === null ? null : rateOf(countBefore, unit, rate);
    const rateAfter = countAfter === null ? null : rateOf(countAfter, unit, rate);
    const perYearBefore = rateBefore === null ? null : rateBefore / before.years;
    const perYearAfter = rateAfter === null ? null : rateAfter / after.years;
    const value = perYearBefore === null || perYearAfter === null ? null : perYearAfter - perYearBefore;
    const tooFew =
      rate !== 'count' &&
      value !== null &&
      Math.max(countBefore ?? 0, countAfter ?? 0) > 0 &&
      Math.max(countBefore ?? 0, countAfter ?? 0) < MIN_COUNT_FOR_RATE;
    return { unit, countBefore, countAfter, perYearBefore, perYearAfter, value, tooFew };
  });
  const rankable = raw.filter((r) => r.value !== null && !r.tooFew).map((r) => r.value as number);
  const classification = classifyDiverging(rankable, method);
  const sortedDesc = [...rankable].sort((a, b) => b - a);
  let noDataCount = 0;
  let tooFewCount = 0;
  const values: UnitValue[] = raw.map((r) => {
    if (r.value === null) noDataCount += 1;
    if (r.tooFew) tooFewCount += 1;
    const ranked = r.value !== null && !r.tooFew;
    return {
      id: r.unit.id,
      name: r.unit.name,
      count: r.countAfter,
      countBefore: r.countBefore,
      value: r.value,
      before: r.perYearBefore,
      after: r.perYearAfter,
      tooFew: r.tooFew,
      rank: ranked ? sortedDesc.indexOf(r.value as number) + 1 : null,
      colour:
        r.value === null ? NO_DATA_COLOUR : r.tooFew ? TOO_FEW_COLOUR : classification.colourOf(r.value),
    };
  });
  return { units: values, classification, noDataCount, tooFewCount };
}

export function unitsLabel(metric: Metric, rate: Rate): string {
  const what = metric === 'deaths' ? 'deaths (UCDP best estimate)' : 'events';
  if (rate === 'per100k') return `${what} per 100,000 people`;
  if (rate === 'per1000km2') return `${what} per 1,000 km²`;
  return what;
}

export function denominatorNote(rate: Rate): string | null {
  if (rate === 'per100k') {
    return 'Population from the 2023 census, used for every year; Azad Jammu & Kashmir and Gilgit-Baltistan have no census figure.';
  }
  if (rate === 'per1000km2') return 'Area as published in the 2023 census tables.';
  return null;
}
