/**
 * Figure 5b: the same ~50 MB CSV opened through the built app's file input, as a user would. The
 * import runs in the app's worker; what the page must keep is a responsive main thread. Measured from
 * outside the app: an init script counts the worker's progress messages (a wrapped `Worker`), page
 * marks time the choice of the file and the result's appearance, and a Chromium trace between those
 * marks gives every main-thread task, so the longest is known even when it stays under the 50 ms at
 * which the long-task observer starts reporting.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openToIdle } from './browser.ts';
import { MemorySampler, type MemoryPeak } from './memory.ts';
import { compare, type Figure } from './report.ts';
import { median, summarize } from './stats.ts';

export const IMPORT_INPUT = 'input[name="import-file"]';
/** the goal: no main-thread task longer than this while a file is read ("does not freeze") */
export const FREEZE_MS = 50;
const MARKS = {
  chosen: 'atlas-bench:import-chosen',
  shown: 'atlas-bench:import-shown',
  settled: 'atlas-bench:import-settled',
};
/** long enough for the 200 MiB file on a busy machine */
const IMPORT_TIMEOUT_MS = 600_000;
/** the import worker's messages that carry the finished result (see src/lib/import/result-transfer.ts) */
const RESULT_MESSAGE_TYPES = new Set(['done']);
/** after the result shows, the app switches the map to the imported events: wait for its idle */
const SETTLE_TIMEOUT_MS = 10_000;
/**
 * `disabled-by-default-devtools.timeline` holds every thread's top-level `RunTask` events (what
 * DevTools draws as tasks); `blink.user_timing` carries the page's marks, which also name the main
 * thread. Nothing finer is recorded, to keep the trace's own cost down.
 */
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** µs */
  ts: number;
  /** µs, complete ('X') events only */
  dur?: number;
  cat?: string;
}

/** The first event of that name in the trace (a page mark), or null. */
export function findMark(events: readonly TraceEvent[], name: string): TraceEvent | null {
  return events.find((event) => event.name === name) ?? null;
}

export interface TraceSpan {
  /** µs */
  start: number;
  /** µs */
  end: number;
}

/**
 * Complete events of one name on one thread that overlap [fromUs, toUs], outermost only: a `RunTask`
 * inside another is work run within that task, not a task of its own.
 */
export function outermostSpans(
  events: readonly TraceEvent[],
  name: string,
  thread: { pid: number; tid: number },
  fromUs: number,
  toUs: number,
): TraceSpan[] {
  const matching = events
    .filter(
      (e) =>
        e.name === name &&
        e.ph === 'X' &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts);
  const spans: TraceSpan[] = [];
  let openUntil = -Infinity;
  for (const event of matching) {
    const end = event.ts + (event.dur ?? 0);
    if (event.ts < openUntil) continue;
    openUntil = end;
    if (end >= fromUs && event.ts <= toUs) spans.push({ start: event.ts, end });
  }
  return spans;
}

export interface TaskWindowStats {
  /** top-level tasks overlapping the window */
  tasks: number;
  longestMs: number;
  /** tasks of more than FREEZE_MS */
  overFreeze: number;
  /** the tasks' time inside the window */
  busyMs: number;
  windowMs: number;
}

export function taskWindowStats(tasks: readonly TraceSpan[], fromUs: number, toUs: number): TaskWindowStats {
  let longestUs = 0;
  let overFreeze = 0;
  let busyUs = 0;
  for (const task of tasks) {
    const duration = task.end - task.start;
    longestUs = Math.max(longestUs, duration);
    if (duration > FREEZE_MS * 1000) overFreeze++;
    busyUs += Math.max(0, Math.min(task.end, toUs) - Math.max(task.start, fromUs));
  }
  return {
    tasks: tasks.length,
    longestMs: longestUs / 1000,
    overFreeze,
    busyMs: busyUs / 1000,
    windowMs: Math.max(0, toUs - fromUs) / 1000,
  };
}

export interface ImportTaskStats {
  /** file chosen → result in the DOM: every main-thread task */
  reading: TaskWindowStats;
  /** file chosen → the start of the task that brought the result: the worker streaming the file */
  streaming: TaskWindowStats;
  /** the task in which the result arrived and was shown (null if the mark lay between tasks) */
  handOverMs: number | null;
  /** tasks started after the result showed, until the map's next idle */
  settling: TaskWindowStats;
}

/**
 * Main-thread tasks around an import, from a trace holding the page's three marks (chosen, shown,
 * settled); the marks' thread is the page's main thread. Null when a mark is missing.
 */
