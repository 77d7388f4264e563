/**
 * Official district counts (KP Counter Terrorism Department and police, Balochistan government)
 * -> `data/district-figures.json`. Each row counts something of its own (incidents; civilians killed;
 * police killed ...): every `metric_scope` is described in DISTRICT_SCOPES, an unknown one stops the
 * build, and the app draws one scope at a time. A district with no row is unknown, never zero.
 */
import { basename } from 'node:path';
import { idNumberer, slugify } from '../ids.ts';
import { PipelineError } from '../pipeline.ts';
import { cell, parseCsv, requireText, type CsvRecord } from './csv.ts';
import type { DistrictFigure, DistrictFigures } from '../../src/lib/contracts/district-figures.ts';
import { describeOrganisations, ORGANISATIONS } from './figures.ts';
import { reportedDistrictId } from './incidents.ts';
import { classifyPeriod, parseYears } from './periods.ts';

export const DISTRICT_FIGURE_COLUMNS = [
  'source_org',
  'source_series',
  'metric_scope',
  'year',
  'period',
  'district',
  'province_iso',
  'attacks_or_incidents',
  'killed',
  'injured',
  'citation_url',
  'citation_outlet',
  'citation_date',
  'note',
] as const;

export type DistrictMeasure = 'incidents' | 'killed' | 'injured';

/** What each count of a row measures, by its `metric_scope`; null where the scope gives that column no meaning. */
export interface ScopeMeaning {
  incidents: string | null;
  killed: string | null;
  injured: string | null;
}

export const DISTRICT_SCOPES: Readonly<Record<string, ScopeMeaning>> = {
  'terror incidents (official KP CTD); killed/injured = civilians only': {
    incidents: 'terror incidents',
    killed: 'civilians killed',
    injured: 'civilians injured',
  },
  'terror incidents/cases (official KP CTD)': {
    incidents: 'terror incidents',
    killed: null,
    injured: null,
  },
  'terror incidents (official KP CTD); police region, not a single district': {
    incidents: 'terror incidents',
    killed: null,
    injured: null,
  },
  'terror incidents (official KP CTD)': { incidents: 'terror incidents', killed: null, injured: null },
  'terror incidents (official KP police)': { incidents: 'terror incidents', killed: null, injured: null },
  'terrorist incidents (official KP police)': {
    incidents: 'terrorist incidents',
    killed: null,
    injured: null,
  },
  'terrorist attacks on police only (official)': {
    incidents: 'terrorist attacks on the police',
    killed: 'police killed',
    injured: 'police injured',
  },
  'terrorism-related incidents (official)': {
    incidents: 'terrorism-related incidents',
    killed: null,
    injured: null,
  },
  'deaths of security forces, FC and police personnel (as reported)': {
    incidents: null,
    killed: 'security forces, FC and police killed',
    injured: null,
  },
  'police personnel killed/injured': { incidents: null, killed: 'police killed', injured: 'police injured' },
};

export type { DistrictFigure, DistrictFigures };

export interface DistrictRef {
  id: string;
  name: string;
  province: string;
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function count(file: string, record: CsvRecord, column: string): number | null {
  const raw = cell(record, column).trim().replace(/,/g, '');
  if (raw === '') return null;
  if (!/^\d+$/.test(raw)) {
    throw new PipelineError(file, `expected a whole number, found "${raw}"`, {
      row: record.row,
      field: column,
    });
  }
  return Number(raw);
}

/** The area a row without a district names, read from its note ("reported as 'Dir'", "Bannu division/region as reported"). */
function areaFromNote(note: string | null): string | null {
  if (!note) return null;
  const quoted = /reported as '([^']+)'/.exec(note);
  if (quoted?.[1]) return quoted[1];
  const named = /^([^;(]+?) as reported/.exec(note);
  return named?.[1]?.trim() ?? null;
}

