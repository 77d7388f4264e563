/**
 * Reading ACLED's CSV export: its columns, its dates ("2024-03-15" or "15 March 2024"), its precision
 * codes, and the one table that says how its events are shown in the atlas's categories.
 *
 * ACLED counts more than UCDP does: protests, riots and strategic developments (agreements, arrests,
 * defused bombs) besides armed violence, and events without deaths. The atlas counts only ACLED's
 * three kinds of political violence; who the two main actors are decides the category, by the same
 * groups the UCDP classification uses, and an event whose actors are none of them is kept as "Not
 * classified" rather than guessed into a group.
 */
import type { ImportActorId, ImportCategoryId, ImportError } from './types.ts';
import { MAX_DEATHS, RowReader, type RowCheck } from './validate-row.ts';

export const ACLED_REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
] as const;

export const ACLED_OPTIONAL_COLUMNS = [
  'time_precision',
  'inter1',
  'inter2',
  'admin1',
  'admin2',
  'location',
  'notes',
] as const;

export type AcledColumn = (typeof ACLED_REQUIRED_COLUMNS)[number] | (typeof ACLED_OPTIONAL_COLUMNS)[number];
export type AcledColumnIndex = Readonly<Record<AcledColumn, number>>;

/** ACLED's event types and their sub-event types, as its codebook names them. */
export const ACLED_EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const satisfies Record<string, readonly string[]>;

export type AcledEventType = keyof typeof ACLED_EVENT_TYPES;

const VIOLENT: readonly AcledEventType[] = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
];

export interface AcledRule {
  eventTypes: readonly AcledEventType[];
  /** one of the two main actors (actor1 or actor2) must match; null: any actors */
  actor: { says: string; pattern: RegExp } | null;
  /** the atlas's category and actor group; null: the event is not counted (skipped and counted apart) */
  shownAs: { category: ImportCategoryId; actor: ImportActorId } | null;
  why: string;
}

/**
 * How an ACLED event is shown: the first rule that fits it decides. Actor names follow ACLED's
 * conventions ("Military Forces of India (2014-)", "TTP: Tehreek-i-Taliban Pakistan").
 */
export const ACLED_RULES: readonly AcledRule[] = [
  {
    eventTypes: ['Protests'],
    actor: null,
    shownAs: null,
    why: 'Not armed violence; UCDP, whose events the atlas ships, does not record protests either.',
  },
  {
    eventTypes: ['Riots'],
    actor: null,
    shownAs: null,
    why: 'Crowd violence, not violence by an organised armed group.',
  },
  {
    eventTypes: ['Strategic developments'],
    actor: null,
    shownAs: null,
    why: 'Not a violent event (agreements, arrests, defused bombs, new bases, looting).',
  },
  {
    eventTypes: VIOLENT,
    actor: { says: 'Military Forces of India', pattern: /^Military Forces of India\b/i },
    shownAs: { category: 'loc', actor: 'other' },
    why: 'Fighting between the Indian and Pakistani armies, as UCDP’s India–Pakistan dyad.',
  },
  {
    eventTypes: VIOLENT,
    actor: {
      says: 'Military Forces of the United States',
      pattern: /^Military Forces of the United States\b/i,
    },
    shownAs: { category: 'us-strikes', actor: 'other' },
    why: 'US strikes, as UCDP’s US dyads.',
  },
  {
    eventTypes: VIOLENT,
    actor: {
      says: 'Military or Police Forces of Afghanistan, Iran or China',
      pattern: /^(Military|Police) Forces of (Afghanistan|Iran|China)\b/i,
    },
    shownAs: { category: 'foreign-state', actor: 'other' },
    why: 'Another state’s forces acting on Pakistani soil.',
  },
  {
    eventTypes: VIOLENT,
    actor: {
      says: 'TTP, Tehreek-i-Taliban Pakistan or Jamaat-ul-Ahrar',
      pattern: /\bTTP\b|Tehr[ei]e?k-?[ie]-?Taliban Pakistan|Jamaat[- ]ul[- ]Ahrar/i,
    },
    shownAs: { category: 'militant', actor: 'ttp' },
    why: 'The TTP and its factions.',
  },
  {
    eventTypes: VIOLENT,
    actor: {
      says: 'BLA, BLF, BRA(S), UBA or another Baloch Liberation/Republican group',
      pattern: /\b(BLA|BLF|BRA|BRAS|UBA)\b|Baloch(istan)? (Liberation|Republican)/i,
    },
    shownAs: { category: 'militant', actor: 'baloch' },
    why: 'Baloch insurgent groups (not the "Baloch Ethnic Group" ACLED names among victims).',
  },
  {
    eventTypes: VIOLENT,
    actor: { says: 'Islamic State (any province), ISKP', pattern: /Islamic State|\bISKP\b|\bIS-?K\b/i },
    shownAs: { category: 'militant', actor: 'islamic-state' },
    why: 'Islamic State and its Khorasan province.',
  },
  {
    eventTypes: VIOLENT,
    actor: {
      says: 'Lashkar-e-…, Jaish-…, al Qaeda, Hafiz Gul Bahadur',
      pattern: /Lashkar-[ei]-|Jaish-|al[- ]Qa'?[ei]da|Hafiz Gul Bahadur/i,
    },
    shownAs: { category: 'militant', actor: 'other' },
    why: 'Other Islamist armed groups, as in the UCDP classification.',
  },
  {
    eventTypes: VIOLENT,
    actor: {
      says: 'a tribal, clan, communal or ethnic militia, MQM or PPP',
      pattern: /\b(Tribal|Clan|Communal|Ethnic) Militia\b|\bMQM\b|\bPPP\b/i,
    },
    shownAs: { category: 'communal', actor: 'other' },
    why: 'Clashes between tribes, communities and parties.',
  },
  {
    eventTypes: VIOLENT,
    actor: null,
    shownAs: { category: 'unclassified', actor: 'unclassified' },
    why: 'Actors none of the groups above, often "Unidentified Armed Group (Pakistan)": kept, not guessed.',
  },
];

