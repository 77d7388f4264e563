import { describe, expect, it } from 'vitest';
import { packedCount } from './compact.ts';
import { expanded, geography, importedFixture } from './fixtures.ts';
import {
  checkImportedEvents,
  DATE_ROWS_PER_TASK,
  expandResult,
  resultMessage,
  toEventStore,
  UserDetails,
} from './result-transfer.ts';
import type { WorkerMessage } from './types.ts';

describe('resultMessage', () => {
  it('carries a result in one message, every column moved rather than copied, unchanged', async () => {
    const result = await importedFixture(45);
    const before = expandResult(result);
    const { message, transfer } = resultMessage(result, { kept: true });
    // one buffer per typed array: 16 row columns, 5 coded (values, offsets, codes), 2 packed (bytes, offsets)
    expect(transfer).toHaveLength(16 + 5 * 3 + 2 * 2);
    const got = structuredClone(message, { transfer }) as Extract<WorkerMessage, { type: 'done' }>;
    // the sender's arrays are emptied by the move
    expect(result.events.lat.length).toBe(0);
    expect(expandResult(got.result)).toEqual(before);
  });
});

describe('on the page', () => {
  it('the columns become the event store as they are, and a row’s text is read when shown', async () => {
    const result = await importedFixture(30);
    const plain = expanded(result);
    const store = await toEventStore(result, geography.districtIds, geography.provinceIds);
    expect(store.count).toBe(30);
    expect(store.ucdpId).toBe(result.events.ucdpId);
    expect(store.deaths).toBe(result.events.best);
    expect(store.date).toEqual(plain.table.columns.date);
    expect(store.minYear).toBe(2014);
    const details = new UserDetails(result.events);
    expect(Array.from({ length: 30 }, (_, i) => details.headline(i))).toEqual(plain.details.headline);
    expect(details.sideB(0)).toBe(plain.details.sideB[0]);
    expect(details.sourceRow(3)).toBe(plain.details.sourceRow[3]);
    expect(packedCount(result.events.where)).toBe(30);
  });

  it('refuses a table made for another list of districts', async () => {
    const result = await importedFixture(3);
    await expect(toEventStore(result, ['beta', 'alpha'], geography.provinceIds)).rejects.toThrow(
      /another list/,
    );
  });

  it('names every row’s date however many tasks that takes', async () => {
    expect(DATE_ROWS_PER_TASK).toBeGreaterThan(1000);
    const result = await importedFixture(30);
    const store = await toEventStore(result, geography.districtIds, geography.provinceIds);
    expect(store.date.every((d) => /^2014-06-\d\d$/.test(d))).toBe(true);
  });
});

describe('checkImportedEvents', () => {
  it('refuses columns that do not agree, rather than show a broken table', async () => {
    const result = await importedFixture(25);
    expect(() => checkImportedEvents(result)).not.toThrow();
    expect(() =>
      checkImportedEvents({ ...result, events: { ...result.events, lat: result.events.lat.slice(0, 10) } }),
    ).toThrow('lat has 10 rows, expected 25');
    const badIndex = await importedFixture(5);
    badIndex.events.district[0] = 99;
    expect(() => checkImportedEvents(badIndex)).toThrow('district of row 0 is 99, outside the 2 known');
    const badCode = await importedFixture(5);
    badCode.events.dyad.codes[1] = 7;
    expect(() => checkImportedEvents(badCode)).toThrow(/dyad of row 1 names value 7/);
  });
});
