import { describe, expect, it } from 'vitest';
import { PipelineError } from '../pipeline.ts';
import { parsePublishedFigures, publishedFigureIds } from './published-figures.ts';

const header =
  'source_org,source_series,year,period,province_as_reported,iso_current,attacks_or_incidents,note';

describe('publishedFigureIds', () => {
  it('slugs organisation, year, ISO code and period, numbering repeats in file order', () => {
    const csv = [
      header,
      'PICSS,annual,2023,full year,Pakistan (national),PK,645,',
      'PICSS,monthly,2023,Jan-Nov,Pakistan (national),PK,599,"+81%, vs 2022"',
      'PICSS,suicide,2023,full year,Pakistan (national),PK,29,',
      'CRSS,Q1-Q3,2023,Jan-Sep,KP + Balochistan combined,,,',
      'Govt of Pakistan (Ministry of Interior),NA reply,2024,Jan-Oct,Khyber Pakhtunkhwa,PK-KP,948,',
      'PICSS,other,2023,full year,Pakistan,PK,1,',
    ].join('\n');
    const rows = parsePublishedFigures(csv, 'figures.csv');
    expect(rows[1]?.note).toBe('+81%, vs 2022');
    expect(publishedFigureIds(rows)).toEqual([
      'picss-2023-pk-full-year',
      'picss-2023-pk-jan-nov',
      'picss-2023-pk-full-year-2',
      'crss-2023-jan-sep',
      'govt-of-pakistan-ministry-of-interior-2024-pk-kp-jan-oct',
      'picss-2023-pk-full-year-3',
    ]);
  });

  it('never reuses an id that an earlier suffix already took', () => {
    const rows = [
      { source_org: 'A', year: '2023', iso_current: 'PK', period: 'x 2' },
      { source_org: 'A', year: '2023', iso_current: 'PK', period: 'x' },
      { source_org: 'A', year: '2023', iso_current: 'PK', period: 'x' },
    ];
    expect(publishedFigureIds(rows)).toEqual(['a-2023-pk-x-2', 'a-2023-pk-x', 'a-2023-pk-x-3']);
  });
});

describe('parsePublishedFigures', () => {
  it('names the missing column', () => {
    expect(() => parsePublishedFigures('source_org,year,period\nPIPS,2024,full year', 'f.csv')).toThrow(
      'f.csv (field "iso_current"): missing column',
    );
  });

  it('names the row and field of an empty organisation', () => {
    const csv = `${header}\n,annual,2023,full year,Pakistan,PK,1,`;
    expect(() => parsePublishedFigures(csv, 'f.csv')).toThrow(PipelineError);
    expect(() => parsePublishedFigures(csv, 'f.csv')).toThrow(
      'f.csv (row 2, field "source_org"): empty value',
    );
  });
});
