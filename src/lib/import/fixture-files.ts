/** The team-made files of tests/fixtures/import/, read and imported against the app's districts (Node, tests only). */
import { readFileSync } from 'node:fs';
import { districts } from './committed-events.ts';
import { bytePieces, expanded, type ExpandedResult } from './fixtures.ts';
import { createPlacer, geographyOf } from './placement.ts';
import { importCsvChunks } from './run.ts';

export function fixtureFile(name: string): string {
  return readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');
}

export const realPlace = createPlacer(districts);
export const realGeography = geographyOf(districts);

/** Imports `text` (by default the fixture file itself) under the name `name`. */
export async function importFixtureFile(name: string, text = fixtureFile(name)): Promise<ExpandedResult> {
  return expanded(
    await importCsvChunks(() => bytePieces(text, 1024), {
      fileName: name,
      totalBytes: text.length,
      place: realPlace,
      geography: realGeography,
      onProgress: () => {},
    }),
  );
}
