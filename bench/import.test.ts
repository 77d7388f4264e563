import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districts, events } from '../src/lib/import/committed-events.ts';
import { PLACEMENT_CACHE_SIZE } from '../src/lib/import/placement.ts';
import { expandResult } from '../src/lib/import/result-transfer.ts';
import type { ImportedEventTable } from '../src/lib/import/types.ts';
import {
  countRowDifferences,
  importFromDisk,
  parseOnly,
  throughput,
  writeSyntheticCsv,
  type SyntheticCsv,
} from './import.ts';

function table(ids: number[], districtsOf: (string | null)[]): ImportedEventTable {
  const n = ids.length;
  const fill = <T>(value: T) => Array.from({ length: n }, () => value);
  return {
    schema: 1,
    source: { id: 'user', name: 'test', version: '0', licence: '', citation: '' },
    categories: [],
    actors: [],
    count: n,
    columns: {
      id: ids,
      year: fill(2014),
      date: fill('2014-06-15'),
      category: fill(0),
      actor: fill(0),
      district: districtsOf,
      province: fill('PK-KP'),
      wherePrec: fill(1),
      datePrec: fill(1),
      best: fill(3),
      low: fill(2),
      high: fill(4),
      lon: fill(70.5),
      lat: fill(30.5),
    },
  } as ImportedEventTable;
}

describe('countRowDifferences', () => {
  it('is 0 for equal tables and counts each row that differs in any column once', () => {
    const a = table([1, 2, 3], ['alpha', 'beta', null]);
    expect(countRowDifferences(a, table([1, 2, 3], ['alpha', 'beta', null]))).toBe(0);
    expect(countRowDifferences(a, table([1, 9, 3], ['alpha', 'alpha', 'beta']))).toBe(2);
  });

  it('counts the extra rows of the longer table', () => {
    expect(countRowDifferences(table([1], ['alpha']), table([1, 2, 3], ['alpha', null, null]))).toBe(2);
  });
});

describe('throughput', () => {
  it('gives rows and MiB per second', () => {
    expect(throughput(1000, 2 * 1024 * 1024, 500)).toEqual({ rowsPerSecond: 2000, mibPerSecond: 4 });
  });
});

describe('the synthetic import file', () => {
  let dir: string;
  let headerOnly: SyntheticCsv;
  let csv: SyntheticCsv;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-bench-import-test-'));
    headerOnly = await writeSyntheticCsv(join(dir, 'header.csv'), 1);
    const single = await writeSyntheticCsv(join(dir, 'one.csv'), headerOnly.bytes + 1);
    // one byte over a single copy of the events: two copies
    csv = await writeSyntheticCsv(join(dir, 'two.csv'), single.bytes + 1);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes no copy when the header alone reaches the target', () => {
    expect(headerOnly.rows).toBe(0);
  });

  it('holds whole copies of the committed events after the header and the HXL tag row', () => {
    expect(csv.rows).toBe(2 * events.count);
    const lines = readFileSync(csv.path, 'utf8').split('\r\n');
    expect(lines[0]?.startsWith('id,year,type_of_violence')).toBe(true);
    expect(lines[1]).toContain('#date+year');
  });

  it('is parsed into header, tag row and every data row', async () => {
    expect(await parseOnly(csv.path)).toBe(csv.rows + 2);
  });

  it('imports every row as valid, and the placement cache gives the same table as none', async () => {
    const cached = await importFromDisk(csv, districts, PLACEMENT_CACHE_SIZE);
    const uncached = await importFromDisk(csv, districts, 0);
    expect(cached.result.fatal).toBeNull();
    expect(cached.result.errorCount).toBe(0);
    expect(cached.result.summary.valid).toBe(csv.rows);
    // the second copy's ids are shifted, so no row repeats another's id
    const cachedTable = expandResult(cached.result).table;
    expect(new Set(cachedTable.columns.id).size).toBe(csv.rows);
    expect(countRowDifferences(cachedTable, expandResult(uncached.result).table)).toBe(0);
    expect(cached.progressReports).toBeGreaterThanOrEqual(1);
  }, 30_000);
});
