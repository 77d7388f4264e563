/**
 * Class breaks for the choropleth. Zero is a class of its own (most units have no events in a
 * narrow filter) and no-data is never a class: the legend shows both apart from the data classes.
 */
import { ckmeans } from 'simple-statistics';
import { PU_OR, YL_OR_RD } from './colorbrewer';
import type { ClassMethod } from '../state/url';

export const ZERO_COLOUR = '#fbf8f1';

export interface DataClass {
  /** inclusive lower bound */
  from: number;
  /** inclusive upper bound */
  to: number;
  colour: string;
  /** how many units fall in this class */
  count: number;
}

export interface Classification {
  classes: DataClass[];
  zeroCount: number;
  /** colour and legend label of exact zero (no events, or no change) */
  zeroColour: string;
  zeroLabel: string;
  /** index into classes, -1 for zero */
  classOf(value: number): number;
  colourOf(value: number): string;
}

/** Lower bounds of each class for the positive values, ascending and distinct; the first is the minimum. */
export function classBreaks(values: readonly number[], method: ClassMethod, k: number): number[] {
  const sorted = values.filter((v) => v > 0 && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const distinct = new Set(sorted).size;
  const classes = Math.max(1, Math.min(k, distinct));
  let lows: number[];
  if (method === 'equal') {
    lows = Array.from({ length: classes }, (_, i) => min + ((max - min) * i) / classes);
  } else if (method === 'ckmeans') {
    lows = ckmeans(sorted, classes).map((cluster) => cluster[0] as number);
  } else {
    lows = Array.from(
      { length: classes },
      (_, i) => sorted[Math.floor((i * sorted.length) / classes)] as number,
    );
  }
  return [...new Set(lows)].sort((a, b) => a - b);
}

/** The class of a value: the last class whose lower bound it reaches (the first class takes anything below). */
function classIndex(lows: readonly number[], value: number): number {
  let index = 0;
  for (let i = 0; i < lows.length; i++) if (value >= (lows[i] as number)) index = i;
  return index;
}

/** Counts the values in each class and wraps the classes with their lookups; index -1 is the zero class. */
function tally(
  values: readonly number[],
  classes: DataClass[],
  classOf: (value: number) => number,
  zeroColour: string,
  zeroLabel: string,
): Classification {
  let zeroCount = 0;
  for (const value of values) {
    const index = classOf(value);
    if (index < 0) zeroCount += 1;
    else (classes[index] as DataClass).count += 1;
  }
  return {
    classes,
    zeroCount,
    zeroColour,
    zeroLabel,
    classOf,
    colourOf: (value) => {
      const index = classOf(value);
      return index < 0 ? zeroColour : (classes[index] as DataClass).colour;
    },
  };
}

export function palette(k: number): string[] {
  const size = Math.min(9, Math.max(3, k));
  const scheme = YL_OR_RD[size] as readonly string[];
  // With fewer classes than 3, take the darker end so a single class still reads as "some".
  return scheme.slice(size - k);
}

export function divergingPalette(k: number): readonly string[] {
  return PU_OR[Math.min(11, Math.max(3, k))] as readonly string[];
}

/**
 * Classes for the values; `breakValues` (default: the values themselves) set the breaks, so several
 * years can share one scale while each year's values are counted in it.
 */
export function classify(
  values: readonly number[],
  method: ClassMethod,
  k = 5,
  breakValues: readonly number[] = values,
): Classification {
  const lows = classBreaks(breakValues, method, k);
  const colours = palette(lows.length);
  const positives = breakValues.filter((v) => v > 0 && Number.isFinite(v));
  const max = positives.length ? Math.max(...positives) : 0;
  const classes: DataClass[] = lows.map((from, i) => ({
    from,
    to: i + 1 < lows.length ? (lows[i + 1] as number) : max,
    colour: colours[i] as string,
    count: 0,
  }));
  const classOf = (value: number): number => (value > 0 ? classIndex(lows, value) : -1);
  return tally(values, classes, classOf, ZERO_COLOUR, '0');
}

export const NO_CHANGE_COLOUR = '#f7f7f7';

/**
 * Classes for a change (after minus before): increases and decreases classed apart on their size,
 * orange for more violence, purple for less, exact zero as "no change".
 */
export function classifyDiverging(
  values: readonly number[],
  method: ClassMethod,
  perSide = 3,
  breakValues: readonly number[] = values,
): Classification {
  const finite = breakValues.filter((v) => Number.isFinite(v));
  const upLows = classBreaks(
    finite.filter((v) => v > 0),
    method,
    perSide,
  );
  const downLows = classBreaks(
    finite.filter((v) => v < 0).map((v) => -v),
    method,
    perSide,
  );
  const scheme = divergingPalette(2 * perSide + 1);
  const maxUp = Math.max(0, ...finite);
  const maxDown = Math.max(0, ...finite.map((v) => -v));
  // PuOr runs purple to orange: decreases take the purple start (darkest first), increases the orange end.
  const down: DataClass[] = downLows
    .map((low, i) => ({
      from: -(i + 1 < downLows.length ? (downLows[i + 1] as number) : maxDown),
      to: -low,
      colour: scheme[perSide - 1 - i] as string,
      count: 0,
    }))
    .reverse();
  const up: DataClass[] = upLows.map((low, i) => ({
    from: low,
    to: i + 1 < upLows.length ? (upLows[i + 1] as number) : maxUp,
    colour: scheme[perSide + 1 + i] as string,
    count: 0,
  }));
  const classes = [...down, ...up];
  const classOf = (value: number): number => {
    if (!Number.isFinite(value) || value === 0) return -1;
    if (value > 0) return down.length + classIndex(upLows, value);
    return down.length - 1 - classIndex(downLows, -value);
  };
  return tally(
    values.filter((v) => Number.isFinite(v)),
    classes,
    classOf,
    NO_CHANGE_COLOUR,
    'no change',
  );
}
