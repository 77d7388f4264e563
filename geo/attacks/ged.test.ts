import { describe, expect, it } from 'vitest';
import { GED_COLUMNS, parseGed } from './ged.ts';

type Row = Partial<Record<(typeof GED_COLUMNS)[number] | 'new_column', string>>;

const BASE: Record<(typeof GED_COLUMNS)[number], string> = {
  id: '1',
  year: '2010',
  type_of_violence: '1',
  dyad_name: 'Government of Pakistan - TTP',
  side_a: 'Government of Pakistan',
  side_b: 'TTP',
  number_of_sources: '2',
  source_article: 'Dawn 2010-05-02',
  source_office: 'Dawn',
  source_date: '2010-05-02',
  source_headline: 'Clash in Bannu',
  where_prec: '1',
  where_description: 'Bannu town',
  adm_1: 'Khyber Pakhtunkwa province',
  adm_2: 'Bannu district',
  latitude: '32.9853',
  longitude: '70.604',
  date_prec: '1',
  date_start: '2010-05-01 00:00:00.000',
  date_end: '2010-05-01 00:00:00.000',
  deaths_a: '1',
  deaths_b: '2',
  deaths_civilians: '0',
  deaths_unknown: '0',
  best: '3',
  high: '4',
  low: '2',
};

/** Columns reversed and one extra column added, as a newer release might have them. */
function gedCsv(rows: Row[], { hxl = true } = {}): string {
  const header: string[] = [...GED_COLUMNS].reverse();
  header.push('new_column');
  const lines = [header.join(',')];
  if (hxl)
    lines.push(
      header.map((h) => (h === 'year' ? '#date+year' : h === 'latitude' ? '#geo+lat' : '')).join(','),
    );
  for (const row of rows) {
    const full: Row = { ...BASE, new_column: 'z', ...row };
    lines.push(header.map((h) => JSON.stringify(full[h as keyof Row] ?? '')).join(','));
  }
  return lines.join('\n');
}

describe('parseGed', () => {
  it('reads columns by name, drops the HXL row and classifies', () => {
    const ged = parseGed(
      gedCsv([{}, { id: '2', dyad_name: 'BLA - Civilians', type_of_violence: '3' }]),
      'ged.csv',
    );
    expect(ged.droppedHxlRow).toBe(true);
    expect(ged.rowCount).toBe(2);
    const [first, second] = ged.events;
    expect(first).toMatchObject({
      id: 1,
      year: 2010,
      dateStart: '2010-05-01',
      lon: 70.604,
      lat: 32.9853,
      best: 3,
      deathsA: 1,
      deathsB: 2,
      deathsCivilians: 0,
      deathsUnknown: 0,
    });
    expect(first?.classification).toMatchObject({ category: 'militant', actor: 'ttp' });
    expect(second?.classification).toMatchObject({ category: 'militant', actor: 'baloch' });
  });

  it('accepts plain dates as newer releases write them', () => {
    const ged = parseGed(
      gedCsv([{ date_start: '2010-05-01', date_end: '2010-05-02' }], { hxl: false }),
      'ged.csv',
    );
    expect(ged.events[0]?.dateEnd).toBe('2010-05-02');
  });

  it('fails on an unknown dyad, naming the file, row and field', () => {
    expect(() =>
      parseGed(gedCsv([{}, { id: '2', dyad_name: 'Government of Pakistan - New Front' }]), 'ged.csv'),
    ).toThrow(
      /ged\.csv \(row 4, field "dyad_name"\): unclassified dyad "Government of Pakistan - New Front"/,
    );
  });

  it('fails on bad numbers and dates, naming row and field', () => {
    expect(() => parseGed(gedCsv([{ latitude: 'north' }]), 'ged.csv')).toThrow(/row 3, field "latitude"/);
    expect(() => parseGed(gedCsv([{ where_prec: '9' }]), 'ged.csv')).toThrow(/row 3, field "where_prec"/);
    expect(() => parseGed(gedCsv([{ date_start: '05/01/2010' }]), 'ged.csv')).toThrow(
      /row 3, field "date_start"/,
    );
    expect(() => parseGed(gedCsv([{ year: '2011' }]), 'ged.csv')).toThrow(/row 3, field "year"/);
    expect(() => parseGed(gedCsv([{ best: '-1' }]), 'ged.csv')).toThrow(/row 3, field "best"/);
  });

  it('fails on a row whose split of deaths does not add up to the best estimate, naming the row', () => {
    expect(() => parseGed(gedCsv([{}, { id: '2', deaths_unknown: '1' }]), 'ged.csv')).toThrow(
      /ged\.csv \(row 4, field "best"\): deaths_a \+ deaths_b \+ deaths_civilians \+ deaths_unknown = 4, but best = 3/,
    );
    expect(() => parseGed(gedCsv([{ deaths_b: '-2', deaths_a: '5' }]), 'ged.csv')).toThrow(
      /row 3, field "deaths_b"\): negative death count -2/,
    );
  });

  it('fails on coordinates out of range, naming row and field', () => {
    expect(() => parseGed(gedCsv([{}, { id: '2', latitude: '91.5' }]), 'ged.csv')).toThrow(
      /ged\.csv \(row 4, field "latitude"\): latitude 91.5 out of range/,
    );
    expect(() => parseGed(gedCsv([{ longitude: '-190' }]), 'ged.csv')).toThrow(/row 3, field "longitude"/);
  });

  it('fails on a duplicate event id', () => {
    expect(() => parseGed(gedCsv([{}, {}]), 'ged.csv')).toThrow(/row 4, field "id"\): duplicate event id 1/);
  });

  it('fails on a missing column, naming it', () => {
    const csv = gedCsv([{}]).replace('where_prec', 'where_precision');
    expect(() => parseGed(csv, 'ged.csv')).toThrow(/missing column "where_prec"/);
  });
});