export interface AcledClass {
  /** the rule that decided, an index into ACLED_RULES */
  rule: number;
  shownAs: AcledRule['shownAs'];
}

/** The first rule that fits; null only for an event type ACLED does not have. */
export function classifyAcled(eventType: string, actor1: string, actor2: string): AcledClass | null {
  const type = ACLED_EVENT_TYPE_BY_NAME.get(eventType.trim().toLowerCase());
  if (type === undefined) return null;
  const rule = ACLED_RULES.findIndex(
    (r) =>
      r.eventTypes.includes(type) &&
      (r.actor === null || r.actor.pattern.test(actor1) || r.actor.pattern.test(actor2)),
  );
  return rule < 0 ? null : { rule, shownAs: (ACLED_RULES[rule] as AcledRule).shownAs };
}

const ACLED_EVENT_TYPE_BY_NAME = new Map(
  (Object.keys(ACLED_EVENT_TYPES) as AcledEventType[]).map((type) => [type.toLowerCase(), type]),
);

/** True when the atlas does not count events of this type (protests, riots, strategic developments). */
export function isUncountedAcledType(eventType: string): boolean {
  const type = ACLED_EVENT_TYPE_BY_NAME.get(eventType.trim().toLowerCase());
  return type !== undefined && !VIOLENT.includes(type);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// "15 March 2024" (ACLED's export tool), also "15-Mar-2024" and "15 Sept 2024" as spreadsheets rewrite it
const NAMED_DAY = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/i;

/** YYYY-MM-DD of a real calendar day written either way ACLED writes it, or null. */
export function parseAcledDate(raw: string): string | null {
  const text = raw.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DAY.exec(text);
  const named = iso ? null : NAMED_DAY.exec(text);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (named) {
    const word = (named[2] as string).toLowerCase();
    const index = word.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))) : -1;
    const whole = MONTHS[index];
    if (whole === undefined || !(whole.startsWith(word) || (word === 'sept' && index === 8))) return null;
    year = Number(named[3]);
    month = index + 1;
    day = Number(named[1]);
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * ACLED's geo_precision as UCDP's where_prec, so placement treats both alike: 1 (the town itself) and
 * 2 (near a town, within its district) are placed in a district as UCDP's 1 and 2 are; 3 (only a
 * larger region is named) is counted in its province only, as UCDP's 4.
 */
export const ACLED_GEO_PRECISION_TO_WHERE_PREC: Readonly<Record<1 | 2 | 3, number>> = { 1: 1, 2: 2, 3: 4 };

/** ACLED's time_precision (1 day, 2 week, 3 month) as UCDP's date_prec (1 day, 3 week, 4 month). */
export const ACLED_TIME_PRECISION_TO_DATE_PREC: Readonly<Record<1 | 2 | 3, number>> = { 1: 1, 2: 3, 3: 4 };

const EVENT_ID = /^([A-Za-z]{2,4})(\d{1,9})$/;

function isState(actor: string, inter: string): boolean {
  return inter === '1' || /^state forces$/i.test(inter) || /^(Military|Police) Forces of /i.test(actor);
}

function isCivilians(actor: string, inter: string): boolean {
  return inter === '7' || /^civilians$/i.test(inter) || /^Civilians\b/i.test(actor);
}

