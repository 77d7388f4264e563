import { parseBorderDate } from '../border/date';

/**
 * The app's state in the URL hash, beside MapLibre's own `map=zoom/lat/lng`.
 * Parsing never throws: every unknown, malformed or out-of-range value falls back to its default.
 */

import { OVERLAY_REGISTRY, type Overlay } from '../overlays/registry';

export type { Overlay };
/** The overlay ids, in the order `layers=` writes them. */
export const OVERLAYS: readonly Overlay[] = OVERLAY_REGISTRY.map((o) => o.id);

export const LEVELS = ['province', 'district'] as const;
export type Level = (typeof LEVELS)[number];

export const METRICS = ['events', 'deaths'] as const;
export type Metric = (typeof METRICS)[number];

export const RATES = ['count', 'per100k', 'per1000km2'] as const;
export type Rate = (typeof RATES)[number];

export const CLASS_METHODS = ['quantile', 'ckmeans', 'equal'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

/**
 * Whose deaths a deaths view counts, as UCDP splits its best estimate (`deaths=`): all of them, civilians,
 * side A (in state-based violence a government), side B, or people of unknown status.
 */
export const DEATH_KINDS = ['all', 'civilians', 'side-a', 'side-b', 'unknown'] as const;
export type DeathKind = (typeof DEATH_KINDS)[number];

/** UCDP's estimate counted (`est=`): low, best or high; UCDP splits only the best estimate by side. */
export const ESTIMATES = ['best', 'low', 'high'] as const;
export type Estimate = (typeof ESTIMATES)[number];

/** The years the event data can cover; published figures extend the range to 2026 (to late March). */
export const YEAR_MIN = 1989;
export const YEAR_MAX = 2026;
export const EVENT_YEAR_MAX = 2021;

export interface AppParams {
  overlays: Overlay[];
  level: Level;
  metric: Metric;
  /** whose deaths are counted */
  deaths: DeathKind;
  /** which UCDP estimate: low and high exist for all deaths only, so any other kind reads the best */
  estimate: Estimate;
  rate: Rate;
  /** the class method the view asks for; null = the default for the number of areas shown */
  classes: ClassMethod | null;
  years: [number, number];
  /** a second period to compare against, or null */
  compare: [number, number] | null;
  /** category ids; empty = the default set */
  categories: string[];
  /** actor group ids; empty = all */
  actors: string[];
  /** published-figures organisation id, or null for the default */
  series: string | null;
  /** selected region id (district slug, ISO province, place, route or region id) */
  region: string | null;
  /** corridor exposure distance in km */
  corridorKm: number;
  /** embedded in another page: map, legend, title and source line, no editing controls */
  embed: boolean;
  /** the day the border layers and panels are drawn at (`YYYY-MM-DD`), or null */
  date: string | null;
  /**
   * which events the view shows: null for the shipped UCDP GED table, `import:` and 12 hex digits
   * (a hash of the file's content) for a file the user imported, kept in their browser only
   */
  data: string | null;
  /** the published year the map shows within a range of published years, or null for the last */
  focus: number | null;
  /** published district layer (one report's one count), or null for the province view */
  districtScope: string | null;
}

export const DEFAULT_PARAMS: Readonly<AppParams> = Object.freeze({
  overlays: OVERLAY_REGISTRY.filter((o) => o.on).map((o) => o.id),
  level: 'district' as Level,
  metric: 'deaths' as Metric,
  deaths: 'all' as DeathKind,
  estimate: 'best' as Estimate,
  rate: 'count' as Rate,
  classes: null,
  years: [2007, 2021] as [number, number],
  compare: null,
  categories: [] as string[],
  actors: [] as string[],
  series: null,
  region: null,
  corridorKm: 25,
  embed: false,
  date: null,
  data: null,
  focus: null,
  districtScope: null,
});

/** `data=import:<12 hex digits>`: names a user's import by its file's content hash. */
export const IMPORT_DATA_PATTERN = /^import:[0-9a-f]{12}$/;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** `2015-2023`, or one year (`2025`) for that year alone. */
function parseYearRange(value: string | undefined): [number, number] | null {
  const match = value?.match(/^(\d{4})(?:-(\d{4}))?$/);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (from < YEAR_MIN || to > YEAR_MAX || from > to) return null;
  return [from, to];
}

function parseFocus(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

function parseIdList(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  if (value === '') return [];
  const ids = value.split(',');
  if (ids.length > 32 || !ids.every((id) => ID_PATTERN.test(id))) return null;
  return [...new Set(ids)];
}

/** Splits `#a=1&b=2` into pairs without decoding `/` in MapLibre's own value. */
export function splitHash(hash: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      continue;
    }
    if (!pairs.has(key)) pairs.set(key, value);
  }
  return pairs;
}

