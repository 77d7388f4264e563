/**
 * `npm run bench [-- --raw <dir>] [--no-browser]`: speed and size figures, each the median of several
 * runs with a ratio against a baseline measured in the same run. Prints a table and writes
 * bench/results/latest.json. The app and the bare MapLibre page are rebuilt on every run (about two
 * seconds each) into bench/results/, so the figures always describe the current source and the shared
 * dist/ is never touched.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import type { DistrictCollection, EventTable } from '../geo/attacks/types.ts';
import { launch } from '../tests/browser/setup/browser.ts';
import { gzipSize, sizeResources, totalGzip, type AssetSize } from './assets.ts';
import { loadAssignmentInputs, measureAssignment } from './assignment.ts';
import { buildBarePage } from './bare/build.ts';
import {
  buildApp,
  measureHarnessOverhead,
  measureInteraction,
  openToIdle,
  recordPlay,
  serveStatic,
  type Interaction,
  type InteractionSample,
  type LoadResult,
} from './browser.ts';
import { measureExposure } from './exposure.ts';
import {
  IMPORT_TARGET_BYTES,
  LARGE_IMPORT_TARGET_BYTES,
  measureNodeImport,
  writeSyntheticCsv,
  type SyntheticCsv,
} from './import.ts';
import { browserImportFigures, measureBrowserImport, type BrowserImportRun } from './import-browser.ts';
import { geographyOf, measureRecompute } from './recompute.ts';
import type { DistrictsFile } from '../src/lib/contracts/districts.ts';
import type { ProvincesFile } from '../src/lib/contracts/provinces.ts';
import {
  compare,
  formatMachine,
  formatTable,
  type BenchReport,
  type Figure,
  type MachineInfo,
} from './report.ts';
import { median, summarize } from './stats.ts';
import { synthesizeEventsWithSources } from './synthetic.ts';
import { describeView, frameRates } from './view.ts';
import { layerGroups } from './layer-groups.ts';
import { buildStylePage } from './style/build.ts';
import { buildLayers } from '../src/lib/map/style.ts';
import { labelLayers } from '../src/lib/map/labels/layers.ts';
import { LAYER } from '../src/lib/map/ids.ts';

const REPO = resolve(import.meta.dirname, '..');
const RESULTS = join(REPO, 'bench', 'results');
const SYNTHETIC_EVENTS = 100_000;
const LOAD_RUNS = 5;
/** loads per page recorded with a screencast, for the visually-complete time */
const SCREENCAST_RUNS = 3;
/** 3f: loads of the whole style, and of each variant without a group of layers (the differences are large) */
const LAYER_RUNS = 3;
const LAYER_VARIANT_RUNS = 2;
const INTERACTION_WARMUP = 2;
const INTERACTION_RUNS = 9;
/** each takes about ten seconds: a cold load, the import, a trace */
const IMPORT_BROWSER_RUNS = 3;
/** the 200 MiB file takes half a minute an import: two runs */
const LARGE_IMPORT_BROWSER_RUNS = 2;
const KB = 1000;
/** Play's frame rate is counted in windows of this length; its lowest window is the figure */
const PLAY_WINDOW_MS = 500;

function readJsonFile<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function machineInfo(chromium: string | null): MachineInfo {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    memoryGiB: totalmem() / 2 ** 30,
    platform: `${platform()} ${release()}`,
    node: process.version,
    chromium,
  };
}

const BENCH_STARTED = Date.now();

