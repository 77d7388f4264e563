import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV export', () => {
  it('quotes and defuses cells', () => {
    expect(csvCell('Dera Ismail Khan')).toBe('Dera Ismail Khan');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('writes the sources and licences above the rows', () => {
    const csv = toCsv(
      {
        title: 'Frontier Atlas',
        view: 'deaths 2007–2021',
        sources: ['UCDP GED 22.1 (CC BY 4.0)'],
        url: 'http://x/#a\nb',
      },
      ['name', 'deaths'],
      [['Quetta', 1076]],
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('# Frontier Atlas');
    expect(lines[2]).toBe('# Source: UCDP GED 22.1 (CC BY 4.0)');
    expect(lines[3]).toBe('# View: http://x/#a b');
    expect(lines.slice(-2)).toEqual(['name,deaths', 'Quetta,1076']);
  });
});