export function analyseImportTrace(
  events: readonly TraceEvent[],
  marks: { chosen: string; shown: string; settled: string },
): ImportTaskStats | null {
  const chosen = findMark(events, marks.chosen);
  const shown = findMark(events, marks.shown);
  const settled = findMark(events, marks.settled);
  if (!chosen || !shown || !settled) return null;
  const thread = { pid: chosen.pid, tid: chosen.tid };
  const reading = outermostSpans(events, 'RunTask', thread, chosen.ts, shown.ts);
  const handOverTask = reading.find((task) => task.start <= shown.ts && shown.ts <= task.end) ?? null;
  const streamingEnd = handOverTask?.start ?? shown.ts;
  const streaming = reading.filter((task) => task.end <= streamingEnd);
  const settling = outermostSpans(events, 'RunTask', thread, shown.ts, settled.ts).filter(
    (task) => task.start >= shown.ts,
  );
  return {
    reading: taskWindowStats(reading, chosen.ts, shown.ts),
    streaming: taskWindowStats(streaming, chosen.ts, streamingEnd),
    handOverMs: handOverTask ? (handOverTask.end - handOverTask.start) / 1000 : null,
    settling: taskWindowStats(settling, shown.ts, settled.ts),
  };
}

interface WorkerMessageSeen {
  worker: string;
  type: string;
  at: number;
  /** the first read of `data`, which is when the browser decodes the structured clone */
  decodeMs: number;
}

interface ImportWindow {
  __benchWorkerMessages: WorkerMessageSeen[];
  __benchImport?: {
    chosenAt: number | null;
    shownAt: number | null;
    settledAt: number | null;
    progressTexts: string[];
    resultText: string;
  };
  __benchLongTasks: { start: number; duration: number }[];
  __atlas?: { map: { once(event: 'idle', listener: () => void): unknown } };
}

/**
 * Runs in the page before its scripts: every worker the page starts reports its messages' types
 * (MapLibre's workers too; they are told apart by script URL).
 */
function wrapWorker(): void {
  const w = window as unknown as ImportWindow;
  w.__benchWorkerMessages = [];
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const worker = String(url);
      // Added before the page's own handler, so this listener is the first to read `data`.
      this.addEventListener('message', (event: MessageEvent<{ type?: unknown } | null>) => {
        const at = performance.now();
        const type = event.data?.type;
        w.__benchWorkerMessages.push({
          worker,
          type: typeof type === 'string' ? type : '?',
          at,
          decodeMs: performance.now() - at,
        });
      });
    }
  };
}

/** Runs in the page once the input exists: marks the file's choice, the result and the next idle. */
function watchImport(marks: { chosen: string; shown: string; settled: string; settleTimeout: number }): void {
  const w = window as unknown as ImportWindow;
  const state = {
    chosenAt: null as number | null,
    shownAt: null as number | null,
    settledAt: null as number | null,
    progressTexts: [] as string[],
    resultText: '',
  };
  w.__benchImport = state;
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLInputElement | null)?.name !== 'import-file' || state.chosenAt !== null)
        return;
      performance.mark(marks.chosen);
      state.chosenAt = performance.now();
    },
    { capture: true },
  );
  const settle = () => {
    performance.mark(marks.settled);
    state.settledAt = performance.now();
  };
  const observer = new MutationObserver(() => {
    const progress = document.querySelector('.import .progress span')?.textContent ?? null;
    if (progress !== null && progress !== state.progressTexts.at(-1)) state.progressTexts.push(progress);
    const result = document.querySelector('.import .result')?.textContent ?? '';
    if (state.shownAt === null && result.includes('valid of')) {
      performance.mark(marks.shown);
      state.shownAt = performance.now();
      state.resultText = result.replace(/\s+/g, ' ').trim();
      observer.disconnect();
      const timer = setTimeout(settle, marks.settleTimeout);
      w.__atlas?.map.once('idle', () => {
        clearTimeout(timer);
        settle();
      });
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}

export interface BrowserImportRun {
  /** change event → result in the DOM, ms */
  toResultMs: number;
  /** result in the DOM → the map's next idle (the app showing the imported events), ms; null if none */
  toSettledMs: number | null;
  /** progress messages the page received from the import worker */
  progressMessages: number;
  /** change event → the first progress message, ms: how long the panel stays at 0 % */
  firstProgressMs: number | null;
  /**
   * decoding the message that carries the result (a structured clone, its buffers transferred)
   * on the main thread, all together; null when none was seen
   */
  resultDecodeMs: number | null;
  /** the slowest of those decodes, ms */
  longestResultDecodeMs: number | null;
  /** how many messages carried the result */
  resultMessages: number;
  /** distinct progress lines the panel rendered (its initial 0 % included) */
  progressRendered: number;
  resultText: string;
  /** null when the trace lacked the page's marks */
  tasks: ImportTaskStats | null;
  /** what the long-task observer (tasks over 50 ms) saw from the change to the settled idle */
  longTasksObserved: { start: number; duration: number }[];
  /** Playwright's setInputFiles call, wall clock: handing the file to the page */
  setInputFilesMs: number;
  /** PSS of every browser process from the choice of the file to the map's idle; null off Linux */
  memory: MemoryPeak | null;
  pageErrors: string[];
}

async function traceImport(
  browser: Browser,
  page: Page,
  csvPath: string,
): Promise<{ trace: TraceEvent[]; setInputFilesMs: number; memory: MemoryPeak | null }> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false });
  let failure: unknown = null;
  let setInputFilesMs = NaN;
  const sampler = new MemorySampler();
  let memory: MemoryPeak | null = null;
  try {
    sampler.start();
    const started = Date.now();
    await page.setInputFiles(IMPORT_INPUT, csvPath);
    setInputFilesMs = Date.now() - started;
    await page.waitForFunction(
      () => (window as unknown as ImportWindow).__benchImport?.settledAt != null,
      null,
      { timeout: IMPORT_TIMEOUT_MS, polling: 200 },
    );
  } catch (error) {
    failure = error;
  }
  memory = sampler.stop();
  // Tracing is stopped whatever happened, or the next start would fail.
  const buffer = await browser.stopTracing();
  if (failure !== null) throw failure;
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return { trace: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), setInputFilesMs, memory };
}