/** Progress on stderr, with the seconds since the start: where a long run spends its time. */
function log(message: string): void {
  process.stderr.write(`[${((Date.now() - BENCH_STARTED) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

interface PageFigures {
  figures: Figure[];
  details: Record<string, unknown>;
}

function spread(values: number[]) {
  const s = summarize(values);
  return { value: s.median, min: s.min, max: s.max, runs: s.runs };
}

/** Every layer of the app's default view (style and labels; the layers hidden at the district level left out). */
const DEFAULT_LAYERS = [...buildLayers(), ...labelLayers()]
  .filter((l) => l.type !== 'background' && l.layout?.visibility !== 'none')
  .map((l) => l.id);

async function measureLoads(browser: Browser, origin: string): Promise<PageFigures> {
  const app: LoadResult[] = [];
  const bare: LoadResult[] = [];
  const appScreen: LoadResult[] = [];
  const bareScreen: LoadResult[] = [];
  // Alternate the pages, and plain loads with recorded ones, so drift (thermal, other processes) hits all alike.
  const plan = [
    ['app', app, false],
    ['bare', bare, false],
    ['app', appScreen, true],
    ['bare', bareScreen, true],
  ] as const;
  for (let i = 0; i < Math.max(LOAD_RUNS, SCREENCAST_RUNS); i++) {
    for (const [name, list, screencast] of plan) {
      if (i >= (screencast ? SCREENCAST_RUNS : LOAD_RUNS)) continue;
      const opened = await openToIdle(browser, `${origin}/${name}/index.html`, undefined, {
        screencast,
        ...(name === 'app' ? { choroplethLayer: LAYER.districtsFill, defaultLayers: DEFAULT_LAYERS } : {}),
      });
      list.push(opened.load);
      if (opened.load.pageErrors.length) log(`  ${name}: page errors: ${opened.load.pageErrors.join('; ')}`);
      await opened.context.close();
    }
  }
  const first = (list: LoadResult[]) => median(list.map((l) => l.firstIdleMs));
  const final = (list: LoadResult[]) => median(list.map((l) => l.finalIdleMs));
  const complete = (list: LoadResult[]) =>
    median(list.map((l) => l.visuallyCompleteMs).filter((v): v is number => v !== null));
  // Sizes from the run whose final idle is closest to the median: the files are the same in every run,
  // but which of them start before a late idle can differ from run to run.
  const typical = (list: LoadResult[]) => {
    const middle = final(list);
    return list.reduce((best, l) =>
      Math.abs(l.finalIdleMs - middle) < Math.abs(best.finalIdleMs - middle) ? l : best,
    );
  };
  const sizesOf = (load: LoadResult, cutOff: number) =>
    sizeResources(load.resources, cutOff, origin, RESULTS);
  const appLoad = typical(app);
  const bareLoad = typical(bare);
  const appFirst = sizesOf(appLoad, appLoad.firstIdleMs);
  const appFinal = sizesOf(appLoad, appLoad.finalIdleMs);
  const bareFirst = sizesOf(bareLoad, bareLoad.firstIdleMs);
  const bareFinal = sizesOf(bareLoad, bareLoad.finalIdleMs);
  const kb = (sizes: AssetSize[], kind: AssetSize['kind']) => totalGzip(sizes, kind) / KB;
  const maplibreAlone =
    (gzipSize(readFileSync(join(REPO, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.mjs'))) +
      gzipSize(readFileSync(join(REPO, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl-worker.mjs')))) /
    KB;
  const list = (sizes: AssetSize[], kind: AssetSize['kind']) =>
    sizes
      .filter((s) => s.kind === kind)
      .map((s) => `${s.path.replace(`${RESULTS}/`, '')} ${(s.gzipBytes / KB).toFixed(1)}`)
      .join(', ');
  const added = (later: AssetSize[], earlier: AssetSize[], kind: AssetSize['kind']) =>
    list(
      later.filter((s) => !earlier.some((f) => f.path === s.path)),
      kind,
    ) || 'nothing';
  const longTasks = (loads: LoadResult[], until: (l: LoadResult) => number) =>
    median(loads.map((l) => l.longTasks.filter((t) => t.start <= until(l)).length));
  const programs = (loads: LoadResult[]) => median(loads.map((l) => l.programs));
  const finalView = describeView(appLoad.finalView);
  const busy = (list: LoadResult[]) => median(list.map((l) => l.busyMs));
  const cpuMedian = (list: LoadResult[]) => {
    const values = list.map((l) => l.cpuMs).filter((v): v is number => v !== null);
    return values.length ? `${median(values).toFixed(0)} ms` : 'n/a';
  };
  const screencastCost = (plain: LoadResult[], recorded: LoadResult[]) =>
    `${(first(recorded) - first(plain)).toFixed(0)} ms (${(first(recorded) / first(plain)).toFixed(2)}×), main-thread busy ${(busy(recorded) - busy(plain)).toFixed(0)} ms, browser CPU ${cpuMedian(recorded)} against ${cpuMedian(plain)}`;
  const figures: Figure[] = [
    compare(
      {
        id: '3a.first-idle',
        label: 'navigation → first map idle (app vs bare MapLibre)',
        unit: 'ms',
        ...spread(app.map((l) => l.firstIdleMs)),
        baseline: { label: 'bare page', value: first(bare), runs: bare.length },
        ratioKind: 'relative',
        note: `map created at (median) app ${median(app.map((l) => l.mapCreatedMs)).toFixed(0)} ms, bare ${median(bare.map((l) => l.mapCreatedMs)).toFixed(0)} ms after navigation; long tasks before first idle (median): app ${longTasks(app, (l) => l.firstIdleMs)}, bare ${longTasks(bare, (l) => l.firstIdleMs)}`,
      },
      { text: '≤ 1.25×', test: (ratio) => (ratio === null ? null : ratio <= 1.25) },
    ),
    compare(
      {
        id: '3a.final-idle',
        label: "navigation → final view idle (coloured, labelled, every default layer) vs bare's first idle",
        unit: 'ms',
        ...spread(app.map((l) => l.finalIdleMs)),
        baseline: { label: 'bare page, first idle', value: first(bare), runs: bare.length },
        ratioKind: 'relative',
        note: `the last idle after which nothing was requested and the map did not repaint for 1.5 s, the view then checked to be coloured, labelled and to show all ${DEFAULT_LAYERS.length} default layers of the style (else the load waits on); app final view: ${finalView}; idles per load (median) app ${median(app.map((l) => l.idles))}, bare ${median(bare.map((l) => l.idles))} (bare's final idle ${final(bare).toFixed(0)} ms); long tasks before it: app ${longTasks(app, (l) => l.finalIdleMs)}, bare ${longTasks(bare, (l) => l.finalIdleMs)}; main-thread busy until quiet (CDP TaskDuration): app ${busy(app).toFixed(0)} ms, bare ${busy(bare).toFixed(0)} ms; CPU of all browser processes until quiet: app ${cpuMedian(app)}, bare ${cpuMedian(bare)}`,
      },
      { text: '≤ 1.25×', test: (ratio) => (ratio === null ? null : ratio <= 1.25) },
    ),
    compare(
      {
        id: '3a.visually-complete',
        label: 'navigation → visually complete (screencast frames stop changing)',
        unit: 'ms',
        ...spread(appScreen.map((l) => l.visuallyCompleteMs ?? NaN)),
        baseline: { label: 'bare page', value: complete(bareScreen), runs: bareScreen.length },
        ratioKind: 'relative',
        note: `CDP Page.startScreencast (JPEG, half size, every frame) from before navigation until quiet; the time of the first frame of the final run of frames identical to the last; frames per load (median) app ${median(appScreen.map((l) => l.screenFrames))}, bare ${median(bareScreen.map((l) => l.screenFrames))}; what recording costs, first idle with − without: app ${screencastCost(app, appScreen)}, bare ${screencastCost(bare, bareScreen)}; final idle in the recorded loads: app ${final(appScreen).toFixed(0)} ms, bare ${final(bareScreen).toFixed(0)} ms`,
      },
      { text: '≤ 1.25×', test: (ratio) => (ratio === null ? null : ratio <= 1.25) },
    ),
    compare({
      id: '3a.programs',
      label: 'WebGL programs linked by the final view',
      unit: 'programs',
      value: programs(app),
      runs: app.length,
      baseline: { label: 'bare page', value: programs(bare), runs: bare.length },
      ratioKind: 'difference',
      note: 'linkProgram calls counted by an init script; on software WebGL each costs tens of ms of shader compile and link (see 3f)',
    }),
    compare(
      {
        id: '3b.js-gzip',
        label: 'JS loaded before first idle, gzip (incl. MapLibre worker)',
        unit: 'kB',
        value: kb(appFirst, 'js'),
        runs: 1,
        baseline: { label: 'bare page JS', value: kb(bareFirst, 'js'), runs: 1 },
        ratioKind: 'difference',
        note: `app: ${list(appFirst, 'js')}; bare: ${list(bareFirst, 'js')}; maplibre-gl.mjs + maplibre-gl-worker.mjs alone: ${maplibreAlone.toFixed(1)} kB`,
      },
      { text: 'adds ≤ 45 kB', test: (difference) => (difference === null ? null : difference <= 45) },
    ),
    compare(
      {
        id: '3b.js-gzip.final',
        label: 'JS loaded before the final view idle, gzip',
        unit: 'kB',
        value: kb(appFinal, 'js'),
        runs: 1,
        baseline: { label: 'bare page JS', value: kb(bareFinal, 'js'), runs: 1 },
        ratioKind: 'difference',
        note: `after the first idle also: ${added(appFinal, appFirst, 'js')}`,
      },
      { text: 'adds ≤ 45 kB', test: (difference) => (difference === null ? null : difference <= 45) },
    ),
    compare(
      {
        id: '3c.data-gzip',
        label: 'data fetched before first idle, gzip',
        unit: 'kB',
        value: kb(appFirst, 'data'),
        runs: 1,
        baseline: { label: 'bare page data', value: kb(bareFirst, 'data'), runs: 1 },
        ratioKind: 'relative',
        note: `first idle: ${list(appFirst, 'data')}`,
      },
      { text: '≤ 400 kB', test: (_ratio, value) => value <= 400 },
    ),
    compare(
      {
        id: '3c.data-gzip.final',
        label: 'data fetched before the final view idle, gzip',
        unit: 'kB',
        value: kb(appFinal, 'data'),
        runs: 1,
        baseline: { label: 'bare page data', value: kb(bareFinal, 'data'), runs: 1 },
        ratioKind: 'relative',
        note: `after the first idle also: ${added(appFinal, appFirst, 'data')}`,
      },
      { text: '≤ 400 kB', test: (_ratio, value) => value <= 400 },
    ),
  ];
  const strip = (loads: LoadResult[]) => loads.map(({ resources: _resources, ...load }) => load);
  return {
    figures,
    details: {
      loads: {
        app: strip(app),
        bare: strip(bare),
        appScreencast: strip(appScreen),
        bareScreencast: strip(bareScreen),
      },
      assets: {
        appFirstIdle: appFirst,
        appFinalIdle: appFinal,
        bareFirstIdle: bareFirst,
        maplibreAloneGzipKb: maplibreAlone,
      },
    },
  };
}

