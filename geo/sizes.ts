/**
 * The "Sizes of the first view" section of data/SOURCES.md: the files the map waits for (`first-view`
 * in the app's data manifest), measured as written, after every stage has added its properties.
 */
import { gzipSync } from 'node:zlib';
import { dataPath, filesLoadedAt } from '../src/lib/contracts/manifest.ts';
import { PipelineError } from './pipeline.ts';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const fmt = (value: number): string =>
  value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The size of every first-view file among `files` (name -> content); a first-view file missing is an error. */
export function firstViewSizes(files: Readonly<Record<string, string>>): FileSize[] {
  return filesLoadedAt('first-view').map((file) => {
    const content = files[file];
    if (content === undefined) throw new PipelineError(dataPath(file), 'no stage wrote this first-view file');
    return { file, bytes: Buffer.byteLength(content), gzipBytes: gzipSync(content).length };
  });
}

/** What the first view's files weigh together, gzip. */
export function gzipTotal(sizes: readonly FileSize[]): number {
  return sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
}

export function firstViewSizesSection(sizes: readonly FileSize[]): string {
  const total = gzipTotal(sizes);
  return `## Sizes of the first view

The files the map waits for before its first frame, as written (gzip at zlib's default level, as most servers send them).

| file | KiB | KiB gzip |
|---|---|---|
${sizes.map((s) => `| ${s.file} | ${fmt(s.bytes / 1024)} | ${fmt(s.gzipBytes / 1024)} |`).join('\n')}
| **total** | | **${fmt(total / 1024)}** |`;
}
