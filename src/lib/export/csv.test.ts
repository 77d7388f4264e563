import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvMeta } from './csv';

const meta: CsvMeta = {
  title: 'Frontier Atlas',
  view: 'deaths by district, 2007–2021; actors: ttp, baloch',
  sources: ['OpenStreetMap, 2023 census district set (ODbL 1.0)', 'UCDP GED 22.1 (CC BY 4.0)'],
  url: 'http://x/#a\nb',
};

/** The cells a spreadsheet or a CSV reader sees. */
const cellsOf = (csv: string) => Papa.parse<string[]>(csv.trimEnd()).data;

describe('CSV export', () => {
  it('quotes cells and keeps formulas as text', () => {
    const csv = toCsv(meta, [
      ['name', 'note', 'value'],
      ['Dera Ismail Khan', 'a,b', -3],
      ['say "hi"', '=HYPERLINK("x")', null],
      ['-1+2', '@SUM(A1)', 0.5],
      ['=1+2\nmore', '\tx', 1],
    ]);
    const rows = cellsOf(csv).slice(-5);
    expect(rows).toEqual([
      ['name', 'note', 'value'],
      ['Dera Ismail Khan', 'a,b', '-3'],
      ['say "hi"', `'=HYPERLINK("x")`, ''],
      ["'-1+2", "'@SUM(A1)", '0.5'],
      ["'=1+2\nmore", "'\tx", '1'],
    ]);
  });

  it('writes the title, the view, each source and the link above the rows, one line each', () => {
    const lines = toCsv(meta, [
      ['name', 'deaths'],
      ['Quetta', 1076],
    ])
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('# Frontier Atlas');
    expect(lines[1]).toBe('# Shows,"deaths by district, 2007–2021; actors: ttp, baloch"');
    expect(lines[2]).toBe('# Source,"OpenStreetMap, 2023 census district set (ODbL 1.0)"');
    expect(lines[3]).toBe('# Source,UCDP GED 22.1 (CC BY 4.0)');
    expect(lines[4]).toBe('# View,http://x/#a b');
    expect(lines.slice(-2)).toEqual(['name,deaths', 'Quetta,1076']);
    // readers that skip comment lines see the table alone
    expect(Papa.parse(lines.join('\n'), { comments: '#' }).data).toEqual([
      ['name', 'deaths'],
      ['Quetta', '1076'],
    ]);
  });

  it('defuses every line, the comment lines with a file name and a link included', () => {
    const csv = toCsv(
      {
        title: 'Frontier Atlas',
        view: '=cmd|calc',
        sources: ["Events from the user's own file mine,=1+2,@SUM(A1).csv"],
        url: 'http://x/#a,=1+2,@SUM(A1)',
      },
      [['name'], ['+evil']],
    );
    const cells = cellsOf(csv).flat();
    expect(cells).toContain("Events from the user's own file mine,=1+2,@SUM(A1).csv");
    expect(cells).toContain('http://x/#a,=1+2,@SUM(A1)');
    expect(cells.filter((cell) => /^[=+\-@\t\r\n]/.test(cell))).toEqual([]);
    expect(csv.split(/\r\n/).filter((line) => /^[=+\-@]/.test(line))).toEqual([]);
  });
});
