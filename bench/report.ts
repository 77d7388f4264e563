/** The bench's results: one record per figure, printed as a table and written as JSON. */

/**
 * How the ratio reads: `speedup` = baseline ÷ value (higher is better, for timings against a slower
 * reference); `relative` = value ÷ baseline (lower is better, for the app against a bare page);
 * `difference` = value − baseline, in the figure's unit (what the app adds on top of the baseline).
 */
export type RatioKind = 'speedup' | 'relative' | 'difference';

export interface Figure {
  /** stable key, e.g. "1.assign.indexed" */
  id: string;
  label: string;
  unit: string;
  /** null when the figure could not be measured; `note` says why */
  value: number | null;
  /** spread of the runs behind `value` */
  min?: number;
  max?: number;
  runs: number;
  baseline?: { label: string; value: number | null; runs: number };
  ratioKind?: RatioKind;
  ratio?: number | null;
  goal?: { text: string; met: boolean | null };
  note?: string;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  platform: string;
  node: string;
  chromium: string | null;
}

export interface BenchReport {
  startedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  figures: Figure[];
  notes: string[];
  /** raw measurements behind the figures (per-run values, file lists) */
  details: Record<string, unknown>;
}

export function ratioOf(kind: RatioKind, value: number | null, baseline: number | null): number | null {
  if (value === null || baseline === null || !Number.isFinite(value) || !Number.isFinite(baseline))
    return null;
  if (kind === 'difference') return value - baseline;
  const [top, bottom] = kind === 'speedup' ? [baseline, value] : [value, baseline];
  return bottom === 0 ? null : top / bottom;
}

/** A figure with its ratio filled in from its baseline. */
export function compare(
  figure: Omit<Figure, 'ratio'>,
  /** `test` answers null when it cannot decide (e.g. it needs a ratio and there is none) */
  goal?: { text: string; test: (ratio: number | null, value: number) => boolean | null },
): Figure {
  const kind = figure.ratioKind ?? 'relative';
  const ratio = figure.baseline ? ratioOf(kind, figure.value, figure.baseline.value) : null;
  const met = goal && figure.value !== null ? goal.test(ratio, figure.value) : null;
  return { ...figure, ratio, ...(goal ? { goal: { text: goal.text, met } } : {}) };
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

export function formatRatio(
  kind: RatioKind | undefined,
  ratio: number | null | undefined,
  unit: string,
): string {
  if (ratio === null || ratio === undefined) return '–';
  if (kind === 'difference') return `${ratio >= 0 ? '+' : ''}${formatNumber(ratio)} ${unit}`;
  if (kind === 'speedup') return `${formatNumber(ratio)}× faster`;
  return `${formatNumber(ratio)}× of baseline`;
}

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => cell.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
}

export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'value', 'runs', 'baseline', 'ratio', 'goal'];
  const rows = figures.map((f) => [
    f.label,
    f.value === null ? 'n/a' : `${formatNumber(f.value)} ${f.unit}`,
    String(f.runs),
    f.baseline ? `${formatNumber(f.baseline.value)} ${f.unit} (${f.baseline.label})` : '',
    f.baseline ? formatRatio(f.ratioKind, f.ratio, f.unit) : '',
    f.goal ? `${f.goal.text} ${f.goal.met === null ? '?' : f.goal.met ? 'met' : 'NOT met'}` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const lines = [pad(header, widths), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const [i, row] of rows.entries()) {
    lines.push(pad(row, widths));
    const note = figures[i]?.note;
    if (note) lines.push(`    ${note}`);
  }
  return lines.join('\n');
}

export function formatMachine(machine: MachineInfo): string {
  return [
    `cores: ${machine.cpus} (${machine.cpuModel}), memory ${machine.memoryGiB.toFixed(1)} GiB, ${machine.platform}`,
    `node ${machine.node}, chromium ${machine.chromium ?? 'not started'}`,
  ].join('\n');
}
