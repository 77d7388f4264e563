/**
 * From counts per unit to what the map, legend, popups and table show: the value under the chosen
 * rate, its class and colour, and its rank. Rates use the 2023 census for every year.
 */
import type { ClassMethod, Rate } from '../state/url';
import { classify, classifyDiverging, type Classification } from './classes';
import type { UnitInfo } from './units';
import { MIN_COUNT_FOR_RATE, NO_DATA_COLOUR, TOO_FEW_COLOUR } from './unranked';

/** How a choropleth is classed: the method, the number of classes, and the values that set the breaks. */
export interface ClassOptions {
  /** data classes (per side, in a change view) */
  classes?: number;
  /** values that set the breaks, e.g. every year of a played range; default: this view's own values */
  breakValues?: readonly number[];
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

export function rateOf(count: number, unit: UnitInfo, rate: Rate): number | null {
  if (rate === 'count') return count;
  if (rate === 'per100k')
    return unit.population && unit.population > 0 ? (count / unit.population) * 100_000 : null;
  return unit.areaKm2 && unit.areaKm2 > 0 ? (count / unit.areaKm2) * 1_000 : null;
}

/** One unit measured: its count and value, and in a change view its yearly averages. */
export type Measured = Pick<UnitValue, 'count' | 'value' | 'tooFew' | 'before' | 'after' | 'countBefore'> & {
  unit: UnitInfo;
};

export function computeChoropleth(
  units: readonly UnitInfo[],
  /** per unit, in the order of `units`; null = the source gives no figure (no data, not zero) */
  counts: ArrayLike<number | null>,
  rate: Rate,
  method: ClassMethod,
  options: ClassOptions = {},
): Choropleth {
  const measured = measureCounts(units, counts, rate);
  const values = rankableValues(measured);
  return toChoropleth(measured, values, classify(values, method, options.classes, options.breakValues));
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
  options: ClassOptions = {},
): Choropleth {
  const measured = measureChange(units, before, after, rate);
  const values = rankableValues(measured);
  return toChoropleth(
    measured,
    values,
    classifyDiverging(values, method, options.classes, options.breakValues),
  );
}

/** Colours and ranks: no data and too few to rate drawn apart, the rest by class, largest value ranked 1. */
function toChoropleth(
  measured: readonly Measured[],
  ranked: readonly number[],
  classification: Classification,
): Choropleth {
  const sortedDesc = [...ranked].sort((a, b) => b - a);
  let noDataCount = 0;
  let tooFewCount = 0;
  const units: UnitValue[] = measured.map(({ unit, ...m }) => {
    if (m.value === null) noDataCount += 1;
    if (m.tooFew) tooFewCount += 1;
    return {
      id: unit.id,
      name: unit.name,
      ...m,
      rank: m.value !== null && !m.tooFew ? sortedDesc.indexOf(m.value) + 1 : null,
      colour:
        m.value === null ? NO_DATA_COLOUR : m.tooFew ? TOO_FEW_COLOUR : classification.colourOf(m.value),
    };
  });
  return { units, classification, noDataCount, tooFewCount };
}

/** Values that are ranked and classed: those with a figure and enough events for a rate. */
export function rankableValues(measured: readonly Measured[]): number[] {
  return measured.filter((r) => r.value !== null && !r.tooFew).map((r) => r.value as number);
}

/** Each unit's count and its value under the chosen rate. */
export function measureCounts(
  units: readonly UnitInfo[],
  counts: ArrayLike<number | null>,
  rate: Rate,
): Measured[] {
  return units.map((unit, i) => {
    const count = counts[i] ?? null;
    const value = count === null ? null : rateOf(count, unit, rate);
    const tooFew =
      count !== null && rate !== 'count' && value !== null && count > 0 && count < MIN_COUNT_FOR_RATE;
    return { unit, count, value, tooFew };
  });
}

/** Each unit's yearly average before and after, under the chosen rate, and their difference. */
export function measureChange(
  units: readonly UnitInfo[],
  before: { counts: ArrayLike<number | null>; years: number },
  after: { counts: ArrayLike<number | null>; years: number },
  rate: Rate,
): Measured[] {
  return units.map((unit, i) => {
    const countBefore = before.counts[i] ?? null;
    const count = after.counts[i] ?? null;
    const perYear = (c: number | null, years: number) => {
      const r = c === null ? null : rateOf(c, unit, rate);
      return r === null ? null : r / years;
    };
    const perYearBefore = perYear(countBefore, before.years);
    const perYearAfter = perYear(count, after.years);
    const value = perYearBefore === null || perYearAfter === null ? null : perYearAfter - perYearBefore;
    const most = Math.max(countBefore ?? 0, count ?? 0);
    const tooFew = rate !== 'count' && value !== null && most > 0 && most < MIN_COUNT_FOR_RATE;
    return { unit, count, countBefore, before: perYearBefore, after: perYearAfter, value, tooFew };
  });
}
