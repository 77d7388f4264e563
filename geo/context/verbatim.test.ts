import { describe, expect, it } from 'vitest';
import { findVerbatimRuns, normaliseWords } from './verbatim.ts';

const article = {
  sourceId: 'a',
  file: 'a.txt',
  text: 'The group, banned in Pakistan, has targeted civilians and law-enforcement personnel since its founding in 2007.',
};

const check = (text: string, minWords = 8) =>
  findVerbatimRuns([{ id: 'c1', field: 'text', text }], [article], minWords);

describe('normaliseWords', () => {
  it('lowercases, drops punctuation and apostrophes, and collapses whitespace', () => {
    expect(normaliseWords('  Pakistan’s  army —  "engineered"\nthe VOTE. ')).toEqual([
      'pakistans',
      'army',
      'engineered',
      'the',
      'vote',
    ]);
    expect(normaliseWords("Pakistan's 2,300")).toEqual(['pakistans', '2', '300']);
  });
});

describe('findVerbatimRuns', () => {
  it('finds a run of eight words even when case and punctuation differ', () => {
    const runs = check('We note: HAS TARGETED civilians, and law enforcement personnel since its start.');
    expect(runs).toEqual([
      {
        id: 'c1',
        field: 'text',
        file: 'a.txt',
        run: 'has targeted civilians and law enforcement personnel since its',
      },
    ]);
  });

  it('lets a seven-word overlap pass', () => {
    expect(check('It has targeted civilians and law enforcement personnel, says the report.')).toEqual([]);
  });

  it('reports the longest run when a text overlaps twice', () => {
    const runs = check(
      'The group banned in Pakistan has targeted civilians and x banned in pakistan has targeted civilians and law enforcement personnel since.',
    );
    expect(runs[0]?.run).toBe(
      'banned in pakistan has targeted civilians and law enforcement personnel since',
    );
  });

  it('honours the threshold', () => {
    expect(check('civilians and law enforcement personnel since its', 6)).toHaveLength(1);
    expect(check('civilians and law enforcement personnel since its', 8)).toHaveLength(0);
  });

  it('returns nothing for own words', () => {
    expect(check('Militants have attacked police and civilians ever since the movement was formed.')).toEqual(
      [],
    );
  });
});
