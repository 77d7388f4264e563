/**
 * The hand-made readings of the raw border events: which crossings and corridors each
 * `crossing_or_corridor` value concerns, and what each closure or reopening report says about a
 * crossing's status. Both are keyed by what the CSV writes, so a new value or a new report fails the
 * build until someone reads it and adds it here.
 */
import type { CorridorId, CrossingId, OpenFor, StatusEffect } from './types.ts';

export { CROSSINGS, type CrossingSpec } from './crossing-places.ts';

export interface Topic {
  crossings: CrossingId[];
  corridors: CorridorId[];
  /** listed on the Durand Line's timeline */
  border: boolean;
}

const crossing = (...crossings: CrossingId[]): Topic => ({
  crossings,
  corridors: crossings.some((c) => c === 'torkham' || c === 'chaman') ? ['afghan-transit'] : [],
  border: true,
});

/** `crossing_or_corridor` as written in the CSV -> what the event concerns. */
export const TOPICS: Readonly<Record<string, Topic>> = {
  Torkham: crossing('torkham'),
  Chaman: crossing('chaman'),
  'Chaman-Spin Boldak': crossing('chaman'),
  Kharlachi: crossing('kharlachi'),
  'Angoor Adda': crossing('angoor-adda'),
  'Ghulam Khan': crossing('ghulam-khan'),
  'Afghan Transit Trade (Torkham, Chaman)': crossing('torkham', 'chaman'),
  'Torkham, Chaman, Ghulam Khan, Angoor Adda': crossing('torkham', 'chaman', 'ghulam-khan', 'angoor-adda'),
  'Durand Line (Angoor Adda sector)': crossing('angoor-adda'),
  'Durand Line (Ghulam Khan sector)': crossing('ghulam-khan'),
  'Durand Line (Torkham and Angoor Adda sectors)': crossing('torkham', 'angoor-adda'),
  'Durand Line conflict': { crossings: [], corridors: [], border: true },
  'Durand Line (all sectors)': { crossings: [], corridors: [], border: true },
  'Afghan trade routes (Pakistan vs Iran/Central Asia)': {
    crossings: [],
    corridors: ['afghan-transit'],
    border: true,
  },
  'CPEC / Gwadar': { crossings: [], corridors: ['cpec'], border: false },
  'Chabahar / INSTC': { crossings: [], corridors: ['chabahar'], border: false },
  // Nok Kundi lies on the N-40 from Quetta to Taftan.
  'Reko Diq / Saindak mining projects': { crossings: [], corridors: ['iran-link'], border: false },
};

export interface StatusReading {
  crossings: CrossingId[];
  effect: StatusEffect;
  /** why the row is read this way, in our words */
  basis: string;
}

const restricted = (openFor: OpenFor): StatusEffect => ({ kind: 'restricted', openFor });

/**
 * Every `closure` and `reopening` row, and the policy rows that report a crossing's status, by event id.
 * A closure or reopening row missing here fails the build.
 */
export const STATUS_READINGS: Readonly<Record<string, StatusReading>> = {
  'BCE-002': { crossings: ['torkham'], effect: { kind: 'closed' }, basis: 'Pakistan shut the crossing.' },
  'BCE-004': {
    crossings: ['torkham'],
    effect: { kind: 'open' },
    basis: 'Reopened for cargo on this day, for pedestrians two days later.',
  },
  'BCE-009': { crossings: ['torkham'], effect: { kind: 'closed' }, basis: 'Closed with all crossings.' },
  'BCE-010': { crossings: ['chaman'], effect: { kind: 'closed' }, basis: 'Closed with all crossings.' },
  'BCE-011': { crossings: ['kharlachi'], effect: { kind: 'closed' }, basis: 'Closed with all crossings.' },
  'BCE-012': { crossings: ['angoor-adda'], effect: { kind: 'closed' }, basis: 'Closed with all crossings.' },
  'BCE-013': { crossings: ['ghulam-khan'], effect: { kind: 'closed' }, basis: 'Closed with all crossings.' },
  'BCE-016': {
    crossings: ['torkham', 'chaman'],
    effect: { kind: 'trade-still-closed' },
    basis: 'Transit processing suspended because trucks could not cross.',
  },
  'BCE-019': {
    crossings: ['torkham', 'chaman', 'ghulam-khan', 'angoor-adda'],
    effect: { kind: 'trade-still-closed' },
    basis: 'The Foreign Office said the crossings would stay shut.',
  },
  'BCE-021': {
    crossings: ['torkham'],
    effect: restricted('returning refugees'),
    basis: 'Partly reopened for Afghans returning home; trade still suspended.',
  },
  'BCE-022': {
    crossings: ['chaman'],
    effect: restricted('returning refugees'),
    basis: 'Returns of Afghans resumed; returnees only.',
  },
  'BCE-027': {
    crossings: ['torkham'],
    effect: restricted('UN aid'),
    basis: 'UN aid containers allowed through; trade and travel still shut.',
  },
  'BCE-028': {
    crossings: ['chaman'],
    effect: restricted('UN aid'),
    basis: 'UN aid containers allowed through; trade and travel still shut.',
  },
  'BCE-029': {
    crossings: ['torkham'],
    effect: { kind: 'trade-still-closed' },
    basis: 'A status report: closed to trade for more than 100 days, not a new closure.',
  },
};
