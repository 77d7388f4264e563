/**
 * Files as people have them, generated: any mix of line ends, a byte-order mark or none, UTF-8,
 * UTF-16 either way round, Windows-1252, cut into pieces anywhere, with an over-long line among the
 * rows. Whatever the mix, every row comes out once, in order, with its text intact: none lost, none merged.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ByteDecoder, ContentHash, NotUtf8Error, firstInvalidUtf8, sniffEncoding } from './bytes.ts';
import { MAX_RECORD_CHARS } from './csv-stream.ts';
import { HEADER, cellsOf, expanded, fixtureRow, geography, place } from './fixtures.ts';
import { importCsvChunks } from './run.ts';

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1252';

function encode(text: string, encoding: Encoding): Uint8Array {
  const utf16le = (t: string) => new Uint8Array(Buffer.from(t, 'utf16le'));
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le':
      return utf16le(text);
    case 'utf-16le-bom':
      return utf16le(`\uFEFF${text}`);
    case 'utf-16be-bom':
      return utf16le(`\uFEFF${text}`).map((_, i, a) => a[i % 2 === 0 ? i + 1 : i - 1] as number);
    case 'windows-1252':
      return new Uint8Array(Buffer.from(text, 'latin1'));
  }
}

async function* pieces(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) yield bytes.slice(from, point);
    from = point;
  }
}

// Latin-1 letters only, so the same text exists in every encoding tried
const cellText = fc.string({
  unit: fc.constantFrom(...'abc XYZ,;"\n\'é ñ ü ß ø å ç Ö Ä ¿ ° £'.split('')),
  maxLength: 30,
});

describe('reading generated files', () => {
  it('loses and merges no row, whatever the line ends, encoding, mark and pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ headline: cellText, end: fc.constantFrom('\n', '\r\n', '\r') }), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.constantFrom<Encoding>(
          'utf-8',
          'utf-8-bom',
          'utf-16le',
          'utf-16le-bom',
          'utf-16be-bom',
          'windows-1252',
        ),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, encoding, cuts) => {
          const lines = [
            Papa.unparse([HEADER]),
            ...rows.map((row, i) =>
              Papa.unparse([
                cellsOf(fixtureRow({ id: String(i + 1), source_headline: `H${i} ${row.headline}` })),
              ]),
            ),
          ];
          const text = lines.map((line, i) => line + (i === 0 ? '\n' : (rows[i - 1]?.end ?? '\n'))).join('');
          const bytes = encode(text, encoding);
          const result = expanded(
            await importCsvChunks(() => pieces(bytes, cuts), {
              fileName: 'generated.csv',
              totalBytes: bytes.length,
              place,
              geography,
              onProgress: () => {},
            }),
          );
          expect(result.fatal).toBeNull();
          expect(result.summary).toMatchObject({ rows: rows.length, valid: rows.length, invalid: 0 });
          expect([...result.table.columns.id].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 1));
          const byId = new Map(result.table.columns.id.map((id, r) => [id, result.details.headline[r]]));
          // Windows-1252 bytes that happen to be well-formed UTF-8 (ß° is DF B0, which is U+07F0) cannot
          // be told apart from UTF-8: the rule reads them as UTF-8, like browsers and spreadsheets do
          const readAsUtf8 = encoding === 'windows-1252' && firstInvalidUtf8(bytes) === -1;
          const meant = (cell: string) =>
            readAsUtf8 ? new TextDecoder().decode(encode(cell, 'windows-1252')) : cell;
          rows.forEach((row, i) => {
            // cells are trimmed, and their own line ends read as LF like all others
            expect(byId.get(i + 1)).toBe(meant(`H${i} ${row.headline}`.trim()));
          });
        },
      ),
      { numRuns: 60, examples: [[[{ headline: 'ß°', end: '\n' }], 'windows-1252', []]] },
    );
  });

  it('refuses an over-long line by itself, wherever it falls, and keeps every other row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 9 }), fc.constantFrom(65536, 1 << 20), async (at, piece) => {
        const rows = Array.from({ length: 10 }, (_, i) =>
          Papa.unparse([cellsOf(fixtureRow({ id: String(i + 1) }))]),
        );
        rows.splice(at, 0, `999,${'z'.repeat(MAX_RECORD_CHARS + 5)}`);
        const bytes = new TextEncoder().encode([Papa.unparse([HEADER]), ...rows].join('\n') + '\n');
        const cuts = Array.from({ length: Math.ceil(bytes.length / piece) }, (_, i) => i * piece);
        const result = await importCsvChunks(() => pieces(bytes, cuts), {
          fileName: 'long.csv',
          totalBytes: bytes.length,
          place,
          geography,
          onProgress: () => {},
        });
        expect(result.fatal).toBeNull();
        expect(result.summary).toMatchObject({ rows: 11, valid: 10, invalid: 1 });
        expect(result.errors[0]).toMatchObject({ row: at + 2, field: '(row)' });
      }),
      { numRuns: 8 },
    );
  });
});

describe('sniffEncoding', () => {
  it('knows the marks, UTF-16 without one, and what is not text', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      encoding: 'utf-8',
      refusal: null,
    });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatchObject({ encoding: 'utf-16le' });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toMatchObject({ encoding: 'utf-16be' });
    expect(sniffEncoding(new Uint8Array(Buffer.from('id,year\n1,2', 'utf16le')))).toMatchObject({
      encoding: 'utf-16le',
    });
    expect(sniffEncoding(new Uint8Array([0x50, 0x4b, 3, 4, 0])).refusal).toMatch(/xlsx/);
    expect(sniffEncoding(new Uint8Array([0x69, 0x64, 0x2c, 0x01, 0x02])).refusal).toMatch(
      /binary.*byte 3 .*0x01/,
    );
    expect(sniffEncoding(new TextEncoder().encode('id,year\r\n\t1,2')).refusal).toBeNull();
  });
});

describe('ByteDecoder and firstInvalidUtf8', () => {
  it('names the offset of the first byte that is not UTF-8, even when a piece boundary cuts a letter', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('aé€'), 0x61, 0xe9, 0x20, 0x62]);
    expect(firstInvalidUtf8(bytes)).toBe(7);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new ByteDecoder('utf-8');
      let offset = -1;
      try {
        decoder.decode(bytes.slice(0, cut));
        decoder.decode(bytes.slice(cut));
        decoder.end();
      } catch (error) {
        if (error instanceof NotUtf8Error) offset = error.offset;
      }
      expect(offset).toBe(7);
    }
  });

  it('finds nothing wrong in UTF-8, and a sequence cut short at the very end', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('héllo 🌍'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]), true)).toBe(-1);
  });
});

describe('ContentHash', () => {
  it('is the same however the bytes are cut, and differs for other bytes', () => {
    const bytes = new TextEncoder().encode('id,year\n1,2014\n');
    const whole = new ContentHash();
    whole.update(bytes);
    const cut = new ContentHash();
    cut.update(bytes.slice(0, 5));
    cut.update(bytes.slice(5));
    expect(cut.digest()).toBe(whole.digest());
    expect(whole.digest()).toMatch(/^[0-9a-f]{12}$/);
    const other = new ContentHash();
    other.update(new TextEncoder().encode('id,year\n1,2015\n'));
    expect(other.digest()).not.toBe(whole.digest());
  });
});
