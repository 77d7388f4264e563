/** The cited context (`data/context.json`): claims indexed by place, with their sources and disagreements. */
import * as v from 'valibot';
import contextUrl from '../../../data/context.json?url';
import { fetchJson } from './load';
import { DataError } from './validate';

const periodSchema = v.nullable(v.object({ from: v.string(), to: v.optional(v.string()) }));

const contextSchema = v.object({
  schema: v.literal(1),
  sources: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      author: v.nullable(v.string()),
      outlet: v.nullable(v.string()),
      date: v.nullable(v.string()),
      dateApproximate: v.boolean(),
      dateBasis: v.nullable(v.string()),
      url: v.nullable(v.string()),
      kind: v.string(),
    }),
  ),
  topics: v.array(v.object({ id: v.string(), label: v.string() })),
  claims: v.array(
    v.looseObject({
      id: v.string(),
      text: v.string(),
      sourceId: v.string(),
      places: v.pipe(v.array(v.string()), v.minLength(1)),
      period: periodSchema,
      topic: v.string(),
      stance: v.picklist(['fact', 'article-view']),
      figures: v.optional(v.array(v.looseObject({ value: v.number(), unit: v.string(), what: v.string() }))),
    }),
  ),
  disagreements: v.array(
    v.object({
      id: v.string(),
      topic: v.string(),
      what: v.string(),
      items: v.array(
        v.union([v.object({ claimId: v.string() }), v.object({ publishedFigureId: v.string() })]),
      ),
      note: v.string(),
    }),
  ),
  articleFigures: v.array(v.looseObject({ id: v.string(), org: v.string(), claimId: v.string() })),
  unplaced: v.array(v.object({ sourceId: v.string(), what: v.string(), why: v.string() })),
});

export type ContextDocument = v.InferOutput<typeof contextSchema>;
export type Claim = ContextDocument['claims'][number];
export type Source = ContextDocument['sources'][number];
export type Disagreement = ContextDocument['disagreements'][number];

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
  const topics = new Map(document.topics.map((t) => [t.id, t.label]));
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

export function parseContext(json: unknown): ContextDocument {
  const result = v.safeParse(contextSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)) ?? [];
    throw new DataError(
      'data/context.json',
      path.slice(0, 2).join(' ') || 'top level',
      path.slice(2).join('.') || '-',
      issue.message,
    );
  }
  return result.output;
}

export async function loadContext(): Promise<ContextIndex> {
  return indexContext(parseContext(await fetchJson('data/context.json', contextUrl)));
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