/**
 * 3f: the app's style in the harness page (bench/style/), whole and without each group of layers
 * (layer-groups.ts): what each group costs in time to the first idle and in shader programs.
 */
async function measureLayerCosts(
  browser: Browser,
  origin: string,
  bare: readonly Pick<LoadResult, 'cpuMs' | 'firstIdleMs'>[],
): Promise<PageFigures> {
  const groups = layerGroups([...buildLayers(), ...labelLayers()]);
  const variants = [{ name: 'all layers', ids: [] as string[] }, ...groups];
  const loads = new Map<string, LoadResult[]>(variants.map((v) => [v.name, []]));
  for (let run = 0; run < LAYER_RUNS; run++) {
    for (const variant of variants) {
      if (run >= LAYER_VARIANT_RUNS && variant.ids.length > 0) continue;
      const query = variant.ids.length ? `?without=${variant.ids.join(',')}` : '';
      // The harness draws everything in its first frame: its first idle is its final view.
      const opened = await openToIdle(browser, `${origin}/style/index.html${query}`, undefined, {
        firstIdleOnly: true,
      });
      loads.get(variant.name)?.push(opened.load);
      if (opened.load.pageErrors.length)
        log(`  style ${variant.name}: page errors: ${opened.load.pageErrors.join('; ')}`);
      await opened.context.close();
    }
  }
  const all = loads.get('all layers') as LoadResult[];
  // The fastest run, not the median: other processes only ever add time, and with two or three runs
  // per variant the difference of two medians is mostly their noise. CPU time (all the browser's
  // processes) and the page's main-thread time are in the notes: on a busy machine they swing less.
  const fastestOf = (list: readonly Pick<LoadResult, 'firstIdleMs'>[]) => {
    const values = list.map((l) => l.firstIdleMs);
    return {
      value: Math.min(...values),
      min: Math.min(...values),
      max: Math.max(...values),
      runs: values.length,
    };
  };
  const cpu = (list: readonly Pick<LoadResult, 'cpuMs'>[]) => {
    const values = list.map((l) => l.cpuMs).filter((v): v is number => v !== null);
    return values.length ? `${median(values).toFixed(0)} ms` : 'n/a';
  };
  const allPrograms = median(all.map((l) => l.programs));
  const busy = (list: LoadResult[]) => median(list.map((l) => l.busyMs)).toFixed(0);
  const allFastest = fastestOf(all).value;
  const figures: Figure[] = [
    compare({
      id: '3f.style.all',
      label: "the app's style alone (harness, labels included): first idle, fastest run",
      unit: 'ms',
      ...fastestOf(all),
      ...(bare.length
        ? { baseline: { label: 'bare page, fastest run', value: fastestOf(bare).value, runs: bare.length } }
        : {}),
      ratioKind: 'relative',
      note: `${allPrograms} WebGL programs; page main thread busy ${busy(all)} ms; browser CPU ${cpu(all)} (bare page until quiet ${cpu(bare)}); ${describeView(all[0]?.finalView ?? [])}`,
    }),
    ...groups.map((group) => {
      const without = loads.get(group.name) as LoadResult[];
      return compare({
        id: `3f.style.without.${group.ids[0]}`,
        label: `  without ${group.name}`,
        unit: 'ms',
        ...fastestOf(without),
        baseline: { label: 'all layers', value: allFastest, runs: all.length },
        ratioKind: 'difference',
        note: `${group.ids.join(', ')}; programs ${median(without.map((l) => l.programs))} of ${allPrograms}; page main thread busy ${busy(without)} ms (all layers ${busy(all)} ms); browser CPU ${cpu(without)} (all layers ${cpu(all)})`,
      });
    }),
  ];
  const strip = (list: LoadResult[]) =>
    list.map(({ firstIdleMs, programs, idles, busyMs, cpuMs }) => ({
      firstIdleMs,
      programs,
      idles,
      busyMs,
      cpuMs,
    }));
  return {
    figures,
    details: { layerCosts: variants.map((v) => ({ ...v, loads: strip(loads.get(v.name) ?? []) })) },
  };
}

