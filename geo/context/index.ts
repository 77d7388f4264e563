/**
 * The cited-context stage: validates the hand-written claims against the catalog, the place ids,
 * the published figures and the articles themselves, then writes data/context.json.
 */
import { join } from 'node:path';
import { rawPath, readJson, readText, type RawDirs, type StageOutput } from '../pipeline.ts';
import { parseCatalog } from './catalog.ts';
import { claims, unplaced } from './claims.ts';
import { articleFigures, disagreements } from './disagreements.ts';
import { assembleContext, contextSourcesSection, contextToJson } from './output.ts';
import { parsePublishedFigures, publishedFigureIds } from './published-figures.ts';
import { TOPICS } from './topics.ts';
import {
  assertNoVerbatimRuns,
  checkEverySourceUsed,
  publishedTexts,
  validateArticleFigures,
  validateClaims,
  validateDisagreements,
  validateUnplaced,
} from './validate.ts';

const CLAIMS_FILE = 'geo/context/claims.ts';
const DISAGREEMENTS_FILE = 'geo/context/disagreements.ts';

export async function buildContext(
  dirs: RawDirs,
  boundaries: { placeIds: Set<string> },
): Promise<{ output: StageOutput }> {
  const catalogFile = join(dirs.sources, 'catalog.json');
  const catalog = parseCatalog(readJson(catalogFile), catalogFile);
  const articles = catalog.map((entry) => {
    const file = join(dirs.sources, entry.file);
    return { sourceId: entry.id, file, text: readText(file) };
  });
  const figuresFile = rawPath(dirs, 'attacks', 'reported_figures_province_year.csv');
  const publishedIds = new Set(publishedFigureIds(parsePublishedFigures(readText(figuresFile), figuresFile)));

  const sourceIds = new Set(catalog.map((entry) => entry.id));
  validateClaims(claims, { sourceIds, placeIds: boundaries.placeIds }, CLAIMS_FILE);
  checkEverySourceUsed(catalog, claims, catalogFile);
  validateUnplaced(unplaced, sourceIds, CLAIMS_FILE);
  validateDisagreements(
    disagreements,
    { claimIds: new Set(claims.map((claim) => claim.id)), publishedFigureIds: publishedIds },
    DISAGREEMENTS_FILE,
  );
  validateArticleFigures(
    articleFigures,
    { sources: catalog, claims, placeIds: boundaries.placeIds },
    DISAGREEMENTS_FILE,
  );

  const context = assembleContext({
    catalog,
    topics: TOPICS,
    claims,
    disagreements,
    articleFigures,
    unplaced,
  });
  assertNoVerbatimRuns(publishedTexts(context), articles, CLAIMS_FILE);

  return {
    output: { files: { 'context.json': contextToJson(context) }, sources: contextSourcesSection(context) },
  };
}
