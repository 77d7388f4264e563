/**
 * Published annual figures (think tanks, government, SATP) -> `data/published-figures.json`.
 * Every figure keeps its citation; each organisation counts something different, so the app shows
 * one organisation per view and says what it counts.
 */
import { basename } from 'node:path';
import { idNumberer, slugify } from '../ids.ts';
import { PipelineError } from '../pipeline.ts';
import { cell, parseCsv, requireText, type CsvRecord } from './csv.ts';
import { classifyPeriod } from './periods.ts';
import type {
  KpPart,
  Organisation,
  PublishedFigure,
  PublishedFiguresFile as PublishedFigures,
} from '../../src/lib/contracts/published-figures.ts';

export type { KpPart, PublishedFigure, PublishedFigures };

export const FIGURE_COLUMNS = [
  'source_org',
  'source_series',
  'metric_scope',
  'year',
  'period',
  'province_as_reported',
  'province_current',
  'iso_current',
  'attacks_or_incidents',
  'killed',
  'injured',
  'other_breakdown',
  'citation_url',
  'citation_outlet',
  'citation_date',
  'note',
] as const;

/** ISO codes a figure may be attached to: Pakistan as a whole and its current provinces and territories. */
export const KNOWN_ISO = ['PK', 'PK-BA', 'PK-KP', 'PK-PB', 'PK-SD', 'PK-IS', 'PK-JK', 'PK-GB'] as const;

/** Figures reported for several provinces together (no single ISO); named here so new ones are read first. */
export const COMBINED_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'KP + Balochistan combined': ['PK-KP', 'PK-BA'],
  'other regions combined (Sindh, Punjab, AJK, ICT, GB)': ['PK-SD', 'PK-PB', 'PK-JK', 'PK-IS', 'PK-GB'],
  'rest of Pakistan': ['PK-PB', 'PK-SD', 'PK-IS', 'PK-JK', 'PK-GB'],
};

/**
 * Which part of Khyber Pakhtunkhwa a KP figure covers. Sources keep reporting the tribal districts
 * (ex-FATA, merged in 2018) apart from the settled districts; the map shows the sum, panels both parts.
 */
/** The part of KP named by `province_as_reported`, or null when the name is not one this table knows. */
export function kpPartOf(provinceAsReported: string): KpPart | null {
  const name = provinceAsReported.trim().toLowerCase();
  if (/\bincl\. (tribal|merged) districts/.test(name)) return 'whole';
  if (/fata|tribal/.test(name)) return 'tribal';
  if (/settled|mainland/.test(name)) return 'settled';
  if (['kp', 'khyber pakhtunkhwa', 'khyber-pakhtunkhwa'].includes(name)) return 'whole';
  return null;
}