/** One import in a fresh context: load the app to its settled idle, choose the file, wait for the map. */
export async function measureBrowserImport(
  browser: Browser,
  appUrl: string,
  csvPath: string,
): Promise<BrowserImportRun> {
  const opened = await openToIdle(browser, appUrl, async (context: BrowserContext) => {
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(wrapWorker);
  });
  const { page, context, load } = opened;
  try {
    await page.waitForSelector(IMPORT_INPUT, { state: 'attached', timeout: 30_000 });
    await page.evaluate(watchImport, { ...MARKS, settleTimeout: SETTLE_TIMEOUT_MS });
    const { trace, setInputFilesMs, memory } = await traceImport(browser, page, csvPath);
    const measured = await page.evaluate(() => {
      const w = window as unknown as ImportWindow;
      return {
        state: w.__benchImport,
        messages: [...w.__benchWorkerMessages],
        longTasks: [...w.__benchLongTasks],
      };
    });
    const state = measured.state;
    if (!state || state.chosenAt === null || state.shownAt === null)
      throw new Error('the import result never appeared');
    const chosenAt = state.chosenAt;
    const settledAt = state.settledAt ?? Infinity;
    const fromImporter = measured.messages.filter((m) => m.at >= chosenAt && /import/i.test(m.worker));
    const firstProgress = fromImporter.find((m) => m.type === 'progress');
    const resultMessages = fromImporter.filter((m) => RESULT_MESSAGE_TYPES.has(m.type));
    return {
      toResultMs: state.shownAt - chosenAt,
      toSettledMs: state.settledAt === null ? null : state.settledAt - state.shownAt,
      progressMessages: fromImporter.filter((m) => m.type === 'progress').length,
      firstProgressMs: firstProgress === undefined ? null : firstProgress.at - chosenAt,
      resultDecodeMs: resultMessages.length ? resultMessages.reduce((sum, m) => sum + m.decodeMs, 0) : null,
      longestResultDecodeMs: resultMessages.length
        ? Math.max(...resultMessages.map((m) => m.decodeMs))
        : null,
      resultMessages: resultMessages.length,
      progressRendered: state.progressTexts.length,
      resultText: state.resultText,
      tasks: analyseImportTrace(trace, MARKS),
      longTasksObserved: measured.longTasks.filter(
        (t) => t.start + t.duration >= chosenAt && t.start <= settledAt,
      ),
      setInputFilesMs,
      memory,
      pageErrors: [...load.pageErrors],
    };
  } finally {
    await context.close();
  }
}

function spreadOf(values: readonly number[]) {
  const s = summarize(values);
  return { value: s.median, min: s.min, max: s.max, runs: s.runs };
}

function medianOf(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return known.length ? median(known) : null;
}

