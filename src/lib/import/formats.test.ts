/**
 * Each kind of file the import opens is told by its header and named; an unknown header is refused
 * with what each kind expects. The files are the team's own, in tests/fixtures/import/.
 */
import { describe, expect, it } from 'vitest';
import { fixtureFile, importFixtureFile } from './fixture-files.ts';
import { detectHeader, GED_221_COLUMNS, ucdpReleaseOf } from './formats.ts';
import { cleanHeader } from './validate-row.ts';

function headerOf(name: string): string[] {
  return cleanHeader((fixtureFile(name).split('\n')[0] as string).split(','));
}

describe('detectHeader', () => {
  it('names the GED 22.1 column set', () => {
    const found = detectHeader(headerOf('ged221-columns.csv'), 'events.csv');
    expect(found).toEqual({ format: expect.objectContaining({ family: 'ucdp', label: 'UCDP GED 22.1' }) });
  });

  it('names a later GED release by its download name, whatever the order of its columns', () => {
    const found = detectHeader(headerOf('GEDEvent_v25_1.csv'), 'GEDEvent_v25_1.csv');
    expect(found).toEqual({ format: expect.objectContaining({ family: 'ucdp', label: 'UCDP GED 25.1' }) });
  });

  it('names a GED file with columns 22.1 lacks, listing them', () => {
    const found = detectHeader(headerOf('ged-with-added-column.csv'), 'export.csv');
    expect('format' in found && found.format.label).toBe(
      'UCDP GED (a later release, with columns not in GED 22.1: analyst_note)',
    );
  });

  it('names UCDP Candidate Events by the monthly and quarterly download names', () => {
    const found = detectHeader(headerOf('GEDEvent_v26_0_8.csv'), 'GEDEvent_v26_0_8.csv');
    expect('format' in found && found.format.label).toBe('UCDP Candidate Events 26.0.8');
    expect(ucdpReleaseOf('downloads/GEDEvent_v26_01_26_06.csv')).toEqual({
      kind: 'candidate',
      release: '26.01–26.06',
    });
    expect(ucdpReleaseOf('ged251-csv.csv')).toEqual({ kind: 'ged', release: '25.1' });
    expect(ucdpReleaseOf('my-events.csv')).toBeNull();
  });

  it('names a hand-made file with only the columns the atlas reads', () => {
    const names = ['id', 'year', 'type_of_violence', 'side_a', 'side_b', 'dyad_name', 'where_prec'];
    const found = detectHeader([...names, 'latitude', 'longitude', 'best', 'date_start'], 'mine.csv');
    expect('format' in found && found.format.label).toBe('UCDP GED format (11 of GED 22.1’s columns)');
  });

  it('names an ACLED export', () => {
    const found = detectHeader(headerOf('acled-export.csv'), '2020-01-01-2021-12-31-Pakistan.csv');
    expect(found).toEqual({ format: expect.objectContaining({ family: 'acled', label: 'ACLED export' }) });
  });

  it('refuses an unknown header, naming the file and what each kind expects and lacks', () => {
    const found = detectHeader(headerOf('unknown-header.csv'), 'unknown-header.csv');
    expect('refusal' in found).toBe(true);
    const message = 'refusal' in found ? found.refusal : '';
    expect(message).toMatch(/^unknown-header\.csv: the header row is not one of a kind of file/);
    expect(message).toContain('Its columns are eventid, iyear, imonth');
    expect(message).toMatch(
      /UCDP GED or UCDP Candidate Events needs the columns id, year, type_of_violence.*\(this file lacks id, year, type_of_violence, side_a, side_b, dyad_name, where_prec, best, date_start\)/,
    );
    expect(message).toMatch(
      /ACLED export needs the columns event_id_cnty, event_date.*\(this file lacks event_id_cnty, event_date, year, event_type, sub_event_type, actor1, actor2, country, geo_precision, fatalities\)/,
    );
  });

  it('leaves a known kind that lacks a column to its own check, which names the column', () => {
    const header = GED_221_COLUMNS.filter((name) => name !== 'where_prec');
    expect('format' in detectHeader(header, 'x.csv')).toBe(true);
  });
});

describe('importing each kind of file', () => {
  it('reads every UCDP fixture to its end, named', async () => {
    const labels: Record<string, string> = {
      'ged221-columns.csv': 'UCDP GED 22.1',
      'GEDEvent_v25_1.csv': 'UCDP GED 25.1',
      'GEDEvent_v26_0_8.csv': 'UCDP Candidate Events 26.0.8',
      'ged-with-added-column.csv': 'UCDP GED (a later release, with columns not in GED 22.1: analyst_note)',
    };
    for (const [name, label] of Object.entries(labels)) {
      const result = await importFixtureFile(name);
      expect(result.fatal, name).toBeNull();
      expect(result.detected?.label, name).toBe(label);
      expect(result.summary, name).toMatchObject({ rows: 2, valid: 2, invalid: 0, assignedDistrict: 2 });
      expect(result.table.columns.district, name).toEqual(['quetta', 'peshawar']);
    }
  });

  it('stops at an unknown header with no events, and says why', async () => {
    const result = await importFixtureFile('unknown-header.csv');
    expect(result.fatal).toMatchObject({ row: 1, field: '(file)' });
    expect(result.fatal?.message).toMatch(/^unknown-header\.csv: the header row is not one of/);
    expect(result.detected).toBeNull();
    expect(result.table.count).toBe(0);
  });

  it('names the ACLED column a file lacks', async () => {
    const text = fixtureFile('acled-export.csv').replace('geo_precision', 'precision');
    const result = await importFixtureFile('acled.csv', text);
    expect(result.fatal?.message).toBe('acled.csv: missing column "geo_precision" of an ACLED export');
  });
});
