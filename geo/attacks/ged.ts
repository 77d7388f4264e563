/**
 * UCDP GED rows -> validated, classified events. Columns are read by name so a newer GED release
 * (same columns, possibly more of them) reads unchanged.
 */
import { PipelineError } from '../pipeline.ts';
import { classifyDyad, type DyadClass } from './classification.ts';
import { cell, parseCsv, parseDecimal, parseInteger, type CsvRecord } from './csv.ts';

export const GED_COLUMNS = [
  'id',
  'year',
  'type_of_violence',
  'dyad_name',
  'side_a',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'where_prec',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
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
] as const;

export interface GedEvent {
  /** spreadsheet row in the raw file, for error messages */
  row: number;
  id: number;
  year: number;
  typeOfViolence: number;
  dyad: string;
  sideA: string;
  sideB: string;
  classification: DyadClass;
  wherePrec: number;
  datePrec: number;
  /** YYYY-MM-DD */
  dateStart: string;
  dateEnd: string;
  lon: number;
  lat: number;
  best: number;
  low: number;
  high: number;
  /** UCDP's split of `best`: side A's deaths (in state-based violence, a government), side B's, civilians, unknown status */
  deathsA: number;
  deathsB: number;
  deathsCivilians: number;
  deathsUnknown: number;
  numberOfSources: number;
  headline: string;
  office: string;
  sourceDate: string;
  article: string;
  where: string;
  adm1: string;
  adm2: string;
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$/;

function parseDate(file: string, record: CsvRecord, column: string): string {
  const raw = cell(record, column).trim();
  const match = DATE_PREFIX.exec(raw);
  if (!match?.[1]) {
    throw new PipelineError(file, `expected a date YYYY-MM-DD, found "${raw}"`, {
      row: record.row,
      field: column,
    });
  }
  return match[1];
}

function parseInRange(file: string, record: CsvRecord, column: string, min: number, max: number): number {
  const value = parseInteger(file, record, column);
  if (value < min || value > max) {
    throw new PipelineError(file, `expected ${min}-${max}, found ${value}`, {
      row: record.row,
      field: column,
    });
  }
  return value;
}

export function parseGedRecord(file: string, record: CsvRecord): GedEvent {
  const typeOfViolence = parseInRange(file, record, 'type_of_violence', 1, 3);
  const dyad = cell(record, 'dyad_name');
  const classification = classifyDyad(typeOfViolence, dyad);
  if (!classification) {
    throw new PipelineError(
      file,
      `unclassified dyad "${dyad}" (type_of_violence ${typeOfViolence}); add it with a reason to geo/attacks/classification.ts`,
      { row: record.row, field: 'dyad_name' },
    );
  }
  const lat = parseDecimal(file, record, 'latitude');
  const lon = parseDecimal(file, record, 'longitude');
  if (lat < -90 || lat > 90)
    throw new PipelineError(file, `latitude ${lat} out of range`, { row: record.row, field: 'latitude' });
  if (lon < -180 || lon > 180) {
    throw new PipelineError(file, `longitude ${lon} out of range`, { row: record.row, field: 'longitude' });
  }
  const best = parseInteger(file, record, 'best');
  const low = parseInteger(file, record, 'low');
  const high = parseInteger(file, record, 'high');
  // UCDP's low/best/high are not always ordered (a few rows have high < best): kept as published
  for (const [column, value] of [
    ['best', best],
    ['low', low],
    ['high', high],
  ] as const) {
    if (value < 0)
      throw new PipelineError(file, `negative death count ${value}`, { row: record.row, field: column });
  }
  const split = {
    deaths_a: parseInteger(file, record, 'deaths_a'),
    deaths_b: parseInteger(file, record, 'deaths_b'),
    deaths_civilians: parseInteger(file, record, 'deaths_civilians'),
    deaths_unknown: parseInteger(file, record, 'deaths_unknown'),
  };
  for (const [column, value] of Object.entries(split)) {
    if (value < 0)
      throw new PipelineError(file, `negative death count ${value}`, { row: record.row, field: column });
  }
  // The app offers these four as parts of the best estimate: they must add up to it on every row.
  const splitSum = split.deaths_a + split.deaths_b + split.deaths_civilians + split.deaths_unknown;
  if (splitSum !== best) {
    throw new PipelineError(
      file,
      `deaths_a + deaths_b + deaths_civilians + deaths_unknown = ${splitSum}, but best = ${best}`,
      { row: record.row, field: 'best' },
    );
  }
  const dateStart = parseDate(file, record, 'date_start');
  const year = parseInteger(file, record, 'year');
  if (Number(dateStart.slice(0, 4)) !== year) {
    throw new PipelineError(file, `year ${year} does not match date_start ${dateStart}`, {
      row: record.row,
      field: 'year',
    });
  }
  return {
    row: record.row,
    id: parseInteger(file, record, 'id'),
    year,
    typeOfViolence,
    dyad,
    sideA: cell(record, 'side_a'),
    sideB: cell(record, 'side_b'),
    classification,
    wherePrec: parseInRange(file, record, 'where_prec', 1, 7),
    datePrec: parseInRange(file, record, 'date_prec', 1, 5),
    dateStart,
    dateEnd: parseDate(file, record, 'date_end'),
    lon,
    lat,
    best,
    low,
    high,
    deathsA: split.deaths_a,
    deathsB: split.deaths_b,
    deathsCivilians: split.deaths_civilians,
    deathsUnknown: split.deaths_unknown,
    // UCDP writes -1 when the number of sources is unknown
    numberOfSources: parseInteger(file, record, 'number_of_sources'),
    headline: cell(record, 'source_headline'),
    office: cell(record, 'source_office'),
    sourceDate: cell(record, 'source_date'),
    article: cell(record, 'source_article'),
    where: cell(record, 'where_description'),
    adm1: cell(record, 'adm_1'),
    adm2: cell(record, 'adm_2'),
  };
}

export interface GedFile {
  events: GedEvent[];
  droppedHxlRow: boolean;
  /** data records in the file, HXL row excluded */
  rowCount: number;
}

export function parseGed(text: string, file: string): GedFile {
  const table = parseCsv(text, file, { required: GED_COLUMNS, dropHxlRow: true });
  const seen = new Map<number, number>();
  const events = table.records.map((record) => {
    const event = parseGedRecord(file, record);
    const previous = seen.get(event.id);
    if (previous !== undefined) {
      throw new PipelineError(file, `duplicate event id ${event.id} (also row ${previous})`, {
        row: record.row,
        field: 'id',
      });
    }
    seen.set(event.id, record.row);
    return event;
  });
  return { events, droppedHxlRow: table.droppedHxlRow, rowCount: table.records.length };
}
