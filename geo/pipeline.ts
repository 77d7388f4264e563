/**
 * Shared plumbing for the build-time pipeline: the error type every stage throws,
 * and the result shape each stage returns so the entry can write `data/` in one place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An input or output problem, always naming the file and, where there is one, the row/feature and field. */
export class PipelineError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly where?: { row?: number | string; feature?: string; field?: string },
  ) {
    const at = [
      where?.row !== undefined ? `row ${where.row}` : '',
      where?.feature !== undefined ? `feature ${where.feature}` : '',
      where?.field !== undefined ? `field "${where.field}"` : '',
    ]
      .filter(Boolean)
      .join(', ');
    super(`${file}${at ? ` (${at})` : ''}: ${detail}`);
    this.name = 'PipelineError';
  }
}

/** Where the raw inputs live: `geo` (boundaries, points, routes), `attacks`, `census` and `sources` folders. */
export interface RawDirs {
  /** folder with geo/, attacks/, census/ as in the shared raw data layout */
  raw: string;
  /** folder with the analysis articles and catalog.json */
  sources: string;
}

/** What one pipeline stage produces: files to write under `data/` and its section of `data/SOURCES.md`. */
export interface StageOutput {
  /** path relative to data/ -> file content */
  files: Record<string, string>;
  /** a Markdown section (starting with a `## ` heading) for data/SOURCES.md */
  sources: string;
}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new PipelineError(path, `cannot read file (${(error as Error).message})`);
  }
}

export function readJson<T = unknown>(path: string): T {
  const text = readText(path);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new PipelineError(path, `invalid JSON (${(error as Error).message})`);
  }
}

export function rawPath(dirs: RawDirs, ...parts: string[]): string {
  return join(dirs.raw, ...parts);
}

/** Compact, stable JSON for committed outputs: one feature per line keeps diffs readable. */
export function featureCollectionToJson(
  fc: { type: 'FeatureCollection'; features: unknown[] } & Record<string, unknown>,
): string {
  const { features, ...rest } = fc;
  const head = JSON.stringify(rest).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `${head}${head.length > 1 ? ',' : ''}"features":[\n${body}\n]}\n`;
}
