/**
 * The shipped categories and actors plus one `unclassified` entry each. A user's file may hold dyads
 * the hand-made classification has never seen (a newer GED release, another country): they are kept,
 * not rejected, and filed where the filters can show or hide them, rather than guessed into a group.
 */
import { ACTORS, CATEGORIES, classifyDyad } from '../../../geo/attacks/classification.ts';
import type { Described, EventTable } from '../../../geo/attacks/types.ts';
import type { ImportActorId, ImportCategoryId, ImportedEventTable } from './types.ts';

export const UNCLASSIFIED_CATEGORY: Described<'unclassified'> = {
  id: 'unclassified',
  label: 'Not classified',
  description:
    'Events in your file whose dyad (type of violence and dyad name) is not in this atlas’s classification, so they are not counted as militant or any other kind of violence.',
};

export const UNCLASSIFIED_ACTOR: Described<'unclassified'> = {
  id: 'unclassified',
  label: 'Not classified',
  description: 'Events in your file whose dyad is not in this atlas’s classification.',
};

export const IMPORT_CATEGORIES: readonly Described<ImportCategoryId>[] = [
  ...CATEGORIES,
  UNCLASSIFIED_CATEGORY,
];
export const IMPORT_ACTORS: readonly Described<ImportActorId>[] = [...ACTORS, UNCLASSIFIED_ACTOR];

const UNCLASSIFIED_CATEGORY_INDEX = IMPORT_CATEGORIES.length - 1;
const UNCLASSIFIED_ACTOR_INDEX = IMPORT_ACTORS.length - 1;
const CATEGORY_INDEX = new Map(IMPORT_CATEGORIES.map((c, i) => [c.id, i]));
const ACTOR_INDEX = new Map(IMPORT_ACTORS.map((a, i) => [a.id, i]));

export interface RowClass {
  /** index into IMPORT_CATEGORIES */
  category: number;
  /** index into IMPORT_ACTORS */
  actor: number;
  known: boolean;
}

/** The shipped classification of the dyad, or `unclassified` when the table does not know it. */
export function classifyImported(typeOfViolence: number, dyadName: string): RowClass {
  const found = classifyDyad(typeOfViolence, dyadName) ?? classifyDyad(typeOfViolence, dyadName.trim());
  if (!found) return { category: UNCLASSIFIED_CATEGORY_INDEX, actor: UNCLASSIFIED_ACTOR_INDEX, known: false };
  return {
    category: CATEGORY_INDEX.get(found.category) ?? UNCLASSIFIED_CATEGORY_INDEX,
    actor: ACTOR_INDEX.get(found.actor) ?? UNCLASSIFIED_ACTOR_INDEX,
    known: true,
  };
}

/** The indices of a category and actor group named by id, as a row's class. */
export function classById(category: ImportCategoryId, actor: ImportActorId): RowClass {
  const categoryIndex = CATEGORY_INDEX.get(category);
  const actorIndex = ACTOR_INDEX.get(actor);
  if (categoryIndex === undefined || actorIndex === undefined)
    throw new Error(`unknown category or actor: ${category}, ${actor}`);
  return { category: categoryIndex, actor: actorIndex, known: category !== 'unclassified' };
}

/**
 * The table typed as the shipped one, for `buildEventStore`: the store treats category and actor ids
 * as opaque strings (and checks indices against the lists' lengths), so the extra ids are safe there.
 */
export function asEventTable(table: ImportedEventTable): EventTable {
  return table as unknown as EventTable;
}