/** Keyed by `source_org` as written in the CSV; an organisation not listed here fails the build. */
export const ORGANISATIONS: Readonly<Record<string, Omit<Organisation, 'id' | 'name'> & { name: string }>> = {
  PIPS: {
    name: 'Pak Institute for Peace Studies (PIPS)',
    counts: 'Terrorist attacks; security-force operations against militants are not counted.',
    caveat:
      'Its attack counts are the lowest of the think tanks in these years; definitions differ, so compare PIPS figures only with each other.',
  },
  PICSS: {
    name: 'Pakistan Institute for Conflict and Security Studies (PICSS)',
    counts:
      'Militant attacks, not counting security-force actions; one series counts suicide attacks only. Some reports split Khyber Pakhtunkhwa into settled and tribal (ex-FATA) districts.',
    caveat:
      'Figures get revised (its 2022 total was restated in its 2023 report); check the series and period of each figure.',
  },
  CRSS: {
    name: 'Center for Research and Security Studies (CRSS)',
    counts:
      'Violent incidents including terror attacks and counter-terror operations; its death tolls include militants killed.',
    caveat:
      'Incident and death counts are much higher than PIPS or PICSS because operations and militants are included.',
  },
  'Govt of Pakistan (Ministry of Interior)': {
    name: 'Government of Pakistan, Ministry of Interior',
    counts:
      'Terrorist incidents recorded by the government, as given in a written reply to the National Assembly.',
    caveat:
      'Official "incidents" are a far broader count than the think tanks\' "attacks"; partial year (January-October).',
  },
  'KP Police CTD': {
    name: 'Khyber Pakhtunkhwa Police, Counter Terrorism Department',
    counts: 'Terror incidents recorded by the provincial police, Khyber Pakhtunkhwa only.',
    caveat: 'One province only; a police record of incidents, not comparable with think-tank attack counts.',
  },
  'KP Police': {
    name: 'Khyber Pakhtunkhwa Police',
    counts: 'Terror incidents recorded by the provincial police, Khyber Pakhtunkhwa only.',
    caveat:
      'Police statistics as quoted by the press; one province only, not comparable with think-tank attack counts.',
  },
  'Bannu Police (DIG Bannu)': {
    name: 'Bannu Police (Deputy Inspector General, Bannu region)',
    counts: 'Terrorist attacks on the police in Bannu district; killed and injured are police only.',
    caveat: 'Attacks on the police only, one district; not a count of all attacks.',
  },
  'Govt of Balochistan': {
    name: 'Government of Balochistan',
    counts: 'Terrorism-related incidents recorded by the provincial government, Balochistan only.',
    caveat:
      'Official incidents are a broader count than think-tank attacks; two government sets for 2025 disagree (940 and 432 incidents).',
  },
  'Govt of Balochistan (security officials)': {
    name: 'Government of Balochistan (security officials, as reported by The Balochistan Post)',
    counts: 'Armed incidents in Balochistan per official data, as reported to about 22 December.',
    caveat:
      'Secondary reporting of official data; conflicts with the government annual report (940 incidents).',
  },
  'Govt of Balochistan (Home Department)': {
    name: 'Government of Balochistan, Home Department',
    counts: 'Terrorist incidents recorded by the provincial Home Department, Balochistan only.',
    caveat: 'Official incidents; a half-year report.',
  },
  'ISPR (Pakistan Army)': {
    name: 'Inter-Services Public Relations (Pakistan Army)',
    counts:
      'Terrorist incidents and counter-terrorism operations as announced by the army at press conferences.',
    caveat:
      'A military count of "incidents", several times the think tanks\' attack counts; not comparable with them.',
  },
  'IEP (Global Terrorism Index 2026)': {
    name: 'Institute for Economics and Peace, Global Terrorism Index 2026',
    counts: 'Deaths from terrorism as defined by the index (its own Terrorism Tracker data).',
    caveat: 'Another definition again; national figure only.',
  },
  SATP: {
    name: 'South Asia Terrorism Portal (SATP)',
    counts: 'Terrorism-related incidents as compiled by the portal.',
    caveat:
      'Known only through secondary reporting; SATP tables are copyrighted, so only the cited facts are kept.',
  },
};

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function parseCount(
  file: string,
  record: CsvRecord,
  column: string,
): { value: number | null; moreThan: boolean } {
  const raw = cell(record, column).trim().replace(/,/g, '');
  if (raw === '') return { value: null, moreThan: false };
  const match = /^(>)?(\d+)$/.exec(raw);
  if (!match?.[2]) {
    throw new PipelineError(file, `expected a whole number (optionally ">N"), found "${raw}"`, {
      row: record.row,
      field: column,
    });
  }
  return { value: Number(match[2]), moreThan: match[1] === '>' };
}

function parseUrl(file: string, record: CsvRecord, column: string): string {
  const raw = requireText(file, record, column);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PipelineError(file, `not a URL: "${raw}"`, { row: record.row, field: column });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PipelineError(file, `not a web URL: "${raw}"`, { row: record.row, field: column });
  }
  return raw;
}

export function parsePublishedFigures(text: string, file: string): PublishedFigures {
  return parsePublishedFigureFiles([{ text, file }]);
}

/** Reads several figure files with the same columns into one set; ids stay unique across them. */
export function parsePublishedFigureFiles(
  inputs: readonly { text: string; file: string }[],
): PublishedFigures {
  const uniqueId = idNumberer();
  const usedOrgs = new Set<string>();
  const figures = inputs.flatMap(({ text, file }) => readFigures(text, file, uniqueId, usedOrgs));
  markSettledParts(figures);
  const organisations = describeOrganisations(usedOrgs);
  return { schema: 1, organisations, figures };
}

export function describeOrganisations(usedOrgs: ReadonlySet<string>): Organisation[] {
  return Object.entries(ORGANISATIONS)
    .filter(([key]) => usedOrgs.has(key))
    .map(([key, org]) => ({ id: slugify(key), name: org.name, counts: org.counts, caveat: org.caveat }));
}

