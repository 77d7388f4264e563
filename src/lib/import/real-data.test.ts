/**
 * The committed events, written back out as a UCDP-format CSV and imported the way a user's file
 * is: the districts found on the app's simplified polygons must match the build's, found on the
 * full-resolution ones, for nearly every row.
 */
import { describe, expect, it } from 'vitest';
import { bytePieces, expanded } from './fixtures.ts';
import { committedCsv, districts, events } from './committed-events.ts';
import { createPlacer, geographyOf } from './placement.ts';
import { importCsvChunks } from './run.ts';

const place = createPlacer(districts);

async function importIndices(indices: readonly number[]) {
  const text = committedCsv(indices);
  const result = expanded(
    await importCsvChunks(() => bytePieces(text, 65536), {
      fileName: 'committed.csv',
      totalBytes: text.length,
      place,
      geography: geographyOf(districts),
      onProgress: () => {},
    }),
  );
  const byId = new Map(result.table.columns.id.map((id, row) => [id, row]));
  let districtAgree = 0;
  let provinceAgree = 0;
  const disagreements: string[] = [];
  for (const i of indices) {
    const row = byId.get(events.columns.id[i] as number);
    if (row === undefined) continue;
    const expected = events.columns.district[i] ?? null;
    const found = result.table.columns.district[row] ?? null;
    if (expected === found) districtAgree++;
    else disagreements.push(`${events.columns.id[i]}: ${expected} -> ${found}`);
    if ((events.columns.province[i] ?? null) === (result.table.columns.province[row] ?? null))
      provinceAgree++;
  }
  return { result, districtAgree, provinceAgree, disagreements };
}

describe('the committed events round-trip through the import', () => {
  it('a sample of 200: all valid, same classes, districts agree for at least 98 %', async () => {
    const step = Math.floor(events.count / 200);
    const indices = Array.from({ length: 200 }, (_, k) => k * step);
    const { result, districtAgree, provinceAgree, disagreements } = await importIndices(indices);
    expect(result.fatal).toBeNull();
    expect(result.droppedHxlRow).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatchObject({ rows: 200, valid: 200, unclassified: 0 });
    const byId = new Map(result.table.columns.id.map((id, row) => [id, row]));
    for (const i of indices) {
      const row = byId.get(events.columns.id[i] as number) as number;
      expect(result.table.columns.category[row]).toBe(events.columns.category[i]);
      expect(result.table.columns.actor[row]).toBe(events.columns.actor[i]);
      expect(result.table.columns.best[row]).toBe(events.columns.best[i]);
    }
    console.info(
      `import round trip, 200 sampled events: district agreement ${districtAgree}/200, province ${provinceAgree}/200; ${disagreements.join('; ') || 'no disagreements'}`,
    );
    expect(districtAgree / 200).toBeGreaterThanOrEqual(0.98);
  });

  it(`all ${events.count} committed events: districts agree for at least 98 %`, async () => {
    const indices = Array.from({ length: events.count }, (_, i) => i);
    const { result, districtAgree, provinceAgree, disagreements } = await importIndices(indices);
    expect(result.summary.valid).toBe(events.count);
    console.info(
      `import round trip, all events: district agreement ${districtAgree}/${events.count} (${((100 * districtAgree) / events.count).toFixed(2)} %), province ${provinceAgree}/${events.count}; first disagreements: ${disagreements.slice(0, 10).join('; ')}`,
    );
    expect(districtAgree / events.count).toBeGreaterThanOrEqual(0.98);
  });
});