const YEAR_VALUES = ['2010', '2013', '2008', '2015', '2007', '2011', '2009', '2014', '2012', '2016', '2007'];

function interactionsOf(kind: 'year' | 'filter', count: number): Interaction[] {
  return Array.from({ length: count }, (_, i): Interaction =>
    kind === 'year'
      ? {
          kind: 'value',
          selector: 'input[name="year-from"]',
          value: YEAR_VALUES[i % YEAR_VALUES.length] as string,
        }
      : { kind: 'checked', selector: 'input[data-category="loc"]', checked: i % 2 === 0 },
  );
}

async function measureChanges(
  browser: Browser,
  origin: string,
  scale: string,
  nodeRecompute: Figure | undefined,
  events?: string,
): Promise<PageFigures> {
  const opened = await openToIdle(browser, `${origin}/app/index.html`, async (context) => {
    if (events !== undefined) {
      await context.route(/\/assets\/events-[^/]*\.json$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: events }),
      );
    }
  });
  const { page, context } = opened;
  try {
    await page.waitForSelector('input[data-category="loc"]', { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const overhead: number[] = [];
    for (let i = 0; i < 5; i++) overhead.push(await measureHarnessOverhead(page, cdp));
    const harness = median(overhead);
    const figures: Figure[] = [];
    const samples: Record<string, InteractionSample[]> = {};
    for (const kind of ['year', 'filter'] as const) {
      const all: InteractionSample[] = [];
      for (const interaction of interactionsOf(kind, INTERACTION_WARMUP + INTERACTION_RUNS)) {
        all.push(await measureInteraction(page, cdp, interaction));
      }
      const measured = all.slice(INTERACTION_WARMUP);
      samples[kind] = measured;
      const what = kind === 'year' ? 'year change (year-from input)' : 'filter change (category checkbox)';
      const toIdle = measured.map((s) => s.toIdleMs).filter((v): v is number => v !== null);
      figures.push(
        compare(
          {
            id: `3d.${kind}.update.${scale}`,
            label: `${what}: synchronous update, ${scale}`,
            unit: 'ms',
            ...spread(measured.map((s) => s.updateMs)),
            ...(nodeRecompute?.value != null
              ? {
                  baseline: {
                    label: 'node aggregate + computeChoropleth',
                    value: nodeRecompute.value,
                    runs: nodeRecompute.runs,
                  },
                }
              : {}),
            ratioKind: 'relative',
            note: `change event → Svelte flush done (aggregate, choropleth, feature-state, DOM); to map idle ${toIdle.length ? `${median(toIdle).toFixed(0)} ms` : 'never (no repaint)'}; long tasks ${measured.reduce((s, m) => s + m.longTasks, 0)} in ${measured.length} changes`,
          },
          { text: '≤ 16 ms', test: (_ratio, value) => value <= 16 },
        ),
        compare({
          id: `3d.${kind}.busy.${scale}`,
          label: `${what}: main-thread busy until map idle, ${scale}`,
          unit: 'ms',
          ...spread(measured.map((s) => s.busyMs)),
          baseline: { label: 'harness round trip, no change', value: harness, runs: overhead.length },
          ratioKind: 'difference',
          note: 'CDP TaskDuration: Svelte update, style/layout/paint of the panel, MapLibre frames',
        }),
      );
    }
    const play = scale === 'real' ? await measurePlay(page) : null;
    if (play) figures.push(play.figure);
    return {
      figures,
      details: {
        [`changes.${scale}`]: { harnessOverheadMs: overhead, samples },
        ...(play ? { play: play.details } : {}),
      },
    };
  } finally {
    await context.close();
  }
}

/** 3g: the Play button steps through every year; frames per second of the page while it runs. */
async function measurePlay(page: Page): Promise<{ figure: Figure; details: unknown }> {
  log('   Play through every year, real events');
  const record = await recordPlay(page);
  const rates = frameRates(record.frames, PLAY_WINDOW_MS);
  const steps = record.years.length;
  const longest = record.longTasks.reduce((max, t) => Math.max(max, t.duration), 0);
  // Play ticks every 900 ms; a step shown much later than that means the loop lagged.
  const stepGaps = record.years.slice(1).map((y, i) => y.at - (record.years[i] as { at: number }).at);
  const gaps = stepGaps.length
    ? `; the year shown changed every ${median(stepGaps).toFixed(0)} ms (median), at most ${Math.max(...stepGaps).toFixed(0)} ms`
    : '';
  const figure = compare(
    {
      id: '3g.play.fps',
      label: `Play loop: lowest frames per second over ${PLAY_WINDOW_MS} ms windows, real events`,
      unit: 'fps',
      value: rates?.min ?? null,
      ...(rates ? { min: rates.min, max: Math.max(...rates.windows) } : {}),
      runs: rates?.windows.length ?? 0,
      note: rates
        ? `median window ${rates.median.toFixed(0)} fps, longest gap between frames ${rates.longestGapMs.toFixed(0)} ms; ${steps} year steps (${record.years[0]?.year ?? '–'} to ${record.years.at(-1)?.year ?? '–'}) in ${((record.endedAt - record.startedAt) / 1000).toFixed(1)} s; requestAnimationFrame callbacks counted (a frame is missing when a task or a map frame overruns); ${record.longTasks.length} long tasks, longest ${longest.toFixed(0)} ms${gaps}`
        : 'too few frames recorded',
    },
    { text: '≥ 30 fps', test: (_ratio, value) => value >= 30 },
  );
  return { figure, details: { ...record, rates } };
}

/** 3a-3c and 3f: the loads of the app and the bare page, then the style harness layer by layer. */
async function measureStart(
  browser: Browser,
  origin: string,
  figures: Figure[],
  details: Record<string, unknown>,
): Promise<void> {
  log(`   ${LOAD_RUNS} loads each of the app and the bare page, ${SCREENCAST_RUNS} more each recorded`);
  const loads = await measureLoads(browser, origin);
  figures.push(...loads.figures);
  Object.assign(details, loads.details);
  log(
    `   the app's style layer group by layer group (${LAYER_RUNS} loads whole, ${LAYER_VARIANT_RUNS} per variant)`,
  );
  const layers = await measureLayerCosts(
    browser,
    origin,
    (loads.details['loads'] as { bare: Pick<LoadResult, 'cpuMs' | 'firstIdleMs'>[] }).bare,
  );
  figures.push(...layers.figures);
  Object.assign(details, layers.details);
}

async function measureImportsInBrowser(
  browser: Browser,
  origin: string,
  csv: SyntheticCsv,
  count = IMPORT_BROWSER_RUNS,
): Promise<BrowserImportRun[]> {
  const runs: BrowserImportRun[] = [];
  for (let i = 0; i < count; i++) {
    runs.push(await measureBrowserImport(browser, `${origin}/app/index.html`, csv.path));
  }
  return runs;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    // --import-only: figures 5a-5c alone, written to bench/results/import.json
    options: {
      raw: { type: 'string' },
      'no-browser': { type: 'boolean' },
      'import-only': { type: 'boolean' },
      // --start-only: figures 3a-3c and 3f alone, written to bench/results/start.json
      'start-only': { type: 'boolean' },
    },
    allowPositionals: false,
  });
  const rawDir = resolve(values.raw ?? join(REPO, 'geo', 'raw'));
  const started = Date.now();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const details: Record<string, unknown> = {};
  if (values['start-only']) {
    const browserVersion = await measureStartOnly(figures, details);
    writeReport('start.json', started, browserVersion, figures, notes, details);
    return;
  }

  const events = readJsonFile<EventTable>(join(REPO, 'data', 'events.json'));
  const districts = readJsonFile<DistrictsFile>(join(REPO, 'data', 'districts.geojson'));
  const provinces = readJsonFile<ProvincesFile>(join(REPO, 'data', 'provinces.geojson'));

  let chromium: string | null = null;
  // The import file is written once, read by Node and by the browser, and removed whatever happens.
  const importDir = mkdtempSync(join(tmpdir(), 'atlas-bench-import-'));
  const importOnly = values['import-only'] === true;
  try {
    if (importOnly) {
      await measureImportsOnly(values['no-browser'] === true, importDir, districts, figures, notes, details);
      chromium = (details['chromium'] as string | undefined) ?? null;
      return;
    }
    log('1. event → district assignment');
    const assignment = measureAssignment(await loadAssignmentInputs(rawDir, districts, events));
    figures.push(...assignment.figures);
    notes.push(...assignment.notes);

    log('2. choropleth recompute');
    const geography = geographyOf(districts, provinces);
    const { table: synthetic, sourceRow } = synthesizeEventsWithSources(events, SYNTHETIC_EVENTS);
    const realRecompute = measureRecompute(events, geography, 'real');
    const syntheticRecompute = measureRecompute(synthetic, geography, 'synthetic');
    figures.push(...realRecompute, ...syntheticRecompute);
    notes.push(
      `synthetic: ${SYNTHETIC_EVENTS.toLocaleString('en')} events resampled from the real table (seeded), years ±2, 10% of categories reassigned`,
    );

    log(`5a. writing a ${IMPORT_TARGET_BYTES / 2 ** 20} MiB CSV and importing it in Node`);
    const importCsv = await writeSyntheticCsv(join(importDir, 'events.csv'), IMPORT_TARGET_BYTES);
    const nodeImport = await measureNodeImport(importCsv, districts);
    const importFigures: Figure[] = [...nodeImport.figures];
    notes.push(...nodeImport.notes);
    Object.assign(details, nodeImport.details);

    if (!values['no-browser']) {
      log('3. browser: building the app and the bare page');
      await buildApp(REPO, join(RESULTS, 'app'));
      await buildBarePage(join(RESULTS, 'bare'));
      await buildStylePage(join(RESULTS, 'style'));
      const server = await serveStatic(RESULTS);
      const browser = await launch();
      chromium = browser.version();
      try {
        await measureStart(browser, server.origin, figures, details);
        log('   year and filter changes, real events');
        const real = await measureChanges(browser, server.origin, 'real', realRecompute[0]);
        log(`   year and filter changes, ${SYNTHETIC_EVENTS.toLocaleString('en')} synthetic events`);
        const scaled = await measureChanges(
          browser,
          server.origin,
          'synthetic',
          syntheticRecompute[0],
          JSON.stringify(synthetic),
        );
        figures.push(...real.figures, ...scaled.figures);
        Object.assign(details, real.details, scaled.details);
        log(`5b. ${IMPORT_BROWSER_RUNS} imports of the same file through the app's file input`);
        const importRuns = await measureImportsInBrowser(browser, server.origin, importCsv);
        importFigures.push(...browserImportFigures(importRuns, importCsv, nodeImport.figures[0]));
        details['import.browser'] = importRuns;
        const large = await measureLargeImport(browser, server.origin, importDir);
        importFigures.push(...large.figures);
        details['import.browser.large'] = large.runs;
        notes.push(
          `browser: ${LOAD_RUNS} cold loads per page (fresh context each) and ${SCREENCAST_RUNS} more recorded by screencast; the style harness ${LAYER_RUNS} loads whole and ${LAYER_VARIANT_RUNS} per variant; ${INTERACTION_RUNS} changes per kind after ${INTERACTION_WARMUP} warm-ups; synthetic events reach the app by answering its events.json request with the synthetic table (no app hook)`,
          'hooks that would help: a probe timestamp per idle (`window.__atlas.idleAt`), the time of the last dashboard recompute (`window.__atlas.lastUpdateMs`) to separate it from DOM work, and a way to hand the app another event table without intercepting its request',
        );
        notes.push(
          `import in the app: ${IMPORT_BROWSER_RUNS} runs, each in a fresh context after a cold load; the file goes in through Playwright's setInputFiles; a wrapped Worker counts the import worker's messages and times the decoding of each (the result comes in one message, its columns transferred); a Chromium trace between page marks gives every main-thread task`,
        );
      } finally {
        await browser.close();
        await server.close();
      }
    }

    log('4. corridor exposure');
    const places = readJsonFile<FeatureCollection<GeoJSON.Point, { id: string; kind: string }>>(
      join(REPO, 'data', 'places.geojson'),
    );
    const corridorPoints = places.features
      .filter((f) => ['seaport', 'border-crossing', 'dry-port'].includes(f.properties.kind))
      .map((f) => ({
        id: f.properties.id,
        lon: f.geometry.coordinates[0] ?? NaN,
        lat: f.geometry.coordinates[1] ?? NaN,
      }));
    figures.push(
      ...(await measureExposure(
        REPO,
        [
          { name: 'real', table: events },
          { name: 'synthetic', table: synthetic, sourceRow },
        ],
        { districtIds: geography.districtUnits.map((u) => u.id), provinceIds: geography.provinceIds },
        corridorPoints,
      )),
    );

    figures.push(...importFigures);
  } finally {
    rmSync(importDir, { recursive: true, force: true });
    if (importOnly) writeReport('import.json', started, chromium, figures, notes, details);
  }
  if (!importOnly) writeReport('latest.json', started, chromium, figures, notes, details);
}

