/**
 * Writes the pipeline's outputs to `data/`, each checked first against the same contract the app checks
 * after fetching (src/lib/contracts/): a stage that drifts from what the app reads fails the build, not the app.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkDataFile, parseJsonText } from '../src/lib/contracts/check.ts';
import { DataError } from '../src/lib/contracts/data-error.ts';
import { isDataFileName } from '../src/lib/contracts/manifest.ts';
import { PipelineError } from './pipeline.ts';

/** Checks one output (`name` relative to data/) against its contract; throws a PipelineError naming the fault. */
export async function checkOutput(name: string, content: string): Promise<void> {
  const file = `data/${name}`;
  if (!isDataFileName(name)) {
    throw new PipelineError(
      file,
      'no contract for this file: add one in src/lib/contracts/ and to its manifest',
    );
  }
  try {
    await checkDataFile(name, parseJsonText(file, content));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    // the DataError already says where: feature or row, and field
    throw new PipelineError(file, `breaks its contract: ${error.message.replace(`${file}: `, '')}`);
  }
}

/** Checks every file, then writes them all: a refused output leaves `data/` as it was. */
export async function writeDataFiles(dataDir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) await checkOutput(name, content);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dataDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}
