/**
 * Checks on the hand-written context. Each throws a PipelineError naming the file, the record id
 * and the field, so a wrong id or a malformed period is caught at build time, not in the app.
 */
import { PipelineError } from '../pipeline.ts';
import { findVerbatimRuns, type ArticleText, type CheckedText } from './verbatim.ts';
import {
  FIGURE_UNITS,
  TOPIC_IDS,
  type ArticleFigure,
  type Claim,
  type ContextSource,
  type Disagreement,
  type Period,
  type Unplaced,
} from './types.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** long enough for one informative sentence, short enough for a map popup */
export const MAX_CLAIM_LENGTH = 220;

function fail(file: string, id: string, field: string, detail: string): never {
  throw new PipelineError(file, detail, { row: id, field });
}

/** One sentence: ends with a full stop and has no sentence break inside. */
export function isOneSentence(text: string): boolean {
  return /^[^\s].*[.]$/u.test(text) && !/[.!?]\s+[A-Z]/u.test(text) && !text.includes('\n');
}

export function periodProblem(period: Period): string | undefined {
  if (!PARTIAL_DATE.test(period.from)) return `"from" is not YYYY, YYYY-MM or YYYY-MM-DD: ${period.from}`;
  if (period.to === undefined) return undefined;
  if (!PARTIAL_DATE.test(period.to)) return `"to" is not YYYY, YYYY-MM or YYYY-MM-DD: ${period.to}`;
  // compare on the shared prefix so that 2023-11 .. 2023 is accepted but 2024 .. 2023 is not
  const length = Math.min(period.from.length, period.to.length);
  if (period.from.slice(0, length) > period.to.slice(0, length))
    return `"from" ${period.from} is after "to" ${period.to}`;
  return undefined;
}

export function validateClaims(
  claims: readonly Claim[],
  known: { sourceIds: ReadonlySet<string>; placeIds: ReadonlySet<string> },
  file: string,
): void {
  const seen = new Set<string>();
  const topics = new Set<string>(TOPIC_IDS);
  const units = new Set<string>(FIGURE_UNITS);
  for (const claim of claims) {
    const id = claim.id;
    if (!KEBAB.test(id)) fail(file, id, 'id', 'id is not kebab-case');
    if (seen.has(id)) fail(file, id, 'id', 'duplicate claim id');
    seen.add(id);
    if (!isOneSentence(claim.text))
      fail(file, id, 'text', 'text must be one sentence ending with a full stop');
    if (claim.text.length > MAX_CLAIM_LENGTH) {
      fail(file, id, 'text', `text is ${claim.text.length} characters; keep it under ${MAX_CLAIM_LENGTH}`);
    }
    if (!known.sourceIds.has(claim.sourceId))
      fail(file, id, 'sourceId', `unknown source id "${claim.sourceId}"`);
    if (claim.places.length === 0) fail(file, id, 'places', 'a claim needs at least one place id');
    for (const place of claim.places) {
      if (!known.placeIds.has(place)) fail(file, id, 'places', `unknown place id "${place}"`);
    }
    if (new Set(claim.places).size !== claim.places.length) fail(file, id, 'places', 'repeated place id');
    if (claim.period !== null) {
      const problem = periodProblem(claim.period);
      if (problem) fail(file, id, 'period', problem);
    }
    if (!topics.has(claim.topic)) fail(file, id, 'topic', `unknown topic "${claim.topic}"`);
    if (claim.stance !== 'fact' && claim.stance !== 'article-view') {
      fail(file, id, 'stance', `stance must be "fact" or "article-view", not "${String(claim.stance)}"`);
    }
    claim.figures?.forEach((figure, index) => {
      const field = `figures[${index}]`;
      if (!Number.isFinite(figure.value) || figure.value < 0)
        fail(file, id, field, 'value must be a finite number ≥ 0');
      if (!units.has(figure.unit)) fail(file, id, field, `unknown unit "${figure.unit}"`);
      if (figure.what.trim() === '') fail(file, id, field, 'say what the figure counts');
      if (figure.period) {
        const problem = periodProblem(figure.period);
        if (problem) fail(file, id, `${field}.period`, problem);
      }
      if (figure.place !== undefined && !claim.places.includes(figure.place)) {
        fail(file, id, `${field}.place`, `"${figure.place}" is not one of the claim's places`);
      }
    });
  }
}

/** Every catalogued article must be cited at least once, or it should not be in the catalog. */
export function checkEverySourceUsed(
  sources: readonly ContextSource[],
  claims: readonly Claim[],
  file: string,
): void {
  const used = new Set(claims.map((claim) => claim.sourceId));
  for (const source of sources) {
    if (!used.has(source.id))
      throw new PipelineError(file, 'no claim cites this source', { row: source.id, field: 'id' });
  }
}

