/**
 * Figure 3: the built app against the bare MapLibre page in Debian's Chromium. Everything is measured
 * from outside the app: an init script wraps the app's read-only `window.__atlas` probe to timestamp
 * each MapLibre `idle`, Resource Timing lists what was fetched, CDP `Performance.getMetrics` gives
 * main-thread busy time, and a PerformanceObserver collects long tasks.
 */
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { LoadedResource } from './assets.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/** The app as `vite build` makes it, with the repository's own config, into a folder the bench owns. */
export async function buildApp(repoRoot: string, outDir: string): Promise<void> {
  await build({ root: repoRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` with Vite's preview server on a free 127.0.0.1 port. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const server = await preview({
    root: dirname(dir),
    configFile: false,
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

interface Probe {
  map: { once(event: 'idle', listener: () => void): unknown };
  idle: boolean;
  idleCount: number;
}

interface BenchWindow {
  __atlas?: Probe;
  /** when the page handed its map to the probe, i.e. the map was constructed */
  __benchMapCreated?: number;
  __benchIdleMarks: number[];
  __benchLongTasks: { start: number; duration: number }[];
}

/** Runs in the page before any of its scripts. */
function installProbes(): void {
  const w = window as unknown as BenchWindow;
  const marks: number[] = [];
  w.__benchIdleMarks = marks;
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task support: the figure says "0 long tasks" only where the observer ran
  }
  let probe: Probe | undefined;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => probe,
    set: (value: Probe) => {
      probe = value;
      w.__benchMapCreated = performance.now();
      let count = value.idleCount;
      Object.defineProperty(value, 'idleCount', {
        configurable: true,
        enumerable: true,
        get: () => count,
        set: (next: number) => {
          count = next;
          marks.push(performance.now());
        },
      });
    },
  });
}

export interface LoadResult {
  /** ms from navigation start to the construction of the map */
  mapCreatedMs: number;
  /** ms from navigation start to the first MapLibre idle */
  firstIdleMs: number;
  /** ms from navigation start to the last idle once the network and the map have been quiet a while */
  settledIdleMs: number;
  resources: LoadedResource[];
  longTasks: { start: number; duration: number }[];
  pageErrors: string[];
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  load: LoadResult;
}

const QUIET_MS = 1500;
const LOAD_TIMEOUT_MS = 60_000;

/**
 * Opens `url` in a fresh context (empty cache), waits for the first idle, then until nothing has been
 * requested and the map has not gone idle again for QUIET_MS (the app loads its events after the
 * first paint and repaints the choropleth).
 */
export async function openToIdle(
  browser: Browser,
  url: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<OpenedPage> {
  // The service worker's precache (after the first idle) would load the whole of data/ into the measured
  // window; the bare page has none, so both are measured without it.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  if (prepare) await prepare(context);
  // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper that
  // exists only in Node; functions shipped into the page need a stand-in.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let inFlight = 0;
  let lastActivity = Date.now();
  const touch = () => (lastActivity = Date.now());
  // Resource Timing misses what MapLibre's worker fetches; the context sees every request, on the wall clock.
  const requested: { url: string; at: number }[] = [];
  context.on('request', (request) => {
    inFlight += 1;
    requested.push({ url: request.url(), at: Date.now() });
    touch();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    touch();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__benchIdleMarks.length > 0, null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 50,
  });
  let marks = 0;
  const started = Date.now();
  for (;;) {
    const count = await page.evaluate(() => (window as unknown as BenchWindow).__benchIdleMarks.length);
    if (count !== marks) {
      marks = count;
      touch();
    }
    if (inFlight === 0 && Date.now() - lastActivity >= QUIET_MS) break;
    if (Date.now() - started > LOAD_TIMEOUT_MS) throw new Error(`${url} never settled`);
    await page.waitForTimeout(100);
  }
  const measured = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    return {
      timeOrigin: performance.timeOrigin,
      mapCreated: w.__benchMapCreated ?? NaN,
      marks: [...w.__benchIdleMarks],
      longTasks: [...w.__benchLongTasks],
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
    };
  });
  const load: LoadResult = {
    mapCreatedMs: measured.mapCreated,
    firstIdleMs: measured.marks[0] ?? NaN,
    settledIdleMs: measured.marks.at(-1) ?? NaN,
    resources: [
      ...measured.resources,
      ...requested.map(({ url, at }) => ({ url, startTime: at - measured.timeOrigin })),
    ],
    longTasks: measured.longTasks,
    pageErrors,
  };
  return { context, page, load };
}

export interface InteractionSample {
  /** change event dispatched until the app's synchronous update (Svelte flush, aggregate, feature-state) is done */
  updateMs: number;
  /** from the change to the map's next idle, wall clock; null when the map did not repaint */
  toIdleMs: number | null;
  /** main-thread task time (CDP TaskDuration) from before the change to the idle */
  busyMs: number;
  longTasks: number;
}

export type Interaction =
  | { kind: 'value'; selector: string; value: string }
  | { kind: 'checked'; selector: string; checked: boolean };

async function taskSeconds(cdp: import('playwright-core').CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/** Changes one control as a user would (value or checkbox, then a bubbling `change`) and times it. */
export async function measureInteraction(
  page: Page,
  cdp: import('playwright-core').CDPSession,
  interaction: Interaction,
): Promise<InteractionSample> {
  const before = await taskSeconds(cdp);
  const sample = await page.evaluate(async (change) => {
    const w = window as unknown as BenchWindow;
    const probe = w.__atlas;
    const input = document.querySelector<HTMLInputElement>(change.selector);
    if (!probe || !input) throw new Error(`no probe or no ${change.selector}`);
    const longTasksBefore = w.__benchLongTasks.length;
    // Listen before the change: MapLibre may repaint and go idle within the very next frame.
    const idle = new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 3000);
      probe.map.once('idle', () => {
        clearTimeout(timer);
        resolve(performance.now());
      });
    });
    const start = performance.now();
    if (change.kind === 'value') input.value = change.value;
    else input.checked = change.checked;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // A new task starts only after Svelte's microtask flush has run every effect.
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    const updated = performance.now();
    const idleAt = await idle;
    // Long-task entries arrive asynchronously; give the observer one more task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return {
      updateMs: updated - start,
      toIdleMs: idleAt === null ? null : idleAt - start,
      longTasks: w.__benchLongTasks.length - longTasksBefore,
    };
  }, interaction);
  const after = await taskSeconds(cdp);
  return { ...sample, busyMs: (after - before) * 1000 };
}

/** The same page round trip with no change: what the harness itself costs in main-thread time. */
export async function measureHarnessOverhead(
  page: Page,
  cdp: import('playwright-core').CDPSession,
): Promise<number> {
  const before = await taskSeconds(cdp);
  await page.evaluate(async () => {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  });
  return ((await taskSeconds(cdp)) - before) * 1000;
}
