// The data tests check the pipeline against its raw inputs in geo/raw/ (git-ignored). Where they are not
// there yet and the shared raw folder sits beside the checkout (the project's machines and CI), link them.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const raw = resolve(root, 'geo', 'raw');
const shared = resolve(root, '..', 'shared');
const links = { geo: 'data/geo', attacks: 'data/attacks', census: 'data/census', sources: 'sources' };

for (const [name, target] of Object.entries(links)) {
  const link = resolve(raw, name);
  if (existsSync(link)) continue;
  const source = resolve(shared, target);
  if (!existsSync(source)) {
    console.warn(
      `geo/raw/${name} is missing and ${source} does not exist: the tests that read raw inputs will say so.`,
    );
    continue;
  }
  mkdirSync(raw, { recursive: true });
  symlinkSync(source, link, 'dir');
  console.log(`linked geo/raw/${name} -> ${source}`);
}