function writeReport(
  name: string,
  started: number,
  chromium: string | null,
  figures: Figure[],
  notes: string[],
  details: Record<string, unknown>,
): void {
  const report: BenchReport = {
    startedAt: new Date(started).toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    machine: machineInfo(chromium),
    figures,
    notes,
    details,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, name), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatMachine(report.machine));
  console.log('');
  console.log(formatTable(figures));
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  console.log(`\n${report.durationSeconds.toFixed(0)} s; wrote bench/results/${name}`);
}

/** 5c: a 200 MiB file through the app's file input: time, longest main-thread task, memory peak. */
async function measureLargeImport(
  browser: Browser,
  origin: string,
  dir: string,
): Promise<{ figures: Figure[]; runs: BrowserImportRun[] }> {
  log(
    `5c. writing a ${LARGE_IMPORT_TARGET_BYTES / 2 ** 20} MiB CSV; ${LARGE_IMPORT_BROWSER_RUNS} imports in the app`,
  );
  const csv = await writeSyntheticCsv(join(dir, 'events-large.csv'), LARGE_IMPORT_TARGET_BYTES);
  try {
    const runs = await measureImportsInBrowser(browser, origin, csv, LARGE_IMPORT_BROWSER_RUNS);
    return { figures: browserImportFigures(runs, csv, undefined, '5c'), runs };
  } finally {
    rmSync(csv.path, { force: true });
  }
}

