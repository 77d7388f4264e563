/**
 * Shapes of the cited context: hand-written claims drawn from the analysis articles,
 * the disagreements between their figures and the published series, and what could not be mapped.
 */

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export type PartialDate = string;

export interface Period {
  from: PartialDate;
  to?: PartialDate;
}

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

export type TopicId = (typeof TOPIC_IDS)[number];

export interface Topic {
  id: TopicId;
  label: string;
}

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

export type FigureUnit = (typeof FIGURE_UNITS)[number];

export interface ClaimFigure {
  value: number;
  unit: FigureUnit;
  /** what is counted, in a few words */
  what: string;
  period?: Period;
  /** a place id, when the figure concerns one place of the claim */
  place?: string;
}

/** 'fact': the article states it as fact; 'article-view': the article's own opinion or interpretation. */
export type Stance = 'fact' | 'article-view';

export interface Claim {
  /** kebab-case, unique */
  id: string;
  /** one short sentence in our own words */
  text: string;
  /** id in the sources catalog */
  sourceId: string;
  /** place ids per the project's id conventions; 'PK' for national claims */
  places: string[];
  period: Period | null;
  topic: TopicId;
  stance: Stance;
  figures?: ClaimFigure[];
}

export type DisagreementItem = { claimId: string } | { publishedFigureId: string };

export interface Disagreement {
  id: string;
  topic: TopicId;
  /** what is being measured */
  what: string;
  items: DisagreementItem[];
  /** why the figures may differ: period, definition, scope */
  note: string;
}

/** An article's attack or death count in the shape of a published-figures row, to show beside the series. */
export interface ArticleFigure {
  /** 'af-<kebab>' */
  id: string;
  /** the source id: the article, not an organisation */
  org: string;
  /** the article's title */
  series: string;
  /** what the count covers, as far as the article says */
  scope: string;
  year: number;
  /** 'full year', 'Jan-Nov', ... as in the published figures */
  period: string;
  provinceAsReported: string;
  /** ISO 3166-2 code, or 'PK' for national */
  iso: string;
  attacks: number | null;
  killed: number | null;
  injured: number | null;
  citation: { sourceId: string };
  claimId: string;
  /** how the row was read from the article */
  note: string;
}

/** Something an article says that cannot be put on the map. */
export interface Unplaced {
  sourceId: string;
  what: string;
  why: string;
}

/** A catalog entry as published in data/context.json. */
export interface ContextSource {
  id: string;
  title: string;
  author: string | null;
  outlet: string | null;
  date: string | null;
  dateApproximate: boolean;
  dateBasis: string;
  url: string | null;
  kind: 'article';
}

/** A catalog entry with the article's file name, used while building. */
export interface CatalogEntry extends ContextSource {
  file: string;
}

export interface ContextDocument {
  schema: 1;
  sources: ContextSource[];
  topics: Topic[];
  claims: Claim[];
  disagreements: Disagreement[];
  articleFigures: ArticleFigure[];
  unplaced: Unplaced[];
}