export function parseParams(hash: string): AppParams {
  const pairs = splitHash(hash);
  const get = (key: string) => pairs.get(key);
  const overlays = parseIdList(get('layers'));
  const corridorKm = Number(get('km'));
  const deaths = oneOf(get('deaths'), DEATH_KINDS, DEFAULT_PARAMS.deaths);
  return {
    overlays:
      overlays === null
        ? [...DEFAULT_PARAMS.overlays]
        : OVERLAYS.filter((overlay) => overlays.includes(overlay)),
    level: oneOf(get('level'), LEVELS, DEFAULT_PARAMS.level),
    metric: oneOf(get('metric'), METRICS, DEFAULT_PARAMS.metric),
    deaths,
    // UCDP gives low and high for all deaths only: with another kind, the best estimate is what is counted.
    estimate: deaths === 'all' ? oneOf(get('est'), ESTIMATES, DEFAULT_PARAMS.estimate) : 'best',
    rate: oneOf(get('rate'), RATES, DEFAULT_PARAMS.rate),
    classes: (CLASS_METHODS as readonly string[]).includes(get('classes') ?? '')
      ? (get('classes') as ClassMethod)
      : null,
    years: parseYearRange(get('years')) ?? [...DEFAULT_PARAMS.years],
    compare: parseYearRange(get('compare')),
    categories: parseIdList(get('cat')) ?? [],
    actors: parseIdList(get('actor')) ?? [],
    series: ID_PATTERN.test(get('series') ?? '') ? (get('series') as string) : null,
    region: ID_PATTERN.test(get('region') ?? '') ? (get('region') as string) : null,
    corridorKm:
      Number.isInteger(corridorKm) && corridorKm >= 10 && corridorKm <= 100
        ? corridorKm
        : DEFAULT_PARAMS.corridorKm,
    embed: get('embed') === '1',
    date: parseBorderDate(get('date')),
    data: IMPORT_DATA_PATTERN.test(get('data') ?? '') ? (get('data') as string) : null,
    focus: parseFocus(get('focus')),
    districtScope: ID_PATTERN.test(get('dscope') ?? '') ? (get('dscope') as string) : null,
  };
}

/** Every key of the hash with its value for `params` and for the defaults, in the order links write them. */
function paramEntries(params: AppParams): [key: string, value: string, fallback: string][] {
  return [
    ['layers', params.overlays.join(','), DEFAULT_PARAMS.overlays.join(',')],
    ['level', params.level, DEFAULT_PARAMS.level],
    ['metric', params.metric, DEFAULT_PARAMS.metric],
    ['deaths', params.deaths, DEFAULT_PARAMS.deaths],
    ['est', params.deaths === 'all' ? params.estimate : DEFAULT_PARAMS.estimate, DEFAULT_PARAMS.estimate],
    ['rate', params.rate, DEFAULT_PARAMS.rate],
    // Written whenever chosen, so a link keeps the method even where the default differs.
    ['classes', params.classes ?? '', ''],
    ['years', params.years.join('-'), DEFAULT_PARAMS.years.join('-')],
    ['compare', params.compare ? params.compare.join('-') : '', ''],
    ['cat', params.categories.join(','), ''],
    ['actor', params.actors.join(','), ''],
    ['series', params.series ?? '', ''],
    ['region', params.region ?? '', ''],
    ['km', String(params.corridorKm), String(DEFAULT_PARAMS.corridorKm)],
    ['embed', params.embed ? '1' : '', ''],
    ['date', params.date ?? '', ''],
    ['data', params.data ?? '', ''],
    ['focus', params.focus === null ? '' : String(params.focus), ''],
    ['dscope', params.districtScope ?? '', ''],
  ];
}

/** Writes only what differs from the defaults, keeping MapLibre's `map=` first and untouched. */
export function serializeParams(params: AppParams, mapValue: string | undefined): string {
  const parts: string[] = [];
  if (mapValue) parts.push(`map=${mapValue}`);
  for (const [key, value, fallback] of paramEntries(params)) {
    if (value !== fallback)
      parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

const LIST_KEYS = new Set(['layers', 'cat', 'actor']);
const YEAR_KEYS = new Set(['years', 'compare', 'focus']);

/**
 * What a link asked for that the atlas could not show, one sentence each, so a shared view that falls
 * back to a default says so instead of showing something else without a word.
 */
export function linkProblems(hash: string, params: AppParams = parseParams(hash)): string[] {
  const pairs = splitHash(hash);
  const problems: string[] = [];
  const sameList = (a: string, b: string) =>
    [...new Set(a.split(',').filter(Boolean))].sort().join(',') ===
    [...new Set(b.split(',').filter(Boolean))].sort().join(',');
  for (const [key, value, fallback] of paramEntries(params)) {
    const asked = pairs.get(key);
    if (asked === undefined || asked === value || (YEAR_KEYS.has(key) && value === `${asked}-${asked}`))
      continue;
    if (LIST_KEYS.has(key) && sameList(asked, value)) continue;
    if (key === 'embed' && value === '') continue;
    const shown = value === '' ? 'nothing' : value;
    if (key === 'est' && (ESTIMATES as readonly string[]).includes(asked)) {
      problems.push(
        `The link asks for est=${asked} with deaths=${params.deaths}: UCDP gives its low and high estimates for all deaths only, not split by whose deaths they are, so the best estimate is shown.`,
      );
    } else if (YEAR_KEYS.has(key)) {
      const years = value.replace('-', '–');
      problems.push(
        `The link asks for ${key}=${asked}, which this atlas does not have: its years run from ${YEAR_MIN} to ${YEAR_MAX} (${YEAR_MAX} to late March), earliest year first. Showing ${value === '' ? (key === 'compare' ? 'no comparison' : 'the latest year') : years} instead.`,
      );
    } else if (LIST_KEYS.has(key)) {
      problems.push(`The link asks for ${key}=${asked}; some of it is not known here and was left out.`);
    } else {
      problems.push(
        `The link asks for ${key}=${asked}, which is not a value this atlas knows: showing ${value === fallback && value !== '' ? `the default (${shown})` : shown} instead.`,
      );
    }
  }
  return problems;
}
