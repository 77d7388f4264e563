/**
 * Which of UCDP's death figures a deaths view counts, and how every label says so. UCDP gives a low, a
 * best and a high estimate per event, and splits the best estimate alone by whose deaths they are.
 */
import type { DeathKind, Estimate } from '../state/url';

/** The event-store column a choice counts: an estimate of all deaths, or one part of the best estimate. */
export type DeathsColumn =
  'best' | 'low' | 'high' | 'deathsA' | 'deathsB' | 'deathsCivilians' | 'deathsUnknown';

export const SPLIT_COLUMNS: Readonly<Record<Exclude<DeathKind, 'all'>, DeathsColumn>> = {
  civilians: 'deathsCivilians',
  'side-a': 'deathsA',
  'side-b': 'deathsB',
  unknown: 'deathsUnknown',
};

export function deathsColumnOf(kind: DeathKind, estimate: Estimate): DeathsColumn {
  return kind === 'all' ? estimate : SPLIT_COLUMNS[kind];
}

const WHOSE: Readonly<Record<DeathsColumn, string>> = {
  best: 'deaths',
  low: 'deaths',
  high: 'deaths',
  deathsA: 'side A deaths',
  deathsB: 'side B deaths',
  deathsCivilians: 'civilian deaths',
  deathsUnknown: 'deaths of unknown status',
};

/** "civilian deaths (UCDP best estimate)", "deaths (UCDP low estimate)": what a deaths view counts. */
export function deathsWords(column: DeathsColumn, userEvents = false): string {
  // a user's file (ACLED, a later GED) carries its own death counts, not UCDP's estimates
  if (userEvents) return `${WHOSE[column]} (as in your file)`;
  const estimate = column === 'low' || column === 'high' ? column : 'best';
  return `${WHOSE[column]} (UCDP ${estimate} estimate)`;
}

/** A column heading or popup label: "Deaths", "Civilian deaths", "Deaths (low estimate)". */
export function deathsHeading(column: DeathsColumn): string {
  const whose = WHOSE[column];
  const heading = `${whose.charAt(0).toUpperCase()}${whose.slice(1)}`;
  return column === 'low' || column === 'high' ? `${heading} (${column} estimate)` : heading;
}

/** One line beside the legend: who is counted, in UCDP's own terms. */
export function deathsDefinition(column: DeathsColumn): string {
  switch (column) {
    case 'deathsA':
      return 'Side A, as UCDP codes it: in fighting with a state, a government — Pakistan’s forces in most events, but India’s army on the Line of Control, the United States in its strikes, Afghanistan’s or Iran’s forces in theirs; in fighting between armed groups, the first group. In attacks on civilians UCDP counts only the victims, so side A has none there.';
    case 'deathsB':
      return 'Side B, as UCDP codes it: the armed group a government fights (TTP, Baloch insurgents, al-Qaida and others), but Pakistan’s forces on the Line of Control, where India is side A; in fighting between armed groups, the second group. Victims of attacks on civilians are counted as civilians, not here.';
    case 'deathsCivilians':
      return 'Civilians, as UCDP codes them: the victims of attacks on civilians and civilians killed in fighting. Fighters, soldiers and police are not counted here.';
    case 'deathsUnknown':
      return 'People whose status UCDP’s sources leave unclear: common in army operations and strikes, where reports rarely say who the dead were.';
    case 'low':
    case 'high':
      return `Everyone UCDP counts as killed — fighters of both sides (militants killed by the security forces included), civilians and people of unknown status — by its ${column} estimate. UCDP splits only the best estimate by side, so the other choices use the best.`;
    case 'best':
      return 'Everyone UCDP counts as killed — fighters of both sides (militants killed by the security forces included), civilians and people of unknown status — by its best estimate.';
  }
}
