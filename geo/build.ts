/**
 * Pipeline entry: `npm run data -- --raw <dir> --sources <dir>`.
 * Reads raw public inputs, runs each stage (pure functions in their folders), writes `data/`.
 * Defaults: --raw geo/raw, --sources geo/raw/sources (both git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBoundaries } from './boundaries/index.ts';
import { buildAttacks } from './attacks/index.ts';
import { buildContext } from './context/index.ts';
import { buildBorder } from './border/index.ts';
import { buildCorridors } from './corridors/index.ts';
import { PipelineError, type RawDirs, type StageOutput } from './pipeline.ts';
import { sourcesHeader } from './sources-header.ts';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');

function parseDirs(argv: string[]): RawDirs {
  const { values } = parseArgs({
    args: argv,
    options: { raw: { type: 'string' }, sources: { type: 'string' } },
    allowPositionals: false,
  });
  const raw = resolve(values.raw ?? join(import.meta.dirname, 'raw'));
  const sources = resolve(values.sources ?? join(raw, 'sources'));
  return { raw, sources };
}

function write(outputs: StageOutput[]): void {
  for (const output of outputs) {
    for (const [name, content] of Object.entries(output.files)) {
      const path = join(DATA_DIR, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote data/${name} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KiB)`);
    }
  }
  const sources = [sourcesHeader(), ...outputs.map((o) => o.sources)].join('\n\n');
  writeFileSync(join(DATA_DIR, 'SOURCES.md'), sources.trimEnd() + '\n');
  console.log('wrote data/SOURCES.md');
}

async function main(): Promise<void> {
  const dirs = parseDirs(process.argv.slice(2));
  console.log(`raw inputs: ${dirs.raw}\narticles: ${dirs.sources}`);
  const boundaries = await buildBoundaries(dirs);
  const attacks = await buildAttacks(dirs, boundaries);
  const corridors = await buildCorridors(dirs, boundaries, attacks);
  const context = await buildContext(dirs, boundaries);
  const border = await buildBorder(dirs, boundaries);
  write([boundaries.output, attacks.output, corridors.output, context.output, border.output]);
}

main().catch((error: unknown) => {
  if (error instanceof PipelineError) {
    console.error(`pipeline refused its input:\n  ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