/**
 * Where a report gives the tribal districts apart, its plain "KP" row is the rest of the province
 * (CRSS 2022: "KP" 160 and "FATA" 149), so it is marked as the settled part.
 */
function markSettledParts(figures: PublishedFigure[]): void {
  const key = (f: PublishedFigure) => [f.org, f.series, f.year, f.period, f.scope].join('|');
  const withTribal = new Set(figures.filter((f) => f.kpPart === 'tribal').map(key));
  for (const figure of figures) {
    if (figure.kpPart === 'whole' && withTribal.has(key(figure))) figure.kpPart = 'settled';
  }
}

function readFigures(
  text: string,
  file: string,
  uniqueId: (base: string) => string,
  usedOrgs: Set<string>,
): PublishedFigure[] {
  const table = parseCsv(text, file, { required: FIGURE_COLUMNS });
  return table.records.map((record): PublishedFigure => {
    const orgName = requireText(file, record, 'source_org');
    if (!ORGANISATIONS[orgName]) {
      throw new PipelineError(
        file,
        `unknown organisation "${orgName}"; describe it in geo/attacks/figures.ts`,
        {
          row: record.row,
          field: 'source_org',
        },
      );
    }
    usedOrgs.add(orgName);
    const yearText = requireText(file, record, 'year');
    if (!/^\d{4}$/.test(yearText)) {
      throw new PipelineError(file, `expected a year, found "${yearText}"`, {
        row: record.row,
        field: 'year',
      });
    }
    const period = requireText(file, record, 'period');
    const periodInfo = classifyPeriod(period);
    if (!periodInfo || periodInfo.kind === 'window') {
      throw new PipelineError(file, `unknown period "${period}"; classify it in geo/attacks/periods.ts`, {
        row: record.row,
        field: 'period',
      });
    }
    const provinceAsReported = requireText(file, record, 'province_as_reported');
    const isoText = cell(record, 'iso_current').trim();
    let iso: string | null;
    let provinces: string[];
    if (isoText === '') {
      const combined = COMBINED_SCOPES[provinceAsReported];
      if (!combined) {
        throw new PipelineError(file, 'no ISO code and not a known multi-province scope', {
          row: record.row,
          field: 'iso_current',
        });
      }
      iso = null;
      provinces = [...combined];
    } else if ((KNOWN_ISO as readonly string[]).includes(isoText)) {
      iso = isoText;
      provinces = [isoText];
    } else {
      throw new PipelineError(file, `unknown ISO code "${isoText}"`, {
        row: record.row,
        field: 'iso_current',
      });
    }
    const kpPart = iso === 'PK-KP' ? kpPartOf(provinceAsReported) : null;
    if (iso === 'PK-KP' && kpPart === null) {
      throw new PipelineError(
        file,
        `"${provinceAsReported}": say in kpPartOf (geo/attacks/figures.ts) whether it is all of KP, the settled or the tribal districts`,
        { row: record.row, field: 'province_as_reported' },
      );
    }
    const attacks = parseCount(file, record, 'attacks_or_incidents');
    const killed = parseCount(file, record, 'killed');
    const injured = parseCount(file, record, 'injured');
    const moreThan: PublishedFigure['moreThan'] = [];
    if (attacks.moreThan) moreThan.push('attacks');
    if (killed.moreThan) moreThan.push('killed');
    if (injured.moreThan) moreThan.push('injured');

    return {
      id: uniqueId(slugify([orgName, yearText, isoText, period].join(' '))),
      org: slugify(orgName),
      series: requireText(file, record, 'source_series'),
      scope: requireText(file, record, 'metric_scope'),
      year: Number(yearText),
      period,
      provinceAsReported,
      iso,
      provinces,
      attacks: attacks.value,
      killed: killed.value,
      injured: injured.value,
      moreThan,
      breakdown: optional(cell(record, 'other_breakdown')),
      citation: {
        url: parseUrl(file, record, 'citation_url'),
        outlet: requireText(file, record, 'citation_outlet'),
        date: optional(cell(record, 'citation_date')),
      },
      note: optional(cell(record, 'note')),
      periodKind: periodInfo.kind,
      periodLabel: periodInfo.label,
      months: periodInfo.months,
      kpPart,
      source: { file: basename(file), row: record.row },
    };
  });
}

export function publishedFiguresToJson(figures: PublishedFigures): string {
  const { figures: rows, ...head } = figures;
  return `${JSON.stringify(head).slice(0, -1)},"figures":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
