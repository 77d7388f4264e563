/**
 * Published annual figures (think tanks, government, SATP) -> `data/published-figures.json`.
 * Every figure keeps its citation; each organisation counts something different, so the app shows
 * one organisation per view and says what it counts.
 */
import { slugify } from '../ids.ts';
import { PipelineError } from '../pipeline.ts';
import { cell, parseCsv, requireText, type CsvRecord } from './csv.ts';
import type {
  Organisation,
  PublishedFigure,
  PublishedFiguresFile as PublishedFigures,
} from '../../src/lib/contracts/published-figures.ts';

export type { PublishedFigure, PublishedFigures };

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
};

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
  const table = parseCsv(text, file, { required: FIGURE_COLUMNS });
  const usedIds = new Map<string, number>();
  const usedOrgs = new Set<string>();
  const figures = table.records.map((record): PublishedFigure => {
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
    const attacks = parseCount(file, record, 'attacks_or_incidents');
    const killed = parseCount(file, record, 'killed');
    const injured = parseCount(file, record, 'injured');
    const moreThan: PublishedFigure['moreThan'] = [];
    if (attacks.moreThan) moreThan.push('attacks');
    if (killed.moreThan) moreThan.push('killed');
    if (injured.moreThan) moreThan.push('injured');

    const baseId = slugify([orgName, yearText, isoText, period].join(' '));
    const uses = (usedIds.get(baseId) ?? 0) + 1;
    usedIds.set(baseId, uses);
    return {
      id: uses === 1 ? baseId : `${baseId}-${uses}`,
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
    };
  });
  const organisations = Object.entries(ORGANISATIONS)
    .filter(([key]) => usedOrgs.has(key))
    .map(([key, org]) => ({ id: slugify(key), name: org.name, counts: org.counts, caveat: org.caveat }));
  return { schema: 1, organisations, figures };
}

export function publishedFiguresToJson(figures: PublishedFigures): string {
  const { figures: rows, ...head } = figures;
  return `${JSON.stringify(head).slice(0, -1)},"figures":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
