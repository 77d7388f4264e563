/**
 * Runs the cited-context stage on its own, with place ids read from the raw geography, and writes
 * data/context.json: `npx tsx geo/context/run.ts [--raw geo/raw] [--sources geo/raw/sources]`.
 * The full pipeline (`npm run data`) does the same with the boundaries stage's place ids.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PipelineError } from '../pipeline.ts';
import { writeDataFiles } from '../write.ts';
import { buildContext } from './index.ts';
import { placeIdsFromRaw } from './raw-place-ids.ts';

const { values } = parseArgs({ options: { raw: { type: 'string' }, sources: { type: 'string' } } });
const raw = resolve(values.raw ?? join(import.meta.dirname, '..', 'raw'));
const sources = resolve(values.sources ?? join(raw, 'sources'));
const dataDir = resolve(import.meta.dirname, '..', '..', 'data');

try {
  const { output } = await buildContext({ raw, sources }, { placeIds: placeIdsFromRaw(raw) });
  await writeDataFiles(dataDir, output.files);
  for (const [name, content] of Object.entries(output.files)) {
    console.log(`wrote data/${name} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KiB)`);
  }
  console.log(output.sources);
} catch (error) {
  console.error(error instanceof PipelineError ? `pipeline refused its input:\n  ${error.message}` : error);
  process.exit(1);
}
