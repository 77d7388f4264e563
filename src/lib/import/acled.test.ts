import { describe, expect, it } from 'vitest';
import {
  ACLED_EVENT_TYPES,
  ACLED_GEO_PRECISION_TO_WHERE_PREC,
  ACLED_RULES,
  acledViolenceType,
  classifyAcled,
  parseAcledDate,
  type AcledEventType,
} from './acled.ts';
import { IMPORT_ACTORS, IMPORT_CATEGORIES } from './categories.ts';
import { importFixtureFile } from './fixture-files.ts';

const EVENT_TYPES = Object.keys(ACLED_EVENT_TYPES) as AcledEventType[];

function shownAs(eventType: string, actor1: string, actor2 = 'Civilians (Pakistan)'): string | null {
  const found = classifyAcled(eventType, actor1, actor2);
  if (!found) return 'unknown event type';
  return found.shownAs ? `${found.shownAs.category}/${found.shownAs.actor}` : null;
}

describe('the ACLED mapping table', () => {
  it('names only categories and actor groups the atlas has', () => {
    const categories = new Set(IMPORT_CATEGORIES.map((c) => c.id));
    const actors = new Set(IMPORT_ACTORS.map((a) => a.id));
    for (const rule of ACLED_RULES) {
      if (!rule.shownAs) continue;
      expect(categories.has(rule.shownAs.category)).toBe(true);
      expect(actors.has(rule.shownAs.actor)).toBe(true);
    }
  });

  it('decides every ACLED event type, with a last rule that takes any actors', () => {
    for (const type of EVENT_TYPES) {
      const rules = ACLED_RULES.filter((rule) => rule.eventTypes.includes(type));
      expect(rules.length, type).toBeGreaterThan(0);
      expect(rules.at(-1)?.actor, type).toBeNull();
    }
  });

  it('does not count protests, riots and strategic developments, whoever acts', () => {
    for (const type of ['Protests', 'Riots', 'Strategic developments'])
      expect(shownAs(type, 'TTP: Tehreek-i-Taliban Pakistan')).toBeNull();
  });

  it('shows violent events by who the two main actors are', () => {
    const cases: [string, string, string, string][] = [
      ['Battles', 'Military Forces of Pakistan (2018-)', 'TTP: Tehreek-i-Taliban Pakistan', 'militant/ttp'],
      ['Battles', 'Military Forces of Pakistan (2018-)', 'Jamaat-ul-Ahrar', 'militant/ttp'],
      [
        'Explosions/Remote violence',
        'BLA: Baloch Liberation Army',
        'Military Forces of Pakistan (2018-)',
        'militant/baloch',
      ],
      ['Violence against civilians', 'BLF: Balochistan Liberation Front', 'Civilians', 'militant/baloch'],
      ['Violence against civilians', 'Islamic State (Pakistan)', 'Civilians', 'militant/islamic-state'],
      ['Violence against civilians', 'LeJ: Lashkar-e-Jhangvi', 'Civilians', 'militant/other'],
      ['Battles', 'Military Forces of India (2014-)', 'Military Forces of Pakistan (2018-)', 'loc/other'],
      [
        'Explosions/Remote violence',
        'Military Forces of the United States (2017-2021)',
        'Al Qaeda',
        'us-strikes/other',
      ],
      [
        'Battles',
        'Military Forces of Pakistan (2018-)',
        'Military Forces of Iran (1989-)',
        'foreign-state/other',
      ],
      ['Battles', 'Turi Tribal Militia (Pakistan)', 'Bangash Tribal Militia (Pakistan)', 'communal/other'],
      [
        'Violence against civilians',
        'Unidentified Armed Group (Pakistan)',
        'Civilians',
        'unclassified/unclassified',
      ],
      // the Baloch ethnic group ACLED names among victims is no insurgent group
      [
        'Violence against civilians',
        'Unidentified Armed Group (Pakistan)',
        'Baloch Ethnic Group (Pakistan)',
        'unclassified/unclassified',
      ],
    ];
    for (const [type, actor1, actor2, expected] of cases)
      expect(shownAs(type, actor1, actor2), `${actor1} - ${actor2}`).toBe(expected);
  });

  it('refuses an event type ACLED does not have', () => {
    expect(classifyAcled('Terrorism', 'TTP', '')).toBeNull();
    expect(classifyAcled('  battles ', 'TTP', '')?.shownAs).toEqual({ category: 'militant', actor: 'ttp' });
  });

  it('gives UCDP’s type of violence', () => {
    expect(acledViolenceType('Violence against civilians', 'TTP', '2', 'Civilians (Pakistan)', '7')).toBe(3);
    expect(
      acledViolenceType(
        'Explosions/Remote violence',
        'BLA',
        'Rebel group',
        'Civilians (Pakistan)',
        'Civilians',
      ),
    ).toBe(3);
    expect(acledViolenceType('Battles', 'Military Forces of Pakistan (2018-)', '1', 'TTP', '2')).toBe(1);
    expect(
      acledViolenceType('Battles', 'TTP', 'Rebel group', 'Police Forces of Pakistan (2018-)', 'State forces'),
    ).toBe(1);
    expect(acledViolenceType('Battles', 'Turi Tribal Militia', '4', 'Bangash Tribal Militia', '4')).toBe(2);
  });
});

