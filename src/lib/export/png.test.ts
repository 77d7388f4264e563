import { describe, expect, it } from 'vitest';
import { wrapText } from './png';

describe('wrapText', () => {
  const measure = (text: string) => text.length;
  it('breaks lines at words within the width', () => {
    expect(wrapText(measure, 'aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
  });
  it('keeps a word longer than the width on its own line', () => {
    expect(wrapText(measure, 'https://example.org/very/long short', 10)).toEqual([
      'https://example.org/very/long',
      'short',
    ]);
  });
  it('returns nothing for empty text', () => {
    expect(wrapText(measure, '   ', 10)).toEqual([]);
  });
});
