import { describe, expect, it } from 'vitest';
import { footerLines, wrapText } from './png';

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

describe('footerLines', () => {
  const measure = (text: string) => text.length;
  it('puts a timeline’s citations between the sources and the view', () => {
    expect(
      footerLines(
        { sources: 'UCDP', url: 'u', citations: ['12 Oct 2025 (BCE-009): Jago News, https://x'] },
        measure,
        80,
      ),
    ).toEqual([
      'Sources: UCDP',
      'Events listed in the timeline (1), with their sources:',
      '12 Oct 2025 (BCE-009): Jago News, https://x',
      'View: u',
    ]);
  });
  it('says what the map’s extra symbols mean after the sources', () => {
    expect(
      footerLines({ sources: 'UCDP', url: 'u', mapNote: 'Crossings as on 1 Jan 2025' }, measure, 80),
    ).toEqual(['Sources: UCDP', 'Crossings as on 1 Jan 2025', 'View: u']);
  });
  it('adds nothing without citations', () => {
    expect(footerLines({ sources: 'UCDP', url: 'u' }, measure, 80)).toEqual(['Sources: UCDP', 'View: u']);
  });
});
