/** Small hand-made inputs shared by this folder's tests. */
import Papa from 'papaparse';
import type { DistrictCollection } from '../../../geo/attacks/types.ts';
import { createPlacer, geographyOf } from './placement.ts';
import { expandResult } from './result-transfer.ts';
import { importCsvChunks } from './run.ts';
import type { ImportedDetails, ImportedEventTable, ImportResult } from './types.ts';

function square(id: string, province: string, west: number, south: number) {
  return {
    type: 'Feature' as const,
    properties: { id, name: id, province },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [west, south],
          [west + 1, south],
          [west + 1, south + 1],
          [west, south + 1],
          [west, south],
        ],
      ],
    },
  };
}

/** Two 1° squares side by side: alpha (PK-KP) at 70-71°E, beta (PK-BA) at 71-72°E, both 30-31°N. */
export const TWO_DISTRICTS: DistrictCollection = {
  type: 'FeatureCollection',
  features: [square('alpha', 'PK-KP', 70, 30), square('beta', 'PK-BA', 71, 30)],
};

export const place = createPlacer(TWO_DISTRICTS);
export const geography = geographyOf(TWO_DISTRICTS);

/** A result with its table and details as plain arrays, for assertions. */
export type ExpandedResult = ImportResult & { table: ImportedEventTable; details: ImportedDetails };

export function expanded(result: ImportResult): ExpandedResult {
  return { ...result, ...expandResult(result) };
}

export const HEADER = [
  'id',
  'year',
  'type_of_violence',
  'dyad_name',
  'side_a',
  'side_b',
  'source_headline',
  'where_prec',
  'where_description',
  'latitude',
  'longitude',
  'date_prec',
  'date_start',
  'date_end',
  'best',
  'high',
  'low',
];

export type FixtureRow = Record<(typeof HEADER)[number], string>;

export function fixtureRow(overrides: Partial<FixtureRow> = {}): FixtureRow {
  return {
    id: '1',
    year: '2014',
    type_of_violence: '1',
    dyad_name: 'Government of Pakistan - TTP',
    side_a: 'Government of Pakistan',
    side_b: 'TTP',
    source_headline: 'A headline',
    where_prec: '1',
    where_description: 'A village',
    latitude: '30.5',
    longitude: '70.5',
    date_prec: '1',
    date_start: '2014-06-15',
    date_end: '2014-06-15',
    best: '3',
    high: '4',
    low: '2',
    ...overrides,
  };
}

export function cellsOf(row: FixtureRow, header: readonly string[] = HEADER): string[] {
  return header.map((column) => row[column] ?? '');
}

export function csvOf(
  rows: readonly FixtureRow[],
  header: readonly string[] = HEADER,
  newline = '\n',
): string {
  return (
    Papa.unparse({ fields: [...header], data: rows.map((row) => cellsOf(row, header)) }, { newline }) +
    newline
  );
}

/** The text as a stream of byte pieces of the given size, as a File's stream delivers it. */
export async function* bytePieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

/**
 * A finished import of `count` rows of every kind: in a district, just outside one (snapped),
 * province only, outside Pakistan; plus one invalid row, so errors are not empty.
 */
export async function importedFixture(count: number): Promise<ImportResult> {
  const rows = Array.from({ length: count }, (_, i) =>
    fixtureRow({
      id: String(1000 + i),
      date_start: `2014-06-${String(1 + (i % 28)).padStart(2, '0')}`,
      source_headline: `Headline ${i}`,
      side_b: i % 5 === 0 ? 'Someone unknown' : 'TTP',
      dyad_name: i % 5 === 0 ? 'Government of Pakistan - Someone unknown' : 'Government of Pakistan - TTP',
      where_prec: i % 7 === 0 ? '4' : '1',
      longitude: i % 3 === 0 ? '60.5' : i % 3 === 1 ? '72.02' : '70.5',
      best: String(i % 4),
      low: String(i % 4),
      high: String(i % 4),
    }),
  );
  rows.push(fixtureRow({ id: '99999', year: 'not a year' }));
  const text = csvOf(rows);
  const bytes = new TextEncoder().encode(text);
  return importCsvChunks(bytePieces(text, 4096), {
    fileName: 'mine.csv',
    totalBytes: bytes.length,
    place,
    geography,
    onProgress: () => {},
  });
}
