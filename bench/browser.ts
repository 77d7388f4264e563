/**
 * Figure 3: the built app against the bare MapLibre page in Debian's Chromium. Everything is measured
 * from outside the app: an init script wraps the app's read-only `window.__atlas` probe to timestamp
 * each MapLibre `idle` and `render` and to ask the map what it shows, and counts the WebGL programs
 * linked; Resource Timing lists what was fetched, CDP `Performance.getMetrics` gives main-thread busy
 * time, CDP `Page.startScreencast` records the screen, /proc gives the browser's CPU time, and a
 * PerformanceObserver collects long tasks.
 */
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { LoadedResource } from './assets.ts';
import { cpuSpentMs, cpuTicks } from './cpu.ts';
import {
  isColouredAndLabelled,
  missingLayers,
  visuallyCompleteAt,
  type LayerView,
  type ScreenFrame,
} from './view.ts';

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

/** The part of MapLibre's map the probes use. */
interface ProbedMap {
  once(event: 'idle', listener: () => void): unknown;
  on(event: 'idle' | 'render', listener: () => void): unknown;
  getLayersOrder(): string[];
  getLayer(id: string): { type: string } | undefined;
  getLayoutProperty(id: string, name: string): unknown;
  queryRenderedFeatures(options: { layers: string[] }): {
    layer: { id: string; paint?: Record<string, unknown> };
  }[];
}

interface Probe {
  map: ProbedMap;
  idle: boolean;
  idleCount: number;
}

interface BenchWindow {
  __atlas?: Probe;
  /** when the page handed its map to the probe, i.e. the map was constructed */
  __benchMapCreated?: number;
  __benchIdleMarks: number[];
  /** what the map shows now (see view.ts); queried once the page is quiet, outside the measured time */
  __benchView?: () => LayerView[];
  __benchLastRender: number;
  __benchLongTasks: { start: number; duration: number }[];
  /** WebGL programs linked (shader programs MapLibre compiled) */
  __benchPrograms: number;
}

/** Runs in the page before any of its scripts. */
function installProbes(): void {
  const w = window as unknown as BenchWindow;
  const marks: number[] = [];
  w.__benchIdleMarks = marks;
  w.__benchLastRender = NaN;
  w.__benchLongTasks = [];
  w.__benchPrograms = 0;
  // Counting is all the wrapper does: no status query, which would wait for the link.
  const link = WebGL2RenderingContext.prototype.linkProgram;
  WebGL2RenderingContext.prototype.linkProgram = function (program: WebGLProgram) {
    w.__benchPrograms += 1;
    return link.call(this, program);
  };
  /**
   * What the map shows now: every visible layer, and for fills, circles and symbols their rendered
   * features and fill colours. Lines are listed, not queried: querying them costs far more than it tells.
   */
  const COUNTED = ['fill', 'circle', 'symbol'];
  const viewOf = (map: ProbedMap): LayerView[] => {
    const visible = map.getLayersOrder().flatMap((id) => {
      const type = map.getLayer(id)?.type;
      return type === undefined || type === 'background' || map.getLayoutProperty(id, 'visibility') === 'none'
        ? []
        : [{ id, type }];
    });
    const counted = new Map<string, { rendered: number; colours: Set<string> }>(
      visible.filter((l) => COUNTED.includes(l.type)).map((l) => [l.id, { rendered: 0, colours: new Set() }]),
    );
    for (const feature of map.queryRenderedFeatures({ layers: [...counted.keys()] })) {
      const entry = counted.get(feature.layer.id);
      if (!entry) continue;
      entry.rendered += 1;
      const colour = feature.layer.paint?.['fill-color'];
      if (colour !== undefined) entry.colours.add(String(colour));
    }
    return visible.map(({ id, type }) => {
      const entry = counted.get(id);
      if (!entry) return { id, type };
      return {
        id,
        type,
        rendered: entry.rendered,
        ...(type === 'fill' ? { colours: [...entry.colours].sort() } : {}),
      };
    });
  };
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
      value.map.on('render', () => (w.__benchLastRender = performance.now()));
      value.map.on('idle', () => marks.push(performance.now()));
      w.__benchView = () => viewOf(value.map);
    },
  });
}

