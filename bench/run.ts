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
import type { Browser } from 'playwright-core';
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

const REPO = resolve(import.meta.dirname, '..');
const RESULTS = join(REPO, 'bench', 'results');
const SYNTHETIC_EVENTS = 100_000;
const LOAD_RUNS = 5;
const INTERACTION_WARMUP = 2;
const INTERACTION_RUNS = 9;
/** each takes about ten seconds: a cold load, the import, a trace */
const IMPORT_BROWSER_RUNS = 3;
/** the 200 MiB file takes half a minute an import: two runs */
const LARGE_IMPORT_BROWSER_RUNS = 2;
const KB = 1000;

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

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

interface PageFigures {
  figures: Figure[];
  details: Record<string, unknown>;
}

function spread(values: number[]) {
  const s = summarize(values);
  return { value: s.median, min: s.min, max: s.max, runs: s.runs };
}

async function measureLoads(browser: Browser, origin: string): Promise<PageFigures> {
  const app: LoadResult[] = [];
  const bare: LoadResult[] = [];
  // Alternate the pages so drift (thermal, other processes) hits both alike.
  for (let i = 0; i < LOAD_RUNS; i++) {
    for (const [name, list] of [
      ['app', app],
      ['bare', bare],
    ] as const) {
      const opened = await openToIdle(browser, `${origin}/${name}/index.html`);
      list.push(opened.load);
      if (opened.load.pageErrors.length) log(`  ${name}: page errors: ${opened.load.pageErrors.join('; ')}`);
      await opened.context.close();
    }
  }
  const first = (list: LoadResult[]) => median(list.map((l) => l.firstIdleMs));
  const settled = (list: LoadResult[]) => median(list.map((l) => l.settledIdleMs));
  // Sizes from the run closest to the median: every run fetches the same files.
  const sizesOf = (load: LoadResult, cutOff: number) =>
    sizeResources(load.resources, cutOff, origin, RESULTS);
  const appLoad = app[0] as LoadResult;
  const bareLoad = bare[0] as LoadResult;
  const appFirst = sizesOf(appLoad, appLoad.firstIdleMs);
  const appSettled = sizesOf(appLoad, appLoad.settledIdleMs);
  const bareFirst = sizesOf(bareLoad, bareLoad.firstIdleMs);
  const appJs = totalGzip(appFirst, 'js') / KB;
  const bareJs = totalGzip(bareFirst, 'js') / KB;
  const maplibreAlone =
    (gzipSize(readFileSync(join(REPO, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.mjs'))) +
      gzipSize(readFileSync(join(REPO, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl-worker.mjs')))) /
    KB;
  const list = (sizes: AssetSize[], kind: AssetSize['kind']) =>
    sizes
      .filter((s) => s.kind === kind)
      .map((s) => `${s.path.replace(`${RESULTS}/`, '')} ${(s.gzipBytes / KB).toFixed(1)}`)
      .join(', ');
  const longTasks = (loads: LoadResult[]) =>
    median(loads.map((l) => l.longTasks.filter((t) => t.start <= l.firstIdleMs).length));
  const figures: Figure[] = [
    compare(
      {
        id: '3a.first-idle',
        label: 'navigation → first map idle (app vs bare MapLibre)',
        unit: 'ms',
        ...spread(app.map((l) => l.firstIdleMs)),
        baseline: { label: 'bare page', value: first(bare), runs: bare.length },
        ratioKind: 'relative',
        note: `map created at (median) app ${median(app.map((l) => l.mapCreatedMs)).toFixed(0)} ms, bare ${median(bare.map((l) => l.mapCreatedMs)).toFixed(0)} ms after navigation; long tasks before first idle (median): app ${longTasks(app)}, bare ${longTasks(bare)}`,
      },
      { text: '≤ 1.25×', test: (ratio) => (ratio === null ? null : ratio <= 1.25) },
    ),
    compare({
      id: '3a.settled-idle',
      label: 'navigation → last idle once quiet (app: events loaded, choropleth drawn)',
      unit: 'ms',
      ...spread(app.map((l) => l.settledIdleMs)),
      baseline: { label: 'bare page', value: settled(bare), runs: bare.length },
      ratioKind: 'relative',
    }),
    compare(
      {
        id: '3b.js-gzip',
        label: 'JS loaded before first idle, gzip (incl. MapLibre worker)',
        unit: 'kB',
        value: appJs,
        runs: 1,
        baseline: { label: 'bare page JS', value: bareJs, runs: 1 },
        ratioKind: 'difference',
        note: `app: ${list(appFirst, 'js')}; bare: ${list(bareFirst, 'js')}; maplibre-gl.mjs + maplibre-gl-worker.mjs alone: ${maplibreAlone.toFixed(1)} kB`,
      },
      { text: 'adds ≤ 45 kB', test: (difference) => (difference === null ? null : difference <= 45) },
    ),
    compare(
      {
        id: '3c.data-gzip',
        label: 'data fetched before first idle, gzip',
        unit: 'kB',
        value: totalGzip(appFirst, 'data') / KB,
        runs: 1,
        baseline: { label: 'bare page data', value: totalGzip(bareFirst, 'data') / KB, runs: 1 },
        ratioKind: 'relative',
        note: `first idle: ${list(appFirst, 'data')}; by the settled idle also: ${
          list(
            appSettled.filter((s) => !appFirst.some((f) => f.path === s.path)),
            'data',
          ) || 'nothing'
        }`,
      },
      { text: '≤ 400 kB', test: (_ratio, value) => value <= 400 },
    ),
  ];
  return {
    figures,
    details: {
      loads: {
        app: app.map(({ resources: _resources, ...load }) => load),
        bare: bare.map(({ resources: _resources, ...load }) => load),
      },
      assets: {
        appFirstIdle: appFirst,
        appSettled,
        bareFirstIdle: bareFirst,
        maplibreAloneGzipKb: maplibreAlone,
      },
    },
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
    return { figures, details: { [`changes.${scale}`]: { harnessOverheadMs: overhead, samples } } };
  } finally {
    await context.close();
  }
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
    },
    allowPositionals: false,
  });
  const rawDir = resolve(values.raw ?? join(REPO, 'geo', 'raw'));
  const started = Date.now();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const details: Record<string, unknown> = {};

  const events = readJsonFile<EventTable>(join(REPO, 'data', 'events.json'));
  const districts = readJsonFile<DistrictCollection>(join(REPO, 'data', 'districts.geojson'));
  const provinces = readJsonFile<FeatureCollection<null, { id: string }>>(
    join(REPO, 'data', 'provinces.geojson'),
  );

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
    const geography = geographyOf(districts as never, provinces);
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
      const server = await serveStatic(RESULTS);
      const browser = await launch();
      chromium = browser.version();
      try {
        log(`   ${LOAD_RUNS} loads each of the app and the bare page`);
        const loads = await measureLoads(browser, server.origin);
        figures.push(...loads.figures);
        Object.assign(details, loads.details);
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
          `browser: ${LOAD_RUNS} cold loads per page (fresh context each), ${INTERACTION_RUNS} changes per kind after ${INTERACTION_WARMUP} warm-ups; synthetic events reach the app by answering its events.json request with the synthetic table (no app hook)`,
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
