/**
 * Finding a place by what people type: names folded to plain lower-case letters and digits (accents,
 * dots, dashes and brackets ignored), the usual short forms ("D.I. Khan", "KP", "FATA") as aliases,
 * and results ranked exact name, then start of a name, then every typed word starting a word, then
 * anywhere inside.
 */

export type SearchKind = 'province' | 'district' | 'border' | 'place' | 'corridor' | 'route' | 'incident';

export interface SearchEntry {
  /** unique within the index */
  key: string;
  kind: SearchKind;
  name: string;
  /** a short line under the name: what and where it is */
  detail: string;
  /** other names it goes by */
  aliases: readonly string[];
}

export interface PreparedEntry<E extends SearchEntry = SearchEntry> {
  entry: E;
  /** the folded name, aliases and short forms */
  terms: string[];
  /** the same without spaces, for "dikhan" or "kpk" */
  compact: string[];
}

export interface SearchResult<E extends SearchEntry = SearchEntry> {
  entry: E;
  /** 0 exact, 1 a term starts with the query, 2 each word starts a word, 3 inside a term */
  tier: number;
}

/** Kinds people most often look for come first among equally good matches. */
const KIND_ORDER: Readonly<Record<SearchKind, number>> = {
  province: 0,
  district: 1,
  border: 2,
  place: 3,
  corridor: 4,
  route: 5,
  incident: 6,
};

/** Lower case, accents and marks removed, every run of punctuation or space one space. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Short forms made the way Pakistani place names are shortened: the leading words to their initials
 * and the last word kept ("Dera Ismail Khan" → "d i khan", "Toba Tek Singh" → "t t singh"), and all
 * initials ("dik").
 */
export function shortForms(name: string): string[] {
  const words = fold(name).split(' ').filter(Boolean);
  if (words.length < 3) return [];
  const initials = words.slice(0, -1).map((w) => w[0]);
  return [`${initials.join(' ')} ${words.at(-1)}`, words.map((w) => w[0]).join('')];
}

export function prepare<E extends SearchEntry>(entries: readonly E[]): PreparedEntry<E>[] {
  return entries.map((entry) => {
    const terms = [
      ...new Set([entry.name, ...entry.aliases].map(fold).concat(shortForms(entry.name)).filter(Boolean)),
    ];
    return { entry, terms, compact: terms.map((t) => t.replace(/ /g, '')) };
  });
}

function tierOf(
  prepared: PreparedEntry,
  query: string,
  words: string[],
  compactQuery: string,
): number | null {
  let best: number | null = null;
  const consider = (tier: number) => {
    if (best === null || tier < best) best = tier;
  };
  prepared.terms.forEach((term, i) => {
    const compact = prepared.compact[i] as string;
    if (term === query || compact === compactQuery) consider(0);
    else if (term.startsWith(query) || (compactQuery.length > 2 && compact.startsWith(compactQuery)))
      consider(1);
    else {
      const termWords = term.split(' ');
      if (words.every((w) => termWords.some((t) => t.startsWith(w)))) consider(2);
      else if (query.length > 2 && term.includes(query)) consider(3);
    }
  });
  return best;
}

/** The best matches for a query, best first; nothing for an empty query. */
export function search<E extends SearchEntry>(
  index: readonly PreparedEntry<E>[],
  rawQuery: string,
  limit = 8,
): SearchResult<E>[] {
  const query = fold(rawQuery);
  if (!query) return [];
  const words = query.split(' ');
  const compactQuery = query.replace(/ /g, '');
  const results: SearchResult<E>[] = [];
  for (const prepared of index) {
    const tier = tierOf(prepared, query, words, compactQuery);
    if (tier !== null) results.push({ entry: prepared.entry, tier });
  }
  results.sort(
    (a, b) =>
      a.tier - b.tier ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.name.length - b.entry.name.length ||
      a.entry.name.localeCompare(b.entry.name),
  );
  return results.slice(0, limit);
}
