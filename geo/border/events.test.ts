import { describe, expect, it } from 'vitest';
import { BORDER_EVENT_COLUMNS, parseBorderEvents, splitNote } from './events.ts';

type Row = Partial<Record<(typeof BORDER_EVENT_COLUMNS)[number], string>>;
const BASE: Record<(typeof BORDER_EVENT_COLUMNS)[number], string> = {
  id: 'BCE-900',
  date: '2025-10-12',
  date_precision: 'day',
  kind: 'closure',
  place: 'Torkham',
  lon: '71.0847',
  lat: '34.1147',
  location_precision: 'exact',
  crossing_or_corridor: 'Torkham',
  summary_in_own_words: 'The crossing was shut.',
  killed: '',
  source_url: 'https://example.org/a',
  source_outlet: 'Example',
  note: '',
};
const quote = (value: string) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (...rows: Row[]) =>
  [
    BORDER_EVENT_COLUMNS.join(','),
    ...rows.map((r) => BORDER_EVENT_COLUMNS.map((c) => quote({ ...BASE, ...r }[c])).join(',')),
  ].join('\n');
const nowhere = () => null;
const FILE = 'attacks/border.csv';

describe('parseBorderEvents', () => {
  it('reads a row with its crossing, corridor and citation', () => {
    const [event] = parseBorderEvents(csv({}), FILE, () => ({ id: 'PAK', name: 'Pakistan' }));
    expect(event).toMatchObject({
      id: 'BCE-900',
      day: '2025-10-12',
      kind: 'closure',
      point: [71.0847, 34.1147],
      country: { id: 'PAK', name: 'Pakistan' },
      crossings: ['torkham'],
      corridors: ['afghan-transit'],
      border: true,
      sourceUrl: 'https://example.org/a',
    });
  });

  it('places month and approximate dates on a day and says how precise they are', () => {
    const events = parseBorderEvents(
      csv(
        { id: 'A', date: '2025-01', date_precision: 'month' },
        { id: 'B', date: '2025-03 (early)', date_precision: 'approx' },
        { id: 'C', date: '2026-01 (mid)', date_precision: 'approx' },
      ),
      FILE,
      nowhere,
    );
    expect(events.map((e) => [e.id, e.day, e.datePrecision])).toEqual([
      ['A', '2025-01-01', 'month'],
      ['B', '2025-03-05', 'approx'],
      ['C', '2026-01-15', 'approx'],
    ]);
  });

  it('keeps the count apart from the other side’s claims', () => {
    const [event] = parseBorderEvents(
      csv({
        kind: 'clash',
        killed: '23',
        note: 'killed = Pakistani soldiers per ISPR; Kabul said 58 soldiers died (https://example.org/b); point: crossing point',
      }),
      FILE,
      nowhere,
    );
    expect(event).toMatchObject({
      killed: 23,
      killedCountedAs: 'Pakistani soldiers per ISPR',
      claims: ['Kabul said 58 soldiers died (https://example.org/b)'],
      locationNote: 'crossing point',
    });
  });

  it('lists a multi-site event without a point', () => {
    const [event] = parseBorderEvents(
      csv({ lon: '', lat: '', location_precision: 'multi-site' }),
      FILE,
      nowhere,
    );
    expect(event!.point).toBeNull();
    expect(event!.country).toBeNull();
  });

  it.each([
    [{ kind: 'skirmish' }, 'row 2, field "kind"'],
    [{ date: '2025-13-01' }, 'row 2, field "date"'],
    [{ date: '2025-10', date_precision: 'day' }, 'row 2, field "date"'],
    [{ date: '2025-10 (sometime)', date_precision: 'approx' }, 'row 2, field "date"'],
    [{ crossing_or_corridor: 'Wagah' }, 'row 2, field "crossing_or_corridor"'],
    [{ lat: '' }, 'row 2, field "lat"'],
    [{ lon: '12' }, 'row 2, field "lon"'],
    [{ killed: 'about 20' }, 'row 2, field "killed"'],
    [{ source_url: 'javascript:alert(1)' }, 'row 2, field "source_url"'],
    [{ summary_in_own_words: '' }, 'row 2, field "summary_in_own_words"'],
    [{ location_precision: 'multi-site' }, 'row 2, field "lon"'],
  ] as [Row, string][])('refuses %o naming the file, row and field', (row, where) => {
    expect(() => parseBorderEvents(csv(row), FILE, nowhere)).toThrow(`${FILE} (${where})`);
  });

  it('refuses a duplicate id', () => {
    expect(() => parseBorderEvents(csv({}, {}), FILE, nowhere)).toThrow(`${FILE} (row 3, field "id")`);
  });

  it('refuses a missing column', () => {
    const text = csv({}).replace(',note', '').replace(/,$/m, '');
    expect(() => parseBorderEvents(text, FILE, nowhere)).toThrow(/field "note"/);
  });
});

describe('splitNote', () => {
  it('takes the first killed clause and point, keeps everything else as claims', () => {
    expect(splitNote('a; killed = x per y; b; point: town')).toEqual({
      killedCountedAs: 'x per y',
      locationNote: 'town',
      claims: ['a', 'b'],
    });
    expect(splitNote('')).toEqual({ killedCountedAs: null, locationNote: null, claims: [] });
  });
});