export interface LoadResult {
  /** ms from navigation start to the construction of the map */
  mapCreatedMs: number;
  /** ms from navigation start to the first MapLibre idle */
  firstIdleMs: number;
  /**
   * ms from navigation start to the final view's idle: the last idle after which nothing was requested
   * and the map did not repaint for QUIET_MS (and, with `choroplethLayer`, the view was complete)
   */
  finalIdleMs: number;
  /** what the map showed once quiet */
  finalView: LayerView[];
  idles: number;
  /** ms from navigation start to the screen's final look (view.ts `visuallyCompleteAt`); null without screencast */
  visuallyCompleteMs: number | null;
  screenFrames: number;
  /** main-thread task time (CDP TaskDuration) from navigation until quiet, ms: less swayed by other processes than wall time */
  busyMs: number;
  /** CPU time of all the browser's processes (page, GPU, browser) over the same span, ms; null off Linux */
  cpuMs: number | null;
  /** WebGL programs linked by the page */
  programs: number;
  resources: LoadedResource[];
  longTasks: { start: number; duration: number }[];
  pageErrors: string[];
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  load: LoadResult;
}

export interface OpenOptions {
  /** record the screen with CDP `Page.startScreencast` for the visually-complete time */
  screencast?: boolean;
  /**
   * the page's choropleth layer: the load also waits until that layer is drawn in several colours and
   * names are placed (view.ts `isColouredAndLabelled`), so a pause before they arrive cannot end it
   */
  choroplethLayer?: string;
  /** layers the final view must show (view.ts `missingLayers`); the load waits for them too */
  defaultLayers?: readonly string[];
  /** stop at the first idle, without waiting for the page to go quiet (for pages whose first idle is final) */
  firstIdleOnly?: boolean;
}

const QUIET_MS = 1500;
const LOAD_TIMEOUT_MS = 60_000;
/** Screencast frames at half the viewport's size: the encoding runs in the browser process, not the page. */
const SCREENCAST = {
  format: 'jpeg' as const,
  quality: 70,
  maxWidth: VIEWPORT.width / 2,
  maxHeight: VIEWPORT.height / 2,
};

/**
 * Opens `url` in a fresh context (empty cache), waits for the first idle, then until nothing has been
 * requested, the map has not repainted and not gone idle again for QUIET_MS (the app loads its events
 * after the first paint and repaints the choropleth), and, with `choroplethLayer`, the view is coloured
 * and labelled.
 */