describe('parseAcledDate', () => {
  it('reads both ways ACLED writes a day', () => {
    expect(parseAcledDate('2024-03-15')).toBe('2024-03-15');
    expect(parseAcledDate('15 March 2024')).toBe('2024-03-15');
    expect(parseAcledDate(' 5 march 2024 ')).toBe('2024-03-05');
    expect(parseAcledDate('15-Mar-2024')).toBe('2024-03-15');
    expect(parseAcledDate('1 Sept 2024')).toBe('2024-09-01');
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const bad of [
      '2024-02-30',
      '31 April 2024',
      '15 Marchy 2024',
      '15 Ma 2024',
      '03/15/2024',
      '',
      '2024',
    ])
      expect(parseAcledDate(bad), bad).toBeNull();
  });
});

describe('importing an ACLED export', () => {
  it('counts what it reads, skips what it does not count, and names the bad row', async () => {
    const result = await importFixtureFile('acled-export.csv');
    expect(result.fatal).toBeNull();
    expect(result.detected?.label).toBe('ACLED export');
    expect(result.summary).toMatchObject({
      rows: 8,
      valid: 7,
      invalid: 1,
      notCounted: 3,
      otherCountries: 1,
      countryFilter: 'country Pakistan',
      unclassified: 1,
    });
    // PAK900010 is the tenth data row: row 11 counting the header
    expect(result.errors.map((e) => `${e.row} ${e.field}`)).toEqual(['11 event_date', '11 fatalities']);
    const byRule = Object.fromEntries(
      ACLED_RULES.map((rule, i) => [
        `${rule.eventTypes[0]}: ${rule.actor?.says ?? 'any'}`,
        result.summary.byRule[i],
      ]),
    );
    expect(Object.values(byRule).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(10);
    expect(byRule['Protests: any']).toBe(1);
    expect(byRule['Battles: TTP, Tehreek-i-Taliban Pakistan or Jamaat-ul-Ahrar']).toBe(1);
  });

  it('gives each row the atlas’s date, deaths, actors and category', async () => {
    const result = await importFixtureFile('acled-export.csv');
    const { columns } = result.table;
    const rows = columns.id.map((id, i) => ({
      id,
      date: columns.date[i],
      deaths: columns.best[i],
      category: result.categories[columns.category[i] as number]?.id,
      district: columns.district[i],
      province: columns.province[i],
      wherePrec: columns.wherePrec[i],
      sideA: result.details.sideA[i],
    }));
    expect(rows).toEqual([
      {
        id: 900001,
        date: '2020-03-15',
        deaths: 12,
        category: 'militant',
        district: 'quetta',
        province: 'PK-BA',
        wherePrec: 1,
        sideA: 'Military Forces of Pakistan (2018-)',
      },
      {
        id: 900002,
        date: '2020-03-15',
        deaths: 8,
        category: 'militant',
        district: 'quetta',
        province: 'PK-BA',
        wherePrec: 2,
        sideA: 'BLA: Baloch Liberation Army',
      },
      {
        id: 900003,
        date: '2020-05-01',
        deaths: 5,
        category: 'unclassified',
        district: 'peshawar',
        province: 'PK-KP',
        wherePrec: 1,
        sideA: 'Unidentified Armed Group (Pakistan)',
      },
      {
        id: 900004,
        date: '2020-06-10',
        deaths: 3,
        category: 'foreign-state',
        district: 'kurram',
        province: 'PK-KP',
        wherePrec: 1,
        sideA: 'Military Forces of Pakistan (2018-)',
      },
      // geo_precision 3: only the region is known, so a province and no district
      {
        id: 900005,
        date: '2020-07-20',
        deaths: 30,
        category: 'militant',
        district: null,
        province: 'PK-BA',
        wherePrec: 4,
        sideA: 'Islamic State (Pakistan)',
      },
      {
        id: 900009,
        date: '2021-02-05',
        deaths: 2,
        category: 'loc',
        district: 'muzaffarabad',
        province: 'PK-JK',
        wherePrec: 1,
        sideA: 'Military Forces of India (2014-)',
      },
      {
        id: 900012,
        date: '2021-10-12',
        deaths: 4,
        category: 'communal',
        district: 'kurram',
        province: 'PK-KP',
        wherePrec: 1,
        sideA: 'Turi Tribal Militia (Pakistan)',
      },
    ]);
    expect(result.details.headline[2]).toContain('<b>an attack</b>');
    expect(result.details.where[0]).toBe('Quetta, Balochistan');
  });

  it('maps geo_precision 1-3 to the where_prec placement already honours', () => {
    expect(ACLED_GEO_PRECISION_TO_WHERE_PREC).toEqual({ 1: 1, 2: 2, 3: 4 });
  });
});
