import { describe, expect, it } from 'vitest';
import { importedFixture } from './fixtures.ts';
import { codeRange, ResultAssembler, resultMessages, type OutgoingMessage } from './result-transfer.ts';
import type { ColumnsSlice, DetailsSlice, ImportResult, ResultTail, WorkerMessage } from './types.ts';

/** What the page receives: each message through a real structured clone with its transfer list. */
function received(result: ImportResult, rowsPerSlice: number): WorkerMessage[] {
  return [...resultMessages(result, rowsPerSlice)].map(({ message, transfer }: OutgoingMessage) =>
    structuredClone(message, { transfer }),
  );
}

function reassemble(messages: readonly WorkerMessage[]): ImportResult {
  let assembler: ResultAssembler | null = null;
  for (const message of messages) {
    if (message.type === 'begin') assembler = new ResultAssembler(message.count);
    else if (message.type === 'slice') assembler?.add(message.start, message.columns, message.details);
    else if (message.type === 'done') {
      const { type: _type, ...tail } = message;
      if (!assembler) throw new Error('no begin');
      return assembler.finish(tail);
    }
  }
  throw new Error('no done');
}

describe('resultMessages and ResultAssembler', () => {
  it('carry a result through begin, row-ordered slices and done, unchanged', async () => {
    const result = await importedFixture(45);
    expect(result.table.count).toBe(45);
    expect(result.errorCount).toBe(1);
    expect(result.details.snappedKm.some((km) => km !== null)).toBe(true);
    expect(result.table.columns.district.some((d) => d === null)).toBe(true);
    for (const rowsPerSlice of [1, 7, 45, 1000]) {
      const messages = received(result, rowsPerSlice);
      expect(messages.map((m) => m.type)).toEqual([
        'begin',
        ...Array<string>(Math.ceil(45 / rowsPerSlice)).fill('slice'),
        'done',
      ]);
      expect(messages.flatMap((m) => (m.type === 'slice' ? [m.start] : []))).toEqual(
        Array.from({ length: Math.ceil(45 / rowsPerSlice) }, (_, i) => i * rowsPerSlice),
      );
      const rebuilt = reassemble(messages);
      expect(rebuilt).toEqual(result);
      // the app checks Array.isArray and indexes these: plain arrays, not typed ones
      for (const column of [...Object.values(rebuilt.table.columns), ...Object.values(rebuilt.details)]) {
        expect(Array.isArray(column)).toBe(true);
      }
    }
  });

  it('moves the number columns as typed arrays, codes the rest, and keeps the final message small', async () => {
    const result = await importedFixture(20);
    const outgoing = [...resultMessages(result, 8)];
    const slice = outgoing[1];
    if (slice?.message.type !== 'slice') throw new Error('expected a slice');
    expect(slice.message.columns.lon).toBeInstanceOf(Float64Array);
    expect(slice.message.details.sourceRow).toBeInstanceOf(Float64Array);
    // 13 number columns and 10 coded ones, each with one buffer to move
    expect(slice.transfer).toHaveLength(23);
    expect(slice.message.details.sideA.values).toEqual(['Government of Pakistan']);
    expect([...slice.message.details.sideA.codes]).toEqual(Array<number>(8).fill(0));
    const done = outgoing.at(-1)?.message;
    expect(done?.type).toBe('done');
    expect(done && 'details' in done).toBe(false);
    expect(done && 'table' in done && 'columns' in done.table).toBe(false);
  });

  it('sends an empty result as begin and done alone', async () => {
    const result = await importedFixture(0);
    const messages = received(result, 10);
    expect(messages.map((m) => m.type)).toEqual(['begin', 'done']);
    expect(reassemble(messages)).toEqual(result);
  });

  it('refuses slices out of order, past the announced rows, uneven or with bad codes, and an early end', async () => {
    const result = await importedFixture(10);
    const messages = received(result, 4);
    const slices = messages.flatMap((m) => (m.type === 'slice' ? [m] : []));
    const done = messages.at(-1) as { type: 'done' } & ResultTail;
    const [first, second] = slices;
    if (!first || !second) throw new Error('expected slices');

    const outOfOrder = new ResultAssembler(10);
    expect(() => outOfOrder.add(second.start, second.columns, second.details)).toThrow(
      'slice starts at row 4, expected 0',
    );

    const tooMany = new ResultAssembler(3);
    expect(() => tooMany.add(first.start, first.columns, first.details)).toThrow('runs past the 3 rows');

    const uneven = new ResultAssembler(10);
    const shortColumns: ColumnsSlice = {
      ...first.columns,
      date: { ...first.columns.date, codes: first.columns.date.codes.slice(1) },
    };
    expect(() => uneven.add(0, shortColumns, first.details as DetailsSlice)).toThrow(
      'has 3 date, expected 4',
    );

    const badCode = new ResultAssembler(10);
    const codes = first.details.headline.codes.slice();
    codes[2] = 99;
    const wrongDetails: DetailsSlice = { ...first.details, headline: { ...first.details.headline, codes } };
    expect(() => badCode.add(0, first.columns, wrongDetails)).toThrow('headline of row 2 has code 99 of 4');

    const early = new ResultAssembler(10);
    early.add(first.start, first.columns, first.details);
    expect(() => early.finish(done)).toThrow('4 rows arrived of 10 announced');
  });

  it('rejects a slice size below one row', async () => {
    const result = await importedFixture(1);
    expect(() => [...resultMessages(result, 0)]).toThrow(RangeError);
  });

  it('codes a range by distinct values, null and NaN included, in order of first appearance', () => {
    const coded = codeRange(['x', 'a', null, 'a', 'b', null, 'x'], 1, 6);
    expect(coded.values).toEqual(['a', null, 'b']);
    expect([...coded.codes]).toEqual([0, 1, 0, 2, 1]);
    const numbers = codeRange([NaN, 1.5, NaN, null], 0, 4);
    expect(numbers.values).toEqual([NaN, 1.5, null]);
    expect([...numbers.codes]).toEqual([0, 1, 0, 2]);
    expect(codeRange(['a'], 0, 0)).toEqual({ values: [], codes: new Uint32Array(0) });
  });
});
