/**
 * Who published a figure, as a reader should see it. Organisation ids ('pips',
 * 'govt-of-pakistan-ministry-of-interior') and article ids ('qonversations-2023') are keys, not names.
 */
import type { Organisation } from '../data/published';

/** "PIPS" for "Pak Institute for Peace Studies (PIPS)", the full name where it has no abbreviation, "Article" for a figure an analysis article gives. */
export function orgName(org: string, organisations: readonly Pick<Organisation, 'id' | 'name'>[]): string {
  const organisation = organisations.find((o) => o.id === org);
  if (organisation === undefined) return 'Article';
  return /\(([A-Z]{2,})\)$/.exec(organisation.name)?.[1] ?? organisation.name;
}