/** `--start-only`: the builds, then the loads (3a-3c) and the style layer by layer (3f); answers Chromium's version. */
async function measureStartOnly(figures: Figure[], details: Record<string, unknown>): Promise<string> {
  log('3. browser: building the app, the bare page and the style harness');
  await buildApp(REPO, join(RESULTS, 'app'));
  await buildBarePage(join(RESULTS, 'bare'));
  await buildStylePage(join(RESULTS, 'style'));
  const server = await serveStatic(RESULTS);
  const browser = await launch();
  try {
    await measureStart(browser, server.origin, figures, details);
    return browser.version();
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `--import-only`: the Node import (5a) and, unless --no-browser, the app's imports of 50 and 200 MiB (5b, 5c). */
async function measureImportsOnly(
  noBrowser: boolean,
  importDir: string,
  districts: DistrictCollection,
  figures: Figure[],
  notes: string[],
  details: Record<string, unknown>,
): Promise<void> {
  log(`5a. writing a ${IMPORT_TARGET_BYTES / 2 ** 20} MiB CSV and importing it in Node`);
  const importCsv = await writeSyntheticCsv(join(importDir, 'events.csv'), IMPORT_TARGET_BYTES);
  const nodeImport = await measureNodeImport(importCsv, districts);
  figures.push(...nodeImport.figures);
  notes.push(...nodeImport.notes);
  Object.assign(details, nodeImport.details);
  if (noBrowser) return;
  log('   building the app');
  await buildApp(REPO, join(RESULTS, 'app'));
  const server = await serveStatic(RESULTS);
  const browser = await launch();
  details['chromium'] = browser.version();
  try {
    log(`5b. ${IMPORT_BROWSER_RUNS} imports of the same file through the app's file input`);
    const importRuns = await measureImportsInBrowser(browser, server.origin, importCsv);
    figures.push(...browserImportFigures(importRuns, importCsv, nodeImport.figures[0]));
    details['import.browser'] = importRuns;
    const large = await measureLargeImport(browser, server.origin, importDir);
    figures.push(...large.figures);
    details['import.browser.large'] = large.runs;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
