/**
 * Timing of the import's pure path (stream parse, checks, classification, district lookup) on a
 * synthetic ~50 MB file built from the committed events. Slow, so it runs only on request:
 *   IMPORT_THROUGHPUT=1 npx vitest run --project unit src/lib/import/throughput.test.ts
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COLUMNS, HXL_ROW, committedRows, districts, events } from './committed-events.ts';
import { CsvRecordStream } from './csv-stream.ts';
import { PLACEMENT_CACHE_SIZE, createPlacer } from './placement.ts';
import { importCsvChunks } from './run.ts';

const TARGET_BYTES = 50 * 1024 * 1024;

async function writeSyntheticCsv(path: string): Promise<number> {
  const out = createWriteStream(path);
  const all = Array.from({ length: events.count }, (_, i) => i);
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(Papa.unparse({ fields: COLUMNS, data: [HXL_ROW] }, { newline: '\r\n' }) + '\r\n');
  let rows = 0;
  for (let copy = 0; out.bytesWritten + out.writableLength < TARGET_BYTES; copy++) {
    await write(Papa.unparse(committedRows(all, copy * 1_000_000), { newline: '\r\n' }) + '\r\n');
    rows += events.count;
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return rows;
}

describe.runIf(process.env.IMPORT_THROUGHPUT)('import throughput', () => {
  it('parses, checks and places a ~50 MB CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-throughput-'));
    try {
      const path = join(dir, 'synthetic.csv');
      const rows = await writeSyntheticCsv(path);
      const bytes = statSync(path).size;

      let parsed = 0;
      const parseStart = performance.now();
      const csv = new CsvRecordStream(() => parsed++);
      const decoder = new TextDecoder();
      for await (const chunk of createReadStream(path, { highWaterMark: 65536 })) {
        csv.push(decoder.decode(chunk as Buffer, { stream: true }));
      }
      csv.end();
      const parseMs = performance.now() - parseStart;

      const timed = async (cacheSize: number) => {
        let reports = 0;
        const start = performance.now();
        const result = await importCsvChunks(createReadStream(path, { highWaterMark: 65536 }), {
          fileName: 'synthetic.csv',
          totalBytes: bytes,
          place: createPlacer(districts, cacheSize),
          onProgress: () => reports++,
        });
        const ms = performance.now() - start;
        const line = `parse + check + classify + place, ${cacheSize > 0 ? 'placement cache on' : 'no placement cache'}: ${(ms / 1000).toFixed(2)} s, ${Math.round(rows / (ms / 1000))} rows/s, ${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s, ${reports} progress reports`;
        return { result, line };
      };
      const cached = await timed(PLACEMENT_CACHE_SIZE);
      const uncached = await timed(0);
      const result = cached.result;
      const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
      console.info(
        [
          `synthetic file: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${rows} rows (the committed events repeated, ids shifted)`,
          `CSV parse only: ${(parseMs / 1000).toFixed(2)} s, ${Math.round(parsed / (parseMs / 1000))} records/s`,
          cached.line,
          uncached.line,
          `heap after: ${heapMb.toFixed(0)} MB`,
          `summary: ${JSON.stringify(result.summary)}`,
        ].join('\n'),
      );
      expect(uncached.result.table).toEqual(result.table);
      expect(result.summary.valid).toBe(rows);
      expect(result.errorCount).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