export function validateDisagreements(
  disagreements: readonly Disagreement[],
  known: { claimIds: ReadonlySet<string>; publishedFigureIds: ReadonlySet<string> },
  file: string,
): void {
  const seen = new Set<string>();
  const topics = new Set<string>(TOPIC_IDS);
  for (const disagreement of disagreements) {
    const id = disagreement.id;
    if (!KEBAB.test(id)) fail(file, id, 'id', 'id is not kebab-case');
    if (seen.has(id)) fail(file, id, 'id', 'duplicate disagreement id');
    seen.add(id);
    if (!topics.has(disagreement.topic)) fail(file, id, 'topic', `unknown topic "${disagreement.topic}"`);
    if (disagreement.what.trim() === '') fail(file, id, 'what', 'say what is measured');
    if (disagreement.note.trim() === '') fail(file, id, 'note', 'say why the figures may differ');
    if (disagreement.items.length < 2) fail(file, id, 'items', 'a disagreement links at least two figures');
    disagreement.items.forEach((item, index) => {
      const field = `items[${index}]`;
      if ('claimId' in item) {
        if (!known.claimIds.has(item.claimId)) fail(file, id, field, `unknown claim id "${item.claimId}"`);
      } else if (!known.publishedFigureIds.has(item.publishedFigureId)) {
        fail(file, id, field, `no published figure with id "${item.publishedFigureId}"`);
      }
    });
  }
}

export function validateArticleFigures(
  rows: readonly ArticleFigure[],
  known: { sources: readonly ContextSource[]; claims: readonly Claim[]; placeIds: ReadonlySet<string> },
  file: string,
): void {
  const seen = new Set<string>();
  const titles = new Map(known.sources.map((source) => [source.id, source.title]));
  const claimSource = new Map(known.claims.map((claim) => [claim.id, claim.sourceId]));
  for (const row of rows) {
    const id = row.id;
    if (!id.startsWith('af-') || !KEBAB.test(id))
      fail(file, id, 'id', 'id must be "af-" followed by kebab-case');
    if (seen.has(id)) fail(file, id, 'id', 'duplicate article figure id');
    seen.add(id);
    const title = titles.get(row.org);
    if (title === undefined) fail(file, id, 'org', `unknown source id "${row.org}"`);
    if (row.citation.sourceId !== row.org)
      fail(file, id, 'citation', 'citation must name the same source as org');
    if (row.series !== title) fail(file, id, 'series', 'series must be the article title');
    if (claimSource.get(row.claimId) !== row.org) {
      fail(file, id, 'claimId', `"${row.claimId}" is not a claim of ${row.org}`);
    }
    if (!Number.isInteger(row.year) || row.year < 1947 || row.year > 2100)
      fail(file, id, 'year', 'not a year');
    if (!known.placeIds.has(row.iso)) fail(file, id, 'iso', `unknown place id "${row.iso}"`);
    const counts = [row.attacks, row.killed, row.injured];
    if (counts.every((count) => count === null)) fail(file, id, 'attacks', 'a row needs at least one count');
    if (counts.some((count) => count !== null && (!Number.isInteger(count) || count < 0))) {
      fail(file, id, 'attacks', 'counts must be whole numbers ≥ 0 or null');
    }
  }
}

export function validateUnplaced(
  entries: readonly Unplaced[],
  sourceIds: ReadonlySet<string>,
  file: string,
): void {
  entries.forEach((entry, index) => {
    const id = `unplaced[${index}]`;
    if (!sourceIds.has(entry.sourceId)) fail(file, id, 'sourceId', `unknown source id "${entry.sourceId}"`);
    if (entry.what.trim() === '' || entry.why.trim() === '') fail(file, id, 'what', 'say what and why');
  });
}

/** Every free text we publish, so the copying check covers more than the claim sentences. */
export function publishedTexts(context: {
  claims: readonly Claim[];
  disagreements: readonly Disagreement[];
  articleFigures: readonly ArticleFigure[];
  unplaced: readonly Unplaced[];
}): CheckedText[] {
  return [
    ...context.claims.flatMap((claim) => [
      { id: claim.id, field: 'text', text: claim.text },
      ...(claim.figures ?? []).map((figure, index) => ({
        id: claim.id,
        field: `figures[${index}].what`,
        text: figure.what,
      })),
    ]),
    ...context.disagreements.flatMap((d) => [
      { id: d.id, field: 'what', text: d.what },
      { id: d.id, field: 'note', text: d.note },
    ]),
    ...context.articleFigures.flatMap((row) => [
      { id: row.id, field: 'scope', text: row.scope },
      { id: row.id, field: 'note', text: row.note },
    ]),
    ...context.unplaced.flatMap((entry, index) => [
      { id: `unplaced[${index}]`, field: 'what', text: entry.what },
      { id: `unplaced[${index}]`, field: 'why', text: entry.why },
    ]),
  ];
}

/** Fails on the first text sharing a run of `minWords` or more words with an article, naming both. */
export function assertNoVerbatimRuns(
  texts: readonly CheckedText[],
  articles: readonly ArticleText[],
  file: string,
  minWords = 8,
): void {
  const runs = findVerbatimRuns(texts, articles, minWords);
  const first = runs[0];
  if (first) {
    const others = runs.length > 1 ? ` (and ${runs.length - 1} more)` : '';
    fail(
      file,
      first.id,
      first.field,
      `shares ${minWords}+ words with ${first.file}: "${first.run}"${others}`,
    );
  }
}
