/**
 * Figure 2: what a filter change costs in the app's code, run in Node: the typed-array store's
 * `aggregate` plus `computeChoropleth`, against the pipeline's `aggregateEvents` over the same table.
 */
import { aggregateEvents } from '../geo/attacks/aggregate.ts';
import type { EventTable } from '../geo/attacks/types.ts';
import { aggregate, buildEventStore, emptyTotals } from '../src/lib/data/events.ts';
import { computeChoropleth } from '../src/lib/choropleth/values.ts';
import { areaUnits, type UnitInfo } from '../src/lib/choropleth/units.ts';
import { filterChanges, pipelineFilter, storeFilter } from './filters.ts';
import { compare, type Figure } from './report.ts';
import { summarize, timeRuns } from './stats.ts';

export interface Geography {
  districtUnits: UnitInfo[];
  provinceIds: string[];
}

/** The areas as the app reads them from the shipped files (`areaUnits`). */
export function geographyOf(...files: Parameters<typeof areaUnits>): Geography {
  const units = areaUnits(...files);
  return { districtUnits: units.districts, provinceIds: units.provinces.map((u) => u.id) };
}

export const RECOMPUTE_RUNS = 15;
const LOAD_RUNS = 5;

/** The store build (once per page load), then per-change recompute against the pipeline's aggregate. */
export function measureRecompute(table: EventTable, geography: Geography, scale: string): Figure[] {
  const districtIds = geography.districtUnits.map((u) => u.id);
  const load = timeRuns(() => buildEventStore(table, districtIds, geography.provinceIds), LOAD_RUNS, 1);
  const store = load.last;
  const changes = filterChanges(table.categories);
  const storeFilters = changes.map((c) => storeFilter(c, table.categories, table.actors));
  const pipelineFilters = changes.map((c) => pipelineFilter(c, table.actors));
  const totals = emptyTotals(store);
  let checksum = 0;

  // Each run steps through every change once; the figure is the time per change.
  const perChange = (times: number[]) => times.map((t) => t / changes.length);
  const app = timeRuns(
    () => {
      for (const filter of storeFilters) {
        aggregate(store, filter, totals);
        checksum += computeChoropleth(
          geography.districtUnits,
          totals.districtDeaths,
          'count',
          'quantile',
        ).noDataCount;
      }
    },
    RECOMPUTE_RUNS,
    2,
  );
  const pipeline = timeRuns(
    () => {
      for (const filter of pipelineFilters) checksum += aggregateEvents(table, filter).national.events;
    },
    RECOMPUTE_RUNS,
    2,
  );
  const appTimes = summarize(perChange(app.times));
  const pipelineTimes = summarize(perChange(pipeline.times));
  const loadTimes = summarize(load.times);
  if (!Number.isFinite(checksum)) throw new Error('recompute produced no numbers');
  const events = `${table.count.toLocaleString('en')} events`;
  return [
    compare({
      id: `2.recompute.${scale}`,
      label: `filter change: aggregate + computeChoropleth, ${events}`,
      unit: 'ms',
      value: appTimes.median,
      min: appTimes.min,
      max: appTimes.max,
      runs: appTimes.runs,
      baseline: { label: 'pipeline aggregateEvents', value: pipelineTimes.median, runs: pipelineTimes.runs },
      ratioKind: 'speedup',
      note: `median over ${RECOMPUTE_RUNS} runs of ${changes.length} filter changes each (years × categories, all actors; deaths, count, quantiles, district level)`,
    }),
    {
      id: `2.store.${scale}`,
      label: `buildEventStore (once per load), ${events}`,
      unit: 'ms',
      value: loadTimes.median,
      min: loadTimes.min,
      max: loadTimes.max,
      runs: loadTimes.runs,
    },
  ];
}
