/** The cited context (`data/context.json`): claims indexed by place, with their sources and disagreements. */
import type { Claim, ContextDocument, ContextSource, Disagreement } from '../contracts/context';
import { DataError } from '../contracts/data-error';
import { loadData } from './load';

export type { Claim, ContextDocument, Disagreement } from '../contracts/context';
export type Source = ContextSource;

export interface ContextIndex {
  document: ContextDocument;
  claimsAbout(placeId: string): Claim[];
  source(id: string): Source | undefined;
  claim(id: string): Claim | undefined;
  /** disagreements that involve any of these claims */
  disagreementsFor(claimIds: Iterable<string>): Disagreement[];
  topicLabel(id: string): string;
}

export function indexContext(document: ContextDocument): ContextIndex {
  const byPlace = new Map<string, Claim[]>();
  for (const claim of document.claims) {
    for (const place of claim.places) {
      const list = byPlace.get(place) ?? [];
      list.push(claim);
      byPlace.set(place, list);
    }
  }
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  const claims = new Map(document.claims.map((c) => [c.id, c]));
  const topics = new Map<string, string>(document.topics.map((t) => [t.id, t.label]));
  for (const claim of document.claims) {
    if (!sources.has(claim.sourceId)) {
      throw new DataError(
        'data/context.json',
        `claim ${claim.id}`,
        'sourceId',
        `unknown source "${claim.sourceId}"`,
      );
    }
  }
  return {
    document,
    claimsAbout: (placeId) => byPlace.get(placeId) ?? [],
    source: (id) => sources.get(id),
    claim: (id) => claims.get(id),
    disagreementsFor: (ids) => {
      const wanted = new Set(ids);
      return document.disagreements.filter((d) =>
        d.items.some((item) => 'claimId' in item && wanted.has(item.claimId)),
      );
    },
    topicLabel: (id) => topics.get(id) ?? id,
  };
}

/** The cited context, checked and indexed; fetched once. */
export async function loadContext(): Promise<ContextIndex> {
  return indexContext(await loadData('context.json'));
}

/** "2023-11" with "date approximate" where the catalog says so. */
export function citationDate(source: Source): string {
  if (!source.date) return 'undated';
  return source.dateApproximate ? `${source.date} (date approximate)` : source.date;
}

export function citationLine(source: Source): string {
  const who = source.author ?? source.outlet ?? 'unsigned';
  return `${source.title}. ${who}. ${citationDate(source)}.`;
}
