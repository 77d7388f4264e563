/**
 * Pipeline entry: `npm run data -- --raw <dir> --sources <dir>`.
 * Reads raw public inputs, runs each stage (pure functions in their folders), writes `data/`.
 * Defaults: --raw geo/raw, --sources geo/raw/sources (both git-ignored).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBoundaries } from './boundaries/index.ts';
import { buildAttacks } from './attacks/index.ts';
import { buildContext } from './context/index.ts';
import { buildBorder } from './border/index.ts';
import { buildCorridors } from './corridors/index.ts';
import { withFirstViewColours } from './first-view/index.ts';
import { withLabelPoints } from './labels/index.ts';
import { PipelineError, type RawDirs, type StageOutput } from './pipeline.ts';
import { sourcesHeader } from './sources-header.ts';
import { firstViewSizes, firstViewSizesSection, gzipTotal } from './sizes.ts';
import { writeDataFiles } from './write.ts';

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

async function write(outputs: StageOutput[]): Promise<void> {
  const files = Object.assign({}, ...outputs.map((o) => o.files)) as Record<string, string>;
  await writeDataFiles(DATA_DIR, files);
  for (const [name, content] of Object.entries(files)) {
    console.log(`wrote data/${name} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KiB)`);
  }
  const sizes = firstViewSizes(files);
  console.log(`first view: ${(gzipTotal(sizes) / 1024).toFixed(1)} KiB gzip`);
  const sources = [sourcesHeader(), ...outputs.map((o) => o.sources), firstViewSizesSection(sizes)].join(
    '\n\n',
  );
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
  await write([
    withFirstViewColours(withLabelPoints(boundaries.output), attacks.events),
    attacks.output,
    corridors.output,
    context.output,
    border.output,
  ]);
}

main().catch((error: unknown) => {
  if (error instanceof PipelineError) {
    console.error(`pipeline refused its input:\n  ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