function ms(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(0)} ms`;
}

/** the goal for memory: the browser grows by less than this many times the file's size while it imports */
export const MEMORY_FILE_RATIO = 4;

/**
 * Figures 5b from the runs; `nodeImport` (5a, cache on, in seconds) is the same work without a page.
 * `prefix` tells the 50 MB file's figures (5b) from the 200 MB one's (5c).
 */
export function browserImportFigures(
  runs: readonly BrowserImportRun[],
  file: { bytes: number; rows: number },
  nodeImport: Figure | undefined,
  prefix = '5b',
): Figure[] {
  if (runs.length === 0) return [];
  const megabytes = (file.bytes / 1024 / 1024).toFixed(0);
  const traced = runs.map((r) => r.tasks).filter((t): t is ImportTaskStats => t !== null);
  const errors = runs.flatMap((r) => r.pageErrors);
  const toResult = spreadOf(runs.map((r) => r.toResultMs));
  const progress = spreadOf(runs.map((r) => r.progressMessages));
  const observed = runs.map((r) => r.longTasksObserved.length);
  const longest = traced.length ? spreadOf(traced.map((t) => t.reading.longestMs)) : null;
  return [
    compare({
      id: `${prefix}.import.to-result`,
      label: `import ${megabytes} MiB CSV in the app: file chosen → result shown`,
      unit: 'ms',
      ...toResult,
      ...(nodeImport?.value != null
        ? {
            baseline: {
              label: 'same import in Node, cache on',
              value: nodeImport.value * 1000,
              runs: nodeImport.runs,
            },
          }
        : {}),
      ratioKind: 'relative',
      note: `the panel's "… valid of …" line: loading the importer, starting the worker, fetching and indexing the districts, streaming the file, handing the table back; then ${ms(medianOf(runs.map((r) => r.toSettledMs)))} to the map's idle with the imported events; "${runs[0]?.resultText ?? ''}"${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
    }),
    compare({
      id: `${prefix}.import.progress`,
      label: `import ${megabytes} MiB CSV in the app: progress updates`,
      unit: 'updates',
      ...progress,
      note: `progress messages from the import worker between choosing the file and the result (at most one per 100 ms of reading); the first ${ms(medianOf(runs.map((r) => r.firstProgressMs)))} after the choice (loading the importer, starting the worker, indexing the districts); progress lines the panel rendered per run: ${runs.map((r) => r.progressRendered).join(', ')}`,
    }),
    compare(
      {
        id: `${prefix}.import.longest-task`,
        label: `import ${megabytes} MiB CSV in the app: longest main-thread task, file chosen → result shown`,
        unit: 'ms',
        ...(longest ?? { value: null, runs: 0 }),
        note: traced.length
          ? `Chromium trace (top-level RunTask on the page's main thread). While the worker streamed: longest ${ms(medianOf(traced.map((t) => t.streaming.longestMs)))}, ${medianOf(traced.map((t) => t.streaming.tasks))} tasks busy ${ms(medianOf(traced.map((t) => t.streaming.busyMs)))} of ${ms(medianOf(traced.map((t) => t.streaming.windowMs)))}; the task that showed the result: ${ms(medianOf(traced.map((t) => t.handOverMs)))}; the result came in ${medianOf(runs.map((r) => r.resultMessages))} message(s) (its columns transferred) whose structured clone took ${ms(medianOf(runs.map((r) => r.resultDecodeMs)))} decoding in all, the slowest ${ms(medianOf(runs.map((r) => r.longestResultDecodeMs)))}; after it, until the map's idle: longest ${ms(medianOf(traced.map((t) => t.settling.longestMs)))}; long-task observer, tasks over 50 ms from the choice to the idle: ${observed.join(', ')} per run`
          : 'the trace lacked the page marks: no task figures',
      },
      { text: `≤ ${FREEZE_MS} ms`, test: (_ratio, value) => value <= FREEZE_MS },
    ),
    ...memoryFigure(runs, file, megabytes, prefix),
  ];
}

function memoryFigure(
  runs: readonly BrowserImportRun[],
  file: { bytes: number },
  megabytes: string,
  prefix: string,
): Figure[] {
  const measured = runs.map((r) => r.memory).filter((m): m is MemoryPeak => m !== null);
  if (measured.length === 0) return [];
  const MIB = 1024 * 1024;
  const growth = spreadOf(measured.map((m) => (m.peakBytes - m.baselineBytes) / MIB));
  const limit = (MEMORY_FILE_RATIO * file.bytes) / MIB;
  return [
    compare(
      {
        id: `${prefix}.import.memory`,
        label: `import ${megabytes} MiB CSV in the app: memory peak above the page at rest`,
        unit: 'MiB',
        ...growth,
        note: `PSS of all browser processes (page, its workers, GPU, browser) sampled every 50 ms from the choice of the file to the map's idle, minus the same just before; the Chromium trace recorded meanwhile is included. Peak in all: ${medianOf(measured.map((m) => m.peakBytes / MIB))?.toFixed(0)} MiB, at rest ${medianOf(measured.map((m) => m.baselineBytes / MIB))?.toFixed(0)} MiB; ${(growth.value / (file.bytes / MIB)).toFixed(2)}× the file`,
      },
      {
        text: `< ${MEMORY_FILE_RATIO}× the file (${limit.toFixed(0)} MiB)`,
        test: (_ratio, value) => value < limit,
      },
    ),
  ];
}