export async function openToIdle(
  browser: Browser,
  url: string,
  prepare?: (context: BrowserContext) => Promise<void>,
  options: OpenOptions = {},
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
  // Frames carry the compositor's wall-clock time in seconds; each must be acknowledged for the next.
  const frames: { at: number; data: string }[] = [];
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (options.screencast) {
    cdp.on('Page.screencastFrame', (frame) => {
      frames.push({ at: (frame.metadata.timestamp ?? NaN) * 1000, data: frame.data });
      void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
    });
    await cdp.send('Page.startScreencast', SCREENCAST);
  }
  const cpuBefore = cpuTicks();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__benchIdleMarks.length > 0, null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 50,
  });
  let state = '';
  let view: LayerView[] = [];
  let viewState = '';
  let missing: string[] = [];
  let coloured = true;
  const started = Date.now();
  for (;;) {
    const now = await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      return `${w.__benchIdleMarks.length} ${w.__benchLastRender}`;
    });
    if (now !== state) {
      state = now;
      touch();
    }
    if (options.firstIdleOnly || (inFlight === 0 && Date.now() - lastActivity >= QUIET_MS)) {
      // Quiet: look at what the map shows (once per quiet spell; the query itself draws nothing).
      if (viewState !== state) {
        view = await page.evaluate(() => (window as unknown as BenchWindow).__benchView?.() ?? []);
        viewState = state;
      }
      missing = missingLayers(view, options.defaultLayers ?? []);
      coloured =
        options.choroplethLayer === undefined || isColouredAndLabelled(view, options.choroplethLayer);
      if (coloured && missing.length === 0) break;
    }
    if (Date.now() - started > LOAD_TIMEOUT_MS)
      throw new Error(
        `${url} never settled${coloured ? '' : ' coloured and labelled'}${missing.length ? `; layers never shown: ${missing.join(', ')}` : ''}`,
      );
    await page.waitForTimeout(100);
  }
  const cpuAfter = cpuTicks();
  if (options.screencast) await cdp.send('Page.stopScreencast');
  const busyMs = (await taskSeconds(cdp)) * 1000;
  await cdp.detach();
  const measured = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    return {
      timeOrigin: performance.timeOrigin,
      mapCreated: w.__benchMapCreated ?? NaN,
      marks: [...w.__benchIdleMarks],
      programs: w.__benchPrograms,
      longTasks: [...w.__benchLongTasks],
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
    };
  });
  const screen: ScreenFrame[] = frames.map((f) => ({ at: f.at - measured.timeOrigin, data: f.data }));
  const load: LoadResult = {
    mapCreatedMs: measured.mapCreated,
    firstIdleMs: measured.marks[0] ?? NaN,
    finalIdleMs: measured.marks.at(-1) ?? NaN,
    finalView: view,
    idles: measured.marks.length,
    visuallyCompleteMs: options.screencast ? visuallyCompleteAt(screen) : null,
    busyMs,
    cpuMs: cpuBefore && cpuAfter ? cpuSpentMs(cpuBefore, cpuAfter) : null,
    screenFrames: screen.length,
    programs: measured.programs,
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

export interface PlayRecord {
  /** requestAnimationFrame times from the click on Play to its end, ms since navigation */
  frames: number[];
  /** when the year the slider shows changed, and to what */
  years: { at: number; year: string }[];
  startedAt: number;
  endedAt: number;
  longTasks: { start: number; duration: number }[];
}

/**
 * Presses the app's Play button and records every animation frame until Play stops by itself at the
 * last year (or `timeoutMs`). A frame the page could not produce (a long task, a slow MapLibre frame)
 * is a missing requestAnimationFrame callback.
 */
export async function recordPlay(page: Page, timeoutMs = 60_000): Promise<PlayRecord> {
  return page.evaluate(async (timeout) => {
    const w = window as unknown as BenchWindow;
    const button = document.querySelector<HTMLButtonElement>('button.play');
    const slider = document.querySelector<HTMLInputElement>('input[aria-label="Single year"]');
    if (!button || !slider) throw new Error('no Play button or year slider');
    const frames: number[] = [];
    const years: { at: number; year: string }[] = [];
    let shown = slider.value;
    let running = true;
    const tick = (at: number) => {
      frames.push(at);
      // The slider is re-read every frame: the Svelte component may have replaced it.
      const current = document.querySelector<HTMLInputElement>('input[aria-label="Single year"]')?.value;
      if (current !== undefined && current !== shown) {
        shown = current;
        years.push({ at, year: current });
      }
      if (running) requestAnimationFrame(tick);
    };
    const longTasksBefore = w.__benchLongTasks.length;
    const startedAt = performance.now();
    button.click();
    requestAnimationFrame(tick);
    const deadline = startedAt + timeout;
    await new Promise<void>((resolve) => {
      const check = () => {
        const playing = document.querySelector('button.play')?.getAttribute('aria-pressed') === 'true';
        if (!playing || performance.now() > deadline) resolve();
        else setTimeout(check, 100);
      };
      setTimeout(check, 100);
    });
    running = false;
    const endedAt = performance.now();
    if (document.querySelector('button.play')?.getAttribute('aria-pressed') === 'true') {
      (document.querySelector('button.play') as HTMLButtonElement).click();
      throw new Error(`Play did not finish within ${timeout} ms`);
    }
    return {
      frames,
      years,
      startedAt,
      endedAt,
      longTasks: w.__benchLongTasks.slice(longTasksBefore),
    };
  }, timeoutMs);
}
