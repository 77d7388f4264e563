import { describe, expect, it } from 'vitest';
import {
  analyseImportTrace,
  browserImportFigures,
  outermostSpans,
  taskWindowStats,
  type BrowserImportRun,
  type TraceEvent,
} from './import-browser.ts';

const MAIN = { pid: 1, tid: 1 };
const MARKS = { chosen: 'chosen', shown: 'shown', settled: 'settled' };

/** A complete event on the main thread; times in ms, stored in µs as traces do. */
function task(startMs: number, durationMs: number, name = 'RunTask', thread = MAIN): TraceEvent {
  return { name, ph: 'X', ...thread, ts: startMs * 1000, dur: durationMs * 1000 };
}

function mark(name: string, atMs: number): TraceEvent {
  return { name, ph: 'I', ...MAIN, ts: atMs * 1000, cat: 'blink.user_timing' };
}

describe('outermostSpans', () => {
  it('keeps tasks of the thread that overlap the window, not tasks nested in them', () => {
    const events = [
      task(0, 5),
      task(10, 20),
      task(12, 3), // nested in the task at 10
      task(40, 2, 'RunTask', { pid: 1, tid: 2 }), // another thread
      task(50, 4),
      task(100, 1), // after the window
      { ...task(60, 1), ph: 'B' }, // not a complete event
    ];
    expect(outermostSpans(events, 'RunTask', MAIN, 3000, 60000)).toEqual([
      { start: 0, end: 5000 },
      { start: 10000, end: 30000 },
      { start: 50000, end: 54000 },
    ]);
  });
});

describe('taskWindowStats', () => {
  it('gives the longest task, those over 50 ms, and the busy time clipped to the window', () => {
    const spans = [
      { start: 0, end: 10_000 },
      { start: 20_000, end: 80_000 },
      { start: 90_000, end: 140_000 }, // exactly 50 ms: not over
    ];
    expect(taskWindowStats(spans, 5_000, 120_000)).toEqual({
      tasks: 3,
      longestMs: 60,
      overFreeze: 1,
      busyMs: 5 + 60 + 30,
      windowMs: 115,
    });
  });

  it('is all zeros for no tasks', () => {
    expect(taskWindowStats([], 0, 0)).toEqual({
      tasks: 0,
      longestMs: 0,
      overFreeze: 0,
      busyMs: 0,
      windowMs: 0,
    });
  });
});

describe('analyseImportTrace', () => {
  const trace = [
    task(0, 4), // holds the change event
    mark('chosen', 1),
    task(10, 8),
    task(30, 12),
    task(50, 300), // the result arrives and is shown in this task
    mark('shown', 340),
    task(360, 70), // a map frame after the result
    mark('settled', 500),
    task(600, 900), // after the idle: not counted
  ];

  it('splits the import into streaming, the hand-over task and the settling after it', () => {
    const stats = analyseImportTrace(trace, MARKS);
    expect(stats?.reading).toMatchObject({ tasks: 4, longestMs: 300, overFreeze: 1 });
    expect(stats?.streaming).toMatchObject({ tasks: 3, longestMs: 12, overFreeze: 0, windowMs: 49 });
    expect(stats?.handOverMs).toBe(300);
    expect(stats?.settling).toMatchObject({ tasks: 1, longestMs: 70, overFreeze: 1 });
  });

  it('takes the main thread from the marks, ignoring other threads', () => {
    const other = { pid: 2, tid: 7 };
    const stats = analyseImportTrace([...trace, task(20, 999, 'RunTask', other)], MARKS);
    expect(stats?.reading.longestMs).toBe(300);
  });

  it('is null when a mark is missing', () => {
    expect(
      analyseImportTrace(
        trace.filter((e) => e.name !== 'settled'),
        MARKS,
      ),
    ).toBeNull();
  });
});

function run(overrides: Partial<BrowserImportRun> = {}): BrowserImportRun {
  return {
    toResultMs: 2000,
    toSettledMs: 30,
    progressMessages: 12,
    firstProgressMs: 400,
    resultDecodeMs: 250,
    longestResultDecodeMs: 20,
    resultMessages: 18,
    progressRendered: 13,
    resultText: 'events.csv: 10 valid of 10 rows',
    tasks: {
      reading: { tasks: 100, longestMs: 40, overFreeze: 0, busyMs: 120, windowMs: 2000 },
      streaming: { tasks: 99, longestMs: 12, overFreeze: 0, busyMs: 80, windowMs: 1960 },
      handOverMs: 40,
      settling: { tasks: 2, longestMs: 20, overFreeze: 0, busyMs: 25, windowMs: 30 },
    },
    longTasksObserved: [],
    setInputFilesMs: 5,
    memory: { baselineBytes: 300 * 2 ** 20, peakBytes: 400 * 2 ** 20, samples: 40 },
    pageErrors: [],
    ...overrides,
  };
}

describe('browserImportFigures', () => {
  const file = { bytes: 50 * 1024 * 1024, rows: 1000 };
  const nodeImport = { id: '5a.import.cached', label: '', unit: 's', value: 1.6, runs: 3 };

  it('gives the time to the result against Node, the progress updates and the longest task', () => {
    const [toResult, progress, longest] = browserImportFigures(
      [run(), run({ toResultMs: 2400 }), run({ toResultMs: 1800 })],
      file,
      nodeImport,
    );
    expect(toResult).toMatchObject({ value: 2000, runs: 3, baseline: { value: 1600 }, ratio: 1.25 });
    expect(progress).toMatchObject({ value: 12, runs: 3 });
    expect(longest).toMatchObject({ value: 40, goal: { met: true } });
    expect(longest?.note).toContain('18 message(s)');
    expect(longest?.note).toContain('250 ms decoding in all, the slowest 20 ms');
  });

  it('misses the goal when a task is over 50 ms, and leaves the figure empty without a trace', () => {
    const slow = run();
    const tasks = slow.tasks as NonNullable<BrowserImportRun['tasks']>;
    const over = browserImportFigures(
      [run({ tasks: { ...tasks, reading: { ...tasks.reading, longestMs: 51 } } })],
      file,
      undefined,
    );
    expect(over[2]?.goal?.met).toBe(false);
    expect(over[0]?.baseline).toBeUndefined();
    const untraced = browserImportFigures([run({ tasks: null })], file, undefined);
    expect(untraced[2]).toMatchObject({ value: null, goal: { met: null } });
  });

  it('gives the memory peak above the page at rest against four times the file, under its own prefix', () => {
    const figures = browserImportFigures([run()], file, undefined, '5c');
    expect(figures.map((f) => f.id)).toEqual([
      '5c.import.to-result',
      '5c.import.progress',
      '5c.import.longest-task',
      '5c.import.memory',
    ]);
    expect(figures[3]).toMatchObject({ value: 100, unit: 'MiB', goal: { met: true } });
    const greedy = browserImportFigures(
      [run({ memory: { baselineBytes: 0, peakBytes: 201 * 2 ** 20, samples: 1 } })],
      file,
      undefined,
    );
    expect(greedy[3]?.goal?.met).toBe(false);
    expect(browserImportFigures([run({ memory: null })], file, undefined)).toHaveLength(3);
  });

  it('gives nothing for no runs', () => {
    expect(browserImportFigures([], file, nodeImport)).toEqual([]);
  });
});
