/**
 * `attacks/border_and_corridor_events_2025_2026.csv` -> the events of `data/border.json`.
 * Each row is one dated, cited fact; its `note` keeps each side's claims about the other's losses,
 * which stay attributed claims (`claims`) and never become the count (`killed`).
 */
import { PipelineError } from '../pipeline.ts';
import { cell, parseCsv, parseDecimal, requireText, type CsvRecord } from '../attacks/csv.ts';
import { isDay } from '../../src/lib/border/date.ts';
import { TOPICS } from './tables.ts';
import {
  DATE_PRECISIONS,
  EVENT_KINDS,
  type BorderEvent,
  type DatePrecision,
  type Day,
  type EventKind,
} from './types.ts';

export const BORDER_EVENT_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'kind',
  'place',
  'lon',
  'lat',
  'location_precision',
  'crossing_or_corridor',
  'summary_in_own_words',
  'killed',
  'source_url',
  'source_outlet',
  'note',
] as const;

/** Where in a month an approximate date (`2025-03 (early)`) is placed. */
const PART_OF_MONTH: Readonly<Record<string, string>> = { early: '05', mid: '15', late: '25' };

function oneOf<T extends string>(file: string, record: CsvRecord, column: string, allowed: readonly T[]): T {
  const value = requireText(file, record, column);
  if (!(allowed as readonly string[]).includes(value))
    throw new PipelineError(file, `expected one of ${allowed.join(', ')}, found "${value}"`, {
      row: record.row,
      field: column,
    });
  return value as T;
}

export function parseEventDate(
  file: string,
  record: CsvRecord,
  precision: DatePrecision,
): { date: string; day: Day } {
  const date = requireText(file, record, 'date');
  const fail = (expected: string) =>
    new PipelineError(file, `expected ${expected} for precision "${precision}", found "${date}"`, {
      row: record.row,
      field: 'date',
    });
  if (precision === 'day') {
    if (!isDay(date)) throw fail('a date YYYY-MM-DD');
    return { date, day: date };
  }
  if (precision === 'month') {
    if (!/^\d{4}-\d{2}$/.test(date) || !isDay(`${date}-01`)) throw fail('a month YYYY-MM');
    return { date, day: `${date}-01` };
  }
  const match = date.match(/^(\d{4}-\d{2}) \((early|mid|late)\)$/);
  const day = match ? `${match[1]}-${PART_OF_MONTH[match[2]!]}` : '';
  if (!match || !isDay(day)) throw fail('"YYYY-MM (early|mid|late)"');
  return { date, day };
}

function parsePoint(file: string, record: CsvRecord): [number, number] | null {
  const lon = cell(record, 'lon').trim();
  const lat = cell(record, 'lat').trim();
  if (lon === '' && lat === '') return null;
  for (const [column, value] of [
    ['lon', lon],
    ['lat', lat],
  ] as const) {
    if (value === '')
      throw new PipelineError(file, 'one coordinate without the other', { row: record.row, field: column });
  }
  const x = parseDecimal(file, record, 'lon');
  const y = parseDecimal(file, record, 'lat');
  // The region: Pakistan, Afghanistan, eastern Iran.
  if (x < 55 || x > 80)
    throw new PipelineError(file, `longitude ${x} outside the region`, { row: record.row, field: 'lon' });
  if (y < 20 || y > 40)
    throw new PipelineError(file, `latitude ${y} outside the region`, { row: record.row, field: 'lat' });
  return [x, y];
}

/** Splits a note into the deaths clause (`killed = ...`), the point's provenance and the other claims. */
export function splitNote(note: string): {
  killedCountedAs: string | null;
  locationNote: string | null;
  claims: string[];
} {
  let killedCountedAs: string | null = null;
  let locationNote: string | null = null;
  const claims: string[] = [];
  for (const part of note
    .split(/;\s*/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const killed = part.match(/^killed\s*=\s*(.+)$/);
    const point = part.match(/^point\s*[:=]\s*(.+)$/);
    if (killed && killedCountedAs === null) killedCountedAs = killed[1]!.trim();
    else if (point && locationNote === null) locationNote = point[1]!.trim();
    else claims.push(part);
  }
  return { killedCountedAs, locationNote, claims };
}

function parseKilled(file: string, record: CsvRecord): number | null {
  const raw = cell(record, 'killed').trim();
  if (raw === '') return null;
  if (!/^\d+$/.test(raw))
    throw new PipelineError(file, `expected a whole number or nothing, found "${raw}"`, {
      row: record.row,
      field: 'killed',
    });
  return Number(raw);
}

function parseUrl(file: string, record: CsvRecord): string {
  const url = requireText(file, record, 'source_url');
  if (!/^https?:\/\/[^\s]+$/.test(url))
    throw new PipelineError(file, `expected an http(s) address, found "${url}"`, {
      row: record.row,
      field: 'source_url',
    });
  return url;
}

export type LocateCountry = (point: [number, number]) => { id: string; name: string } | null;

export function parseBorderEvents(text: string, file: string, locate: LocateCountry): BorderEvent[] {
  const table = parseCsv(text, file, { required: BORDER_EVENT_COLUMNS });
  const seen = new Set<string>();
  const events = table.records.map((record): BorderEvent => {
    const id = requireText(file, record, 'id');
    if (!/^[A-Za-z0-9-]+$/.test(id))
      throw new PipelineError(file, `id "${id}" has characters other than letters, digits and -`, {
        row: record.row,
        field: 'id',
      });
    if (seen.has(id)) throw new PipelineError(file, `duplicate id "${id}"`, { row: record.row, field: 'id' });
    seen.add(id);
    const datePrecision = oneOf(file, record, 'date_precision', DATE_PRECISIONS);
    const { date, day } = parseEventDate(file, record, datePrecision);
    const kind: EventKind = oneOf(file, record, 'kind', EVENT_KINDS);
    const crossingOrCorridor = requireText(file, record, 'crossing_or_corridor');
    const topic = TOPICS[crossingOrCorridor];
    if (!topic)
      throw new PipelineError(
        file,
        `"${crossingOrCorridor}" is not in geo/border/tables.ts TOPICS: say which crossings and corridors it concerns`,
        { row: record.row, field: 'crossing_or_corridor' },
      );
    const point = parsePoint(file, record);
    const locationPrecision = requireText(file, record, 'location_precision');
    if (point !== null && locationPrecision === 'multi-site')
      throw new PipelineError(file, 'a multi-site event must have no point', {
        row: record.row,
        field: 'lon',
      });
    const killed = parseKilled(file, record);
    const note = splitNote(cell(record, 'note'));
    return {
      id,
      date,
      datePrecision,
      day,
      kind,
      place: requireText(file, record, 'place'),
      point,
      locationPrecision,
      country: point ? locate(point) : null,
      crossingOrCorridor,
      summary: requireText(file, record, 'summary_in_own_words'),
      killed,
      killedCountedAs: killed === null ? null : note.killedCountedAs,
      claims:
        note.killedCountedAs !== null && killed === null
          ? [`killed = ${note.killedCountedAs}`, ...note.claims]
          : note.claims,
      locationNote: note.locationNote,
      sourceUrl: parseUrl(file, record),
      sourceOutlet: requireText(file, record, 'source_outlet'),
      crossings: [...topic.crossings],
      corridors: [...topic.corridors],
      border: topic.border,
    };
  });
  return events.sort((a, b) => (a.day === b.day ? a.id.localeCompare(b.id) : a.day < b.day ? -1 : 1));
}
