import type { Topic } from './types.ts';

/** The fixed topics a claim can belong to, in the order the app lists them. */
export const TOPICS: readonly Topic[] = [
  { id: 'attacks', label: 'Attacks and casualties' },
  { id: 'ttp', label: 'The TTP and other militant groups' },
  { id: 'ceasefire', label: 'Talks and ceasefires' },
  { id: 'afghan-taliban', label: 'The Afghan Taliban and Pakistan' },
  { id: 'refugees', label: 'Afghan refugees and expulsions' },
  { id: 'elections-ethnicity', label: 'Elections and ethnic grievances' },
  { id: 'baloch-insurgency', label: 'Baloch insurgency' },
  { id: 'cpec-china', label: 'CPEC and China' },
  { id: 'trade-border', label: 'Border and transit trade' },
  { id: 'chabahar', label: 'Chabahar alternative' },
  { id: 'military-operations', label: 'Military operations' },
  { id: 'diplomacy', label: 'Diplomacy and outside powers' },
];
