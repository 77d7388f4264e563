/** Locating the raw inputs for tests that run on the real files (git-ignored symlinks under geo/raw). */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawDirs } from '../pipeline.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** The raw folders, or a clear failure telling how to provide them. */
export function realRawDirs(repoRoot = REPO_ROOT): RawDirs {
  const raw = join(repoRoot, 'geo', 'raw');
  const attacks = join(raw, 'attacks');
  if (!existsSync(join(attacks, 'ucdp_ged221_pakistan.csv'))) {
    throw new Error(
      `raw inputs not found at ${attacks}: link the shared raw data into geo/raw (geo/raw/{geo,attacks,census,sources}) before running these tests`,
    );
  }
  return { raw, sources: join(raw, 'sources') };
}
