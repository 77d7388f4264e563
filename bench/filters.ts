/**
 * The filter changes the recompute figures step through: year ranges a user would pick and the
 * category sets the controls offer, written once and translated for the app's store and the pipeline.
 */
import type { EventFilter as PipelineFilter } from '../geo/attacks/aggregate.ts';
import type { Described } from '../geo/attacks/types.ts';
import { maskOf, type EventFilter as StoreFilter } from '../src/lib/data/events.ts';

export interface FilterChange {
  years: [number, number];
  /** category ids; every actor passes */
  categories: string[];
}

const YEAR_RANGES: [number, number][] = [
  [2007, 2021],
  [2010, 2012],
  [2014, 2014],
  [2008, 2016],
  [2019, 2021],
  [1989, 2021],
];

/** Every year range with the default category, then with two categories, then with all of them. */
export function filterChanges(categories: readonly Described[]): FilterChange[] {
  const ids = categories.map((c) => c.id);
  const sets = [ids.slice(0, 1), ids.slice(0, 2), ids];
  return sets.flatMap((set) => YEAR_RANGES.map((years) => ({ years, categories: set })));
}

export function storeFilter(
  change: FilterChange,
  categories: readonly Described[],
  actors: readonly Described[],
): StoreFilter {
  return {
    from: change.years[0],
    to: change.years[1],
    categoryMask: maskOf(categories, change.categories),
    actorMask: maskOf(
      actors,
      actors.map((a) => a.id),
    ),
  };
}

export function pipelineFilter(change: FilterChange, actors: readonly Described[]): PipelineFilter {
  return { years: change.years, categories: change.categories, actors: actors.map((a) => a.id) };
}
