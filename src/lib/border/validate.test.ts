import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBorder } from './validate';

const committed = () =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/border.json'), 'utf8')) as {
    events: Record<string, unknown>[];
    crossings: { intervals: { citations: string[] }[] }[];
  };

describe('validateBorder', () => {
  it('accepts the committed file', () => {
    expect(validateBorder(committed()).crossings).toHaveLength(5);
  });

  it('names the entry and field of a bad value', () => {
    const data = committed();
    data.events[3]!.kind = 'raid';
    expect(() => validateBorder(data)).toThrow('data/border.json: events 3, field "kind"');
    const unsafe = committed();
    unsafe.events[0]!.sourceUrl = 'javascript:alert(1)';
    expect(() => validateBorder(unsafe)).toThrow('events 0, field "sourceUrl"');
  });

  it('refuses a citation of an event the file does not hold', () => {
    const data = committed();
    data.crossings[0]!.intervals[1]!.citations.push('BCE-999');
    expect(() => validateBorder(data)).toThrow(
      /crossings 0 intervals 1, field "citations": no event "BCE-999"/,
    );
  });
});
