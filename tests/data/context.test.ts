/**
 * The cited context as committed in data/context.json, checked against the articles it cites,
 * the published figures and the map layers its place ids must resolve to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../geo/context/index.ts';
import { parseCatalog } from '../../geo/context/catalog.ts';
import { parsePublishedFigures, publishedFigureIds } from '../../geo/context/published-figures.ts';
import { FIXED_PLACE_IDS, placeIdsFromRaw } from '../../geo/context/raw-place-ids.ts';
import type { ContextDocument } from '../../geo/context/types.ts';
import { publishedTexts } from '../../geo/context/validate.ts';
import { findVerbatimRuns, type ArticleText } from '../../geo/context/verbatim.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RAW = join(ROOT, 'geo', 'raw');
const SOURCES = join(RAW, 'sources');
const FIGURES_CSV = join(RAW, 'attacks', 'reported_figures_province_year.csv');

function requireRaw(path: string): string {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: link the raw inputs into geo/raw (geo/raw/{geo,attacks,census,sources} are symlinks to the shared raw data) before running the data tests`,
    );
  }
  return path;
}

function readData<T>(name: string): T {
  const path = join(ROOT, 'data', name);
  if (!existsSync(path))
    throw new Error(`data/${name} is missing: build it with \`npm run data\` and commit it`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function articles(): ArticleText[] {
  const catalogFile = requireRaw(join(SOURCES, 'catalog.json'));
  return parseCatalog(JSON.parse(readFileSync(catalogFile, 'utf8')), catalogFile).map((entry) => ({
    sourceId: entry.id,
    file: entry.file,
    text: readFileSync(requireRaw(join(SOURCES, entry.file)), 'utf8'),
  }));
}

interface Layer {
  features: { id?: string | number; properties?: Record<string, unknown> | null }[];
}

/** Ids a layer offers: the feature id, its `id` property and, for routes, its `route` property. */
function layerIds(name: string, keys: string[]): string[] {
  return readData<Layer>(name).features.flatMap((feature) =>
    [feature.id, ...keys.map((key) => feature.properties?.[key])].filter(
      (value): value is string => typeof value === 'string' && value !== '',
    ),
  );
}

const context = (): ContextDocument => readData<ContextDocument>('context.json');

describe('cited context against the articles', () => {
  it('shares no run of 8 or more words with any article', () => {
    const runs = findVerbatimRuns(publishedTexts(context()), articles(), 8);
    expect(runs.map((run) => `${run.id} ${run.field}: "${run.run}" (${run.file})`)).toEqual([]);
  });

  it('would catch a sentence lifted from an article', () => {
    const all = articles();
    const sentence = all[0]?.text.split(/(?<=\.)\s+/).find((s) => s.split(/\s+/).length >= 12) ?? '';
    expect(findVerbatimRuns([{ id: 'copied', field: 'text', text: sentence }], all, 8)).toHaveLength(1);
  });

  it('is what the stage builds from the raw inputs', async () => {
    requireRaw(FIGURES_CSV);
    const { output } = await buildContext({ raw: RAW, sources: SOURCES }, { placeIds: placeIdsFromRaw(RAW) });
    const committed = readFileSync(join(ROOT, 'data', 'context.json'), 'utf8');
    expect(output.files['context.json'] === committed, 'data/context.json is stale: rebuild it').toBe(true);
  });
});

describe('committed data/context.json', () => {
  it('places every claim on ids that the map layers define', () => {
    const known = new Set([
      ...FIXED_PLACE_IDS,
      ...layerIds('districts.geojson', ['id']),
      ...layerIds('provinces.geojson', ['id']),
      ...layerIds('places.geojson', ['id']),
      ...layerIds('routes.geojson', ['route', 'id']),
      ...layerIds('neighbours.geojson', ['id']),
    ]);
    const unknown = context().claims.flatMap((claim) =>
      claim.places.filter((place) => !known.has(place)).map((place) => `${claim.id}: ${place}`),
    );
    const figures = context()
      .articleFigures.filter((row) => !known.has(row.iso))
      .map((row) => `${row.id}: ${row.iso}`);
    expect([...unknown, ...figures]).toEqual([]);
  });

  it('cites every catalogued source and only those', () => {
    const { sources, claims } = context();
    const catalogued = articles().map((article) => article.sourceId);
    expect(sources.map((source) => source.id)).toEqual(catalogued);
    expect(new Set(claims.map((claim) => claim.sourceId))).toEqual(new Set(catalogued));
  });

  it('links disagreements to claims and to rows of the published figures', () => {
    const { claims, disagreements, articleFigures } = context();
    const claimIds = new Set(claims.map((claim) => claim.id));
    const csvIds = new Set(
      publishedFigureIds(parsePublishedFigures(readFileSync(requireRaw(FIGURES_CSV), 'utf8'), FIGURES_CSV)),
    );
    const unresolved = disagreements.flatMap((d) =>
      d.items
        .filter((item) =>
          'claimId' in item ? !claimIds.has(item.claimId) : !csvIds.has(item.publishedFigureId),
        )
        .map((item) => `${d.id}: ${JSON.stringify(item)}`),
    );
    expect(unresolved).toEqual([]);
    expect(articleFigures.filter((row) => !claimIds.has(row.claimId))).toEqual([]);
  });

  it('uses published figure ids that data/published-figures.json defines', () => {
    const { figures } = readData<{ figures?: { id?: unknown }[] }>('published-figures.json');
    if (!Array.isArray(figures)) throw new Error('data/published-figures.json has no "figures" array');
    const ids = new Set(figures.map((row) => row.id));
    const missing = context().disagreements.flatMap((d) =>
      d.items.flatMap((item) =>
        'publishedFigureId' in item && !ids.has(item.publishedFigureId) ? [item.publishedFigureId] : [],
      ),
    );
    expect(missing).toEqual([]);
  });
});
