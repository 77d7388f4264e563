/**
 * The cited-context stage: reads the hand-written claims (one YAML file per article in `claims/`),
 * validates them against the catalog, the place ids, the published figures and the articles
 * themselves, then writes data/context.json.
 */
import { join } from 'node:path';
import { rawPath, readJson, readText, type RawDirs, type StageOutput } from '../pipeline.ts';
import { parseCatalog } from './catalog.ts';
import { CLAIMS_DIR, readClaimFiles } from './claim-files.ts';
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

const DISAGREEMENTS_FILE = 'geo/context/disagreements.ts';

export async function buildContext(
  dirs: RawDirs,
  boundaries: { placeIds: Set<string> },
  claimsDir = CLAIMS_DIR,
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
  const claimFiles = readClaimFiles(
    claimsDir,
    catalog.map((entry) => entry.id),
  );
  for (const file of claimFiles) {
    validateClaims(file.claims, { sourceIds, placeIds: boundaries.placeIds }, file.file);
    validateUnplaced(file.unplaced, sourceIds, file.file);
    // each file's texts are checked apart so that a copied sentence is reported with its own file
    assertNoVerbatimRuns(
      publishedTexts({ claims: file.claims, unplaced: file.unplaced, disagreements: [], articleFigures: [] }),
      articles,
      file.file,
    );
  }
  const claims = claimFiles.flatMap((file) => file.claims);
  const unplaced = claimFiles.flatMap((file) => file.unplaced);
  checkEverySourceUsed(catalog, claims, catalogFile);
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
  assertNoVerbatimRuns(
    publishedTexts({ ...context, claims: [], unplaced: [] }),
    articles,
    DISAGREEMENTS_FILE,
  );

  return {
    output: { files: { 'context.json': contextToJson(context) }, sources: contextSourcesSection(context) },
  };
}
