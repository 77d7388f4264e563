/**
 * Shapes of the cited context: hand-written claims drawn from the analysis articles,
 * the disagreements between their figures and the published series, and what could not be mapped.
 */

export {
  FIGURE_UNITS,
  TOPIC_IDS,
  type ArticleFigure,
  type Claim,
  type ClaimFigure,
  type ContextDocument,
  type ContextSource,
  type Disagreement,
  type DisagreementItem,
  type FigureUnit,
  type PartialDate,
  type Period,
  type Stance,
  type Topic,
  type TopicId,
  type Unplaced,
} from '../../src/lib/contracts/context.ts';
import type { ContextSource } from '../../src/lib/contracts/context.ts';

/** A catalog entry with the article's file name, used while building. */
export interface CatalogEntry extends ContextSource {
  file: string;
}
