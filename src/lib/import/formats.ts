/**
 * Which kind of event file a header belongs to, named as the user knows it: a UCDP GED release, a
 * UCDP Candidate Events file or an ACLED export. The columns are what decide; the release number,
 * which no header carries, is read from the file name UCDP gives its downloads when it is still
 * there. A header of no known kind is refused, listing what each kind expects and what it lacks.
 */
import { ACLED_OPTIONAL_COLUMNS, ACLED_REQUIRED_COLUMNS } from './acled.ts';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './validate-row.ts';

export type FormatFamily = 'ucdp' | 'acled';

/** What the panel says about the file's kind. */
export interface DetectedFormat {
  family: FormatFamily;
  /** e.g. "UCDP GED 22.1", "UCDP Candidate Events 26.0.8", "ACLED export" */
  label: string;
  /** how it was recognised, in a sentence; '' when the label says it all */
  detail: string;
}

export interface KnownFormat {
  family: FormatFamily;
  name: string;
  required: readonly string[];
  optional: readonly string[];
  /** columns only this kind has: a header with at least two of them is taken to be of this kind */
  signature: readonly string[];
}

export const KNOWN_FORMATS: readonly KnownFormat[] = [
  {
    family: 'ucdp',
    name: 'UCDP GED or UCDP Candidate Events',
    required: REQUIRED_COLUMNS,
    optional: OPTIONAL_COLUMNS,
    signature: ['type_of_violence', 'dyad_name', 'side_a', 'side_b', 'where_prec', 'date_start', 'best'],
  },
  {
    family: 'acled',
    name: 'ACLED export',
    required: ACLED_REQUIRED_COLUMNS,
    optional: ACLED_OPTIONAL_COLUMNS,
    signature: ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'geo_precision', 'fatalities'],
  },
];

/**
 * The columns of UCDP GED 22.1 as the atlas's own copy has them (the HDX extract, which adds `iso3`).
 * Later releases and the Candidate files keep the columns the atlas reads; a header that differs from
 * this set is named with what it adds.
 */
export const GED_221_COLUMNS: readonly string[] = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'iso3',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
];

/** The HDX extract's addition to UCDP's own column set. */
const HDX_ONLY = new Set(['iso3']);

/**
 * The release a UCDP download's name gives: `GEDEvent_v25_1.csv` and `ged251-csv` are GED 25.1;
 * `GEDEvent_v26_0_8.csv` is the Candidate file 26.0.8 and `GEDEvent_v26_01_26_06.csv` the quarterly
 * Candidate file for January to June 2026.
 */
export function ucdpReleaseOf(fileName: string): { kind: 'ged' | 'candidate'; release: string } | null {
  const base = fileName.replace(/^.*[\\/]/, '');
  const quarterly = /GEDEvent_v(\d{2})_(\d{2})_(\d{2})_(\d{2})/i.exec(base);
  if (quarterly) {
    const [, y, from, toYear, to] = quarterly as unknown as [string, string, string, string, string];
    return { kind: 'candidate', release: `${y}.${from}–${toYear}.${to}` };
  }
  const monthly = /GEDEvent_v(\d{2})_0_(\d{1,2})(?!\d)/i.exec(base);
  if (monthly) return { kind: 'candidate', release: `${monthly[1]}.0.${monthly[2]}` };
  const annual = /GEDEvent_v(\d{2})_([1-9])(?!\d)/i.exec(base) ?? /\bged(\d{2})([1-9])(?!\d)/i.exec(base);
  if (annual) return { kind: 'ged', release: `${annual[1]}.${annual[2]}` };
  return null;
}

function listed(names: readonly string[], most = 12): string {
  const shown = names.slice(0, most).join(', ');
  return names.length > most ? `${shown} and ${names.length - most} more` : shown;
}

function nameUcdp(names: readonly string[], fileName: string): DetectedFormat {
  const present = new Set(names);
  const extra = names.filter((name) => name !== '' && !GED_221_COLUMNS.includes(name));
  const absent = GED_221_COLUMNS.filter((name) => !present.has(name) && !HDX_ONLY.has(name));
  const release = ucdpReleaseOf(fileName);
  const columns =
    extra.length === 0 && absent.length === 0
      ? 'the columns of GED 22.1'
      : extra.length > 0
        ? `columns not in GED 22.1: ${listed(extra)}`
        : `${GED_221_COLUMNS.length - HDX_ONLY.size - absent.length} of GED 22.1’s columns`;
  if (release?.kind === 'candidate') {
    return {
      family: 'ucdp',
      label: `UCDP Candidate Events ${release.release}`,
      detail: `Monthly candidate events, not yet vetted for GED (release from the file name; ${columns}).`,
    };
  }
  if (release) {
    return {
      family: 'ucdp',
      label: `UCDP GED ${release.release}`,
      detail: `Release from the file name; ${columns}.`,
    };
  }
  if (extra.length === 0 && absent.length === 0)
    return { family: 'ucdp', label: 'UCDP GED 22.1', detail: 'The column set of GED 22.1.' };
  if (extra.length > 0) {
    return {
      family: 'ucdp',
      label: `UCDP GED (a later release, with ${columns})`,
      detail: 'Read by the columns the atlas needs; the others are passed over.',
    };
  }
  return {
    family: 'ucdp',
    label: `UCDP GED format (${columns})`,
    detail: 'Read by the columns the atlas needs.',
  };
}

export type Detection = { format: DetectedFormat } | { refusal: string };

function signatureHits(format: KnownFormat, present: ReadonlySet<string>): number {
  return format.signature.filter((name) => present.has(name)).length;
}

/**
 * The kind of file a cleaned header (trimmed, lower case) belongs to. Only kinds in `allowed` are
 * considered (GeoJSON points are read as UCDP only). A header that shares too little with every
 * kind is refused; one of a known kind that lacks a column is left to that kind's own header check,
 * which names the column.
 */
export function detectHeader(
  names: readonly string[],
  fileName: string,
  allowed: readonly FormatFamily[] = ['ucdp', 'acled'],
): Detection {
  const present = new Set(names);
  const candidates = KNOWN_FORMATS.filter((format) => allowed.includes(format.family))
    .map((format) => ({ format, hits: signatureHits(format, present) }))
    .sort((a, b) => b.hits - a.hits);
  const best = candidates[0];
  // with one kind allowed there is nothing to tell apart: that kind's header check names what is missing
  if (best && (best.hits >= 2 || candidates.length === 1)) {
    if (best.format.family === 'acled') {
      return {
        format: {
          family: 'acled',
          label: 'ACLED export',
          detail: 'ACLED’s event types are shown as the atlas’s categories by the table below.',
        },
      };
    }
    return { format: nameUcdp(names, fileName) };
  }
  const expected = candidates.map(({ format }) => {
    const missing = format.required.filter((name) => !present.has(name));
    return `${format.name} needs the columns ${format.required.join(', ')} (this file lacks ${missing.length === format.required.length ? 'all of them' : missing.join(', ')})`;
  });
  const header = names.filter((name) => name !== '');
  return {
    refusal: `${fileName}: the header row is not one of a kind of file the atlas reads. Its columns are ${header.length > 0 ? listed(header, 20) : 'empty'}. ${expected.join('. ')}.`,
  };
}
