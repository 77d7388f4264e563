import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CsvRecordStream,
  LONG_RECORD_PROBLEM,
  LineEndNormalizer,
  MAX_RECORD_CHARS,
  UnclosedQuoteError,
  detectDelimiter,
} from './csv-stream.ts';

function streamed(pieces: readonly string[]): { records: string[][]; problems: (string | null)[] } {
  const records: string[][] = [];
  const problems: (string | null)[] = [];
  const stream = new CsvRecordStream((cells, record, problem) => {
    expect(record).toBe(records.length);
    records.push(cells);
    problems.push(problem);
  });
  for (const piece of pieces) stream.push(piece);
  stream.end();
  return { records, problems };
}

function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((i) => i % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  pieces.push(text.slice(from));
  return pieces;
}

const SAMPLE = 'id,where,best\n1,"Kel, ""the"" village",2\n2,"two\nlines",3\n3,plain,4\n';

describe('CsvRecordStream', () => {
  it('reads quoted commas, doubled quotes and line breaks inside cells', () => {
    expect(streamed([SAMPLE]).records).toEqual([
      ['id', 'where', 'best'],
      ['1', 'Kel, "the" village', '2'],
      ['2', 'two\nlines', '3'],
      ['3', 'plain', '4'],
    ]);
  });

  it('gives the same records however the text is cut into pieces', () => {
    // papaparse reads the final line end as one more, empty, record; the stream does not. Line ends
    // inside quoted cells become LF like all others.
    const wholeParse = (text: string) => Papa.parse<string[]>(text).data.slice(0, -1);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (at, crlf) => {
        const text = crlf ? SAMPLE.replace(/\n/g, '\r\n') : SAMPLE;
        const expected = wholeParse(SAMPLE);
        expect(streamed(cut(text, at)).records).toEqual(expected);
      }),
    );
  });

  it('reads CRLF files without leaving \\r in the last cell, and a last row with no line end', () => {
    expect(streamed(['a,b\r', '\n1,2\r\n3,4']).records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('drops a byte order mark and takes semicolons or tabs when the header uses them', () => {
    expect(streamed(['\uFEFFa;b\n1;2\n']).records[0]).toEqual(['a', 'b']);
    expect(streamed(['a\tb\n1\t2']).records[1]).toEqual(['1', '2']);
  });

  it('reports a quote never closed at the end of the file against its record', () => {
    const { records, problems } = streamed(['a,b\n1,"open\n2,3\n']);
    expect(records).toHaveLength(2);
    expect(problems[1]).toMatch(/quote/i);
  });

  it('stops when a quoted cell stays open across lines past the limit', () => {
    const stream = new CsvRecordStream(() => {});
    stream.push('a,b\n1,"');
    expect(() => stream.push('x\n'.repeat(MAX_RECORD_CHARS / 2 + 1))).toThrow(UnclosedQuoteError);
  });

  it('refuses an over-long line by itself and reads the lines after it', () => {
    for (const pieceSize of [MAX_RECORD_CHARS * 3, 65536]) {
      const text = `a,b\n1,2\n3,${'y'.repeat(MAX_RECORD_CHARS + 10)}\n5,6\n7,8\n`;
      const { records, problems } = streamed(
        cut(
          text,
          Array.from({ length: Math.ceil(text.length / pieceSize) }, (_, i) => i * pieceSize),
        ),
      );
      expect(records.map((r) => r[0] ?? '')).toEqual(['a', '1', '', '5', '7']);
      expect(problems[2]).toBe(LONG_RECORD_PROBLEM);
    }
  });

  it('reads mixed CRLF, LF and CR line ends as one kind, however they are cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 20, maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (ends, at) => {
          const text = ['id,v', ...Array.from({ length: 19 }, (_, i) => `${i},x`)]
            .map((line, i) => line + ends[i])
            .join('');
          const { records } = streamed(cut(text, at));
          expect(records).toHaveLength(20);
          expect(records.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 19 }, (_, i) => String(i)));
        },
      ),
    );
  });
});

describe('LineEndNormalizer', () => {
  it('holds a CR at the end of a piece until it knows whether LF follows', () => {
    const n = new LineEndNormalizer();
    expect(n.push('a\r') + n.push('\nb\r') + n.push('c\r') + n.end()).toBe('a\nb\nc\n');
  });
});

describe('detectDelimiter', () => {
  it('counts delimiters outside quotes only', () => {
    expect(detectDelimiter('"a;b;c",d,e')).toBe(',');
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('id')).toBe(',');
  });
});
