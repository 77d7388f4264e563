import { describe, expect, it } from 'vitest';
import { parseCatalog } from './catalog.ts';

const entry = {
  id: 'amini-2024',
  file: 'amini.txt',
  title: 'An article',
  author: 'A. Author',
  outlet: null,
  date: '2024-02',
  date_approximate: true,
  date_basis: 'written before the election',
  url: null,
};

describe('parseCatalog', () => {
  it('maps snake_case metadata to the published source shape', () => {
    expect(parseCatalog({ sources: [entry] }, 'catalog.json')).toEqual([
      {
        id: 'amini-2024',
        file: 'amini.txt',
        title: 'An article',
        author: 'A. Author',
        outlet: null,
        date: '2024-02',
        dateApproximate: true,
        dateBasis: 'written before the election',
        url: null,
        kind: 'article',
      },
    ]);
  });

  it('names the source and field of a missing title', () => {
    expect(() => parseCatalog({ sources: [{ ...entry, title: '' }] }, 'catalog.json')).toThrow(
      'catalog.json (row amini-2024, field "title"): expected a non-empty string',
    );
  });

  it('rejects duplicate ids, bad dates and file paths', () => {
    expect(() => parseCatalog({ sources: [entry, entry] }, 'c.json')).toThrow('duplicate source id');
    expect(() => parseCatalog({ sources: [{ ...entry, date: 'Feb 2024' }] }, 'c.json')).toThrow(
      'field "date"',
    );
    expect(() => parseCatalog({ sources: [{ ...entry, file: '../x.txt' }] }, 'c.json')).toThrow(
      'field "file"',
    );
    expect(() => parseCatalog({ sources: [{ ...entry, date_approximate: 'yes' }] }, 'c.json')).toThrow(
      'field "date_approximate"',
    );
  });

  it('rejects a catalog without sources', () => {
    expect(() => parseCatalog({}, 'c.json')).toThrow('c.json (field "sources")');
  });
});
