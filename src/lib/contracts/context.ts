/**
 * Contract of `data/context.json`: claims drawn from the analysis articles (in our own words), the
 * disagreements between their figures and the published series, and what could not be put on the map.
 */
import * as v from 'valibot';
import { figureRowEntries, provinceCode } from './published-figures.ts';

export const TOPIC_IDS = [
  'attacks',
  'ttp',
  'ceasefire',
  'afghan-taliban',
  'refugees',
  'elections-ethnicity',
  'baloch-insurgency',
  'cpec-china',
  'trade-border',
  'chabahar',
  'military-operations',
  'diplomacy',
] as const;

export const FIGURE_UNITS = [
  'attacks',
  'deaths',
  'injured',
  'people',
  'fighters',
  'groups',
  'percent',
  'USD',
  'years',
] as const;

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));

export const periodSchema = v.strictObject({ from: partialDate, to: v.optional(partialDate) });

/** A catalog entry as published. */
export const contextSourceSchema = v.strictObject({
  id: v.string(),
  title: v.string(),
  author: v.nullable(v.string()),
  outlet: v.nullable(v.string()),
  date: v.nullable(v.string()),
  dateApproximate: v.boolean(),
  dateBasis: v.string(),
  url: v.nullable(v.string()),
  kind: v.literal('article'),
});

export const topicSchema = v.strictObject({ id: v.picklist(TOPIC_IDS), label: v.string() });

export const claimFigureSchema = v.strictObject({
  value: v.number(),
  unit: v.picklist(FIGURE_UNITS),
  /** what is counted, in a few words */
  what: v.string(),
  period: v.optional(periodSchema),
  /** a place id, when the figure concerns one place of the claim */
  place: v.optional(v.string()),
});

export const claimSchema = v.strictObject({
  /** kebab-case, unique */
  id: v.string(),
  /** one short sentence in our own words */
  text: v.string(),
  /** id in the sources catalog */
  sourceId: v.string(),
  /** place ids per the project's id conventions; 'PK' for national claims */
  places: v.pipe(v.array(v.string()), v.minLength(1)),
  period: v.nullable(periodSchema),
  topic: v.picklist(TOPIC_IDS),
  /** 'fact': the article states it as fact; 'article-view': the article's own opinion or interpretation */
  stance: v.picklist(['fact', 'article-view']),
  figures: v.optional(v.array(claimFigureSchema)),
});

export const disagreementItemSchema = v.union([
  v.strictObject({ claimId: v.string() }),
  v.strictObject({ publishedFigureId: v.string() }),
]);

export const disagreementSchema = v.strictObject({
  id: v.string(),
  topic: v.picklist(TOPIC_IDS),
  /** what is being measured */
  what: v.string(),
  items: v.array(disagreementItemSchema),
  /** why the figures may differ: period, definition, scope */
  note: v.string(),
});

/** An article's attack or death count in the shape of a published-figures row, to show beside the series. */
export const articleFigureSchema = v.strictObject({
  /** id 'af-<kebab>', org the article's source id, series its title, scope as far as the article says */
  ...figureRowEntries,
  iso: provinceCode,
  citation: v.strictObject({ sourceId: v.string() }),
  claimId: v.string(),
  /** how the row was read from the article */
  note: v.string(),
});

/** Something an article says that cannot be put on the map. */
export const unplacedSchema = v.strictObject({ sourceId: v.string(), what: v.string(), why: v.string() });

export const contextSchema = v.strictObject({
  schema: v.literal(1),
  sources: v.array(contextSourceSchema),
  topics: v.array(topicSchema),
  claims: v.array(claimSchema),
  disagreements: v.array(disagreementSchema),
  articleFigures: v.array(articleFigureSchema),
  unplaced: v.array(unplacedSchema),
});

export type TopicId = (typeof TOPIC_IDS)[number];
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export type PartialDate = string;
export type Period = v.InferOutput<typeof periodSchema>;
export type ContextSource = v.InferOutput<typeof contextSourceSchema>;
export type Topic = v.InferOutput<typeof topicSchema>;
export type ClaimFigure = v.InferOutput<typeof claimFigureSchema>;
export type Stance = v.InferOutput<typeof claimSchema>['stance'];
export type Claim = v.InferOutput<typeof claimSchema>;
export type DisagreementItem = v.InferOutput<typeof disagreementItemSchema>;
export type Disagreement = v.InferOutput<typeof disagreementSchema>;
export type ArticleFigure = v.InferOutput<typeof articleFigureSchema>;
export type Unplaced = v.InferOutput<typeof unplacedSchema>;
export type ContextDocument = v.InferOutput<typeof contextSchema>;