/** UCDP's type of violence: one-sided against civilians, state-based with a state's forces, else non-state. */
export function acledViolenceType(
  eventType: string,
  actor1: string,
  inter1: string,
  actor2: string,
  inter2: string,
): 1 | 2 | 3 {
  if (eventType.trim().toLowerCase() === 'violence against civilians' || isCivilians(actor2, inter2))
    return 3;
  if (isState(actor1, inter1) || isState(actor2, inter2)) return 1;
  return 2;
}

/** Checks one ACLED row of a counted event type and gives it in UCDP's terms. */
export function validateAcledRow(
  cells: readonly string[],
  columns: AcledColumnIndex,
  expectedCells: number,
  row: number,
): RowCheck {
  const r = new RowReader<AcledColumn>(cells, columns, row);
  if (cells.length !== expectedCells) {
    r.fail(
      '(row)',
      `expected ${expectedCells} cells as in the header, found ${cells.length} (an unquoted comma?)`,
    );
    return { valid: null, errors: r.errors, warnings: r.warnings };
  }
  const rawId = (r.raw('event_id_cnty') ?? '').trim();
  const idMatch = EVENT_ID.exec(rawId);
  if (!idMatch) r.fail('event_id_cnty', 'expected a country code and a number, as PAK1234', rawId);
  const id = idMatch ? Number(idMatch[2]) : NaN;
  if (idMatch && id > 2 ** 31 - 1) r.fail('event_id_cnty', 'number too large', rawId);
  const year = r.integer('year', 1946, 2100);
  const rawDate = (r.raw('event_date') ?? '').trim();
  const date = parseAcledDate(rawDate) ?? '';
  if (date === '')
    r.fail(
      'event_date',
      rawDate === '' ? 'value is empty' : 'expected a date as 2024-03-15 or 15 March 2024',
      rawDate,
    );
  if (date !== '' && Number.isFinite(year) && Number(date.slice(0, 4)) !== year)
    r.fail('year', `year ${year} does not match event_date ${rawDate}`, String(year));
  const geoPrecision = r.integer('geo_precision', 1, 3) as 1 | 2 | 3;
  const timePrecision = r.integer('time_precision', 1, 3, 1) as 1 | 2 | 3;
  const lat = r.decimal('latitude', -90, 90, 'coordinates out of range: latitude must be -90 to 90');
  const lon = r.decimal('longitude', -180, 180, 'coordinates out of range: longitude must be -180 to 180');
  const deaths = r.integer('fatalities', 0, MAX_DEATHS);
  const eventType = r.text('event_type');
  const actor1 = r.text('actor1');
  const actor2 = r.text('actor2');
  const kind = classifyAcled(eventType, actor1, actor2);
  if (!kind) {
    r.fail(
      'event_type',
      `not one of ACLED’s event types (${Object.keys(ACLED_EVENT_TYPES).join(', ')})`,
      eventType,
    );
  }
  const notes = r.text('notes');
  const where = [r.text('location'), r.text('admin2'), r.text('admin1')]
    .filter((part, i, parts) => part !== '' && parts.indexOf(part) === i)
    .join(', ');
  if (r.failed || !kind) return { valid: null, errors: r.errors, warnings: r.warnings };
  const typeOfViolence = acledViolenceType(eventType, actor1, r.text('inter1'), actor2, r.text('inter2'));
  return {
    valid: {
      id,
      year,
      typeOfViolence,
      dyad: actor2 ? `${actor1} - ${actor2}` : actor1,
      sideA: actor1,
      sideB: actor2,
      wherePrec: ACLED_GEO_PRECISION_TO_WHERE_PREC[geoPrecision],
      datePrec: ACLED_TIME_PRECISION_TO_DATE_PREC[timePrecision],
      date,
      dateEnd: '',
      lon,
      lat,
      best: deaths,
      low: deaths,
      high: deaths,
      headline: notes,
      where,
      rule: kind.rule,
    },
    errors: r.errors,
    warnings: r.warnings,
  };
}

/** Column positions of an ACLED header, or the missing columns. */
export function readAcledHeader(names: readonly string[]): {
  columns: AcledColumnIndex | null;
  problems: ImportError[];
} {
  const problems: ImportError[] = [];
  const index: Partial<Record<AcledColumn, number>> = {};
  for (const column of [...ACLED_REQUIRED_COLUMNS, ...ACLED_OPTIONAL_COLUMNS]) {
    const first = names.indexOf(column);
    if (first >= 0 && names.indexOf(column, first + 1) >= 0)
      problems.push({ row: 1, field: column, message: `column "${column}" appears more than once` });
    index[column] = first;
  }
  for (const column of ACLED_REQUIRED_COLUMNS) {
    if (index[column] === -1)
      problems.push({ row: 1, field: column, message: `missing column "${column}" of an ACLED export` });
  }
  return { columns: problems.length === 0 ? (index as AcledColumnIndex) : null, problems };
}