export function parseDistrictFigures(
  text: string,
  file: string,
  districts: readonly DistrictRef[],
): DistrictFigures {
  const table = parseCsv(text, file, { required: DISTRICT_FIGURE_COLUMNS });
  const byId = new Map(districts.map((d) => [d.id, d]));
  const uniqueId = idNumberer();
  const usedOrgs = new Set<string>();
  const figures = table.records.map((record): DistrictFigure => {
    const where = (field: string) => ({ row: record.row, field });
    const orgName = requireText(file, record, 'source_org');
    if (!ORGANISATIONS[orgName]) {
      throw new PipelineError(
        file,
        `unknown organisation "${orgName}"; describe it in geo/attacks/figures.ts`,
        where('source_org'),
      );
    }
    usedOrgs.add(orgName);
    const scope = requireText(file, record, 'metric_scope');
    const meaning = DISTRICT_SCOPES[scope];
    if (!meaning) {
      throw new PipelineError(
        file,
        `unknown metric_scope "${scope}"; say what its counts measure in DISTRICT_SCOPES (geo/attacks/district-figures.ts)`,
        where('metric_scope'),
      );
    }
    const yearAsReported = requireText(file, record, 'year');
    const years = parseYears(yearAsReported);
    if (!years)
      throw new PipelineError(file, `expected a year or two, found "${yearAsReported}"`, where('year'));
    const period = requireText(file, record, 'period');
    const periodInfo = classifyPeriod(period);
    if (!periodInfo) {
      throw new PipelineError(
        file,
        `unknown period "${period}"; classify it in geo/attacks/periods.ts`,
        where('period'),
      );
    }
    if ((years.length === 2) !== (periodInfo.kind === 'window')) {
      throw new PipelineError(
        file,
        `year "${yearAsReported}" does not fit period "${period}"`,
        where('year'),
      );
    }
    const province = requireText(file, record, 'province_iso');
    const note = optional(cell(record, 'note'));
    const districtName = cell(record, 'district').trim();
    let district: string | null = null;
    let areaAsReported: string | null = null;
    if (districtName === '') {
      areaAsReported = areaFromNote(note);
      if (!areaAsReported) {
        throw new PipelineError(file, 'no district, and the note names no area', where('district'));
      }
    } else {
      const found = byId.get(reportedDistrictId(districtName));
      if (!found) {
        throw new PipelineError(
          file,
          `"${districtName}" is not a district of the 2023 set (add an alias in geo/attacks/incidents.ts?)`,
          where('district'),
        );
      }
      if (found.province !== province) {
        throw new PipelineError(
          file,
          `district "${districtName}" lies in ${found.province}, not ${province}`,
          where('province_iso'),
        );
      }
      district = found.id;
    }
    const incidents = count(file, record, 'attacks_or_incidents');
    const killed = count(file, record, 'killed');
    const injured = count(file, record, 'injured');
    for (const [measure, value] of [
      ['incidents', incidents],
      ['killed', killed],
      ['injured', injured],
    ] as const) {
      if (value !== null && meaning[measure] === null) {
        throw new PipelineError(
          file,
          `a ${measure} count where scope "${scope}" says nothing of what it counts`,
          where(measure === 'incidents' ? 'attacks_or_incidents' : measure),
        );
      }
    }
    const url = requireText(file, record, 'citation_url');
    if (!/^https?:\/\/\S+$/.test(url))
      throw new PipelineError(file, `not a web URL: "${url}"`, where('citation_url'));
    return {
      id: uniqueId(slugify(`${orgName} ${yearAsReported} ${period} ${district ?? areaAsReported}`)),
      org: slugify(orgName),
      series: requireText(file, record, 'source_series'),
      scope,
      years,
      yearAsReported,
      period,
      periodKind: periodInfo.kind,
      periodLabel: periodInfo.label,
      district,
      areaAsReported,
      province,
      incidents,
      killed,
      injured,
      meaning,
      citation: {
        url,
        outlet: requireText(file, record, 'citation_outlet'),
        date: optional(cell(record, 'citation_date')),
      },
      note,
      source: { file: basename(file), row: record.row },
    };
  });
  return { schema: 1, organisations: describeOrganisations(usedOrgs), figures };
}

export function districtFiguresToJson(figures: DistrictFigures): string {
  const { figures: rows, ...head } = figures;
  return `${JSON.stringify(head).slice(0, -1)},"figures":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
