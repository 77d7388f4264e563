import { describe, expect, it } from 'vitest';
import { PipelineError } from '../pipeline.ts';
import type { ArticleFigure, Claim, ContextSource, Disagreement } from './types.ts';
import {
  assertNoVerbatimRuns,
  checkEverySourceUsed,
  isOneSentence,
  periodProblem,
  publishedTexts,
  validateArticleFigures,
  validateClaims,
  validateDisagreements,
  validateUnplaced,
} from './validate.ts';

const source: ContextSource = {
  id: 'src-a',
  title: 'Article A',
  author: null,
  outlet: 'Outlet',
  date: '2023-12',
  dateApproximate: true,
  dateBasis: 'events reported',
  url: null,
  kind: 'article',
};

const claim: Claim = {
  id: 'a-attack',
  text: 'A bombing in Dera Ismail Khan killed 23 soldiers.',
  sourceId: 'src-a',
  places: ['dera-ismail-khan', 'PK-KP'],
  period: { from: '2023-12-12' },
  topic: 'attacks',
  stance: 'fact',
  figures: [{ value: 23, unit: 'deaths', what: 'soldiers killed', place: 'dera-ismail-khan' }],
};

const known = { sourceIds: new Set(['src-a']), placeIds: new Set(['dera-ismail-khan', 'PK-KP', 'PK']) };
const validate = (claims: Claim[]) => validateClaims(claims, known, 'claims.ts');

describe('validateClaims', () => {
  it('accepts a well-formed claim', () => {
    expect(() => validate([claim])).not.toThrow();
  });

  it('names the claim and field of an unknown place id', () => {
    expect(() => validate([{ ...claim, places: ['dera-ismail-khan', 'dik'] }])).toThrow(
      'claims.ts (row a-attack, field "places"): unknown place id "dik"',
    );
  });

  it('names the claim and field of an unknown source id', () => {
    expect(() => validate([{ ...claim, sourceId: 'src-b' }])).toThrow(PipelineError);
    expect(() => validate([{ ...claim, sourceId: 'src-b' }])).toThrow('(row a-attack, field "sourceId")');
  });

  it('needs at least one place', () => {
    expect(() => validate([{ ...claim, places: [] }])).toThrow(
      'field "places"): a claim needs at least one place id',
    );
  });

  it('rejects duplicate and non-kebab ids', () => {
    expect(() => validate([claim, claim])).toThrow('duplicate claim id');
    expect(() => validate([{ ...claim, id: 'A_attack' }])).toThrow('field "id"');
  });

  it('wants one short sentence', () => {
    expect(() => validate([{ ...claim, text: 'Two sentences. Here is the second.' }])).toThrow(
      'field "text"',
    );
    expect(() => validate([{ ...claim, text: 'No full stop' }])).toThrow('field "text"');
    expect(() => validate([{ ...claim, text: `${'word '.repeat(60)}end.` }])).toThrow('characters');
  });

  it('checks periods, topics, stances and figures', () => {
    expect(() => validate([{ ...claim, period: { from: '12/2023' } }])).toThrow('field "period"');
    expect(() => validate([{ ...claim, topic: 'weather' as Claim['topic'] }])).toThrow('field "topic"');
    expect(() => validate([{ ...claim, stance: 'opinion' as Claim['stance'] }])).toThrow('field "stance"');
    expect(() =>
      validate([{ ...claim, figures: [{ value: Number.NaN, unit: 'deaths', what: 'x' }] }]),
    ).toThrow('field "figures[0]"');
    expect(() =>
      validate([{ ...claim, figures: [{ value: 1, unit: 'deaths', what: 'x', place: 'PK' }] }]),
    ).toThrow('field "figures[0].place"): "PK" is not one of the claim\'s places');
  });
});

describe('periodProblem and isOneSentence', () => {
  it('accepts partial dates in order and rejects the rest', () => {
    expect(periodProblem({ from: '2023', to: '2023-11' })).toBeUndefined();
    expect(periodProblem({ from: '2023-11', to: '2023' })).toBeUndefined();
    expect(periodProblem({ from: '2022-11', to: '2023-12' })).toBeUndefined();
    expect(periodProblem({ from: '2024', to: '2023' })).toMatch(/after/);
    expect(periodProblem({ from: '2023-13' })).toMatch(/from/);
    expect(periodProblem({ from: '2023', to: '2023-02-30x' })).toMatch(/to/);
  });

  it('tells one sentence from several', () => {
    expect(isOneSentence('About 1.7 million Afghans were ordered out in 2023.')).toBe(true);
    expect(isOneSentence('It ended. Then it resumed.')).toBe(false);
  });
});

describe('checkEverySourceUsed', () => {
  it('fails on a catalogued source no claim cites', () => {
    expect(() => checkEverySourceUsed([source], [claim], 'catalog.json')).not.toThrow();
    expect(() => checkEverySourceUsed([source, { ...source, id: 'src-b' }], [claim], 'catalog.json')).toThrow(
      'catalog.json (row src-b, field "id"): no claim cites this source',
    );
  });
});

describe('validateDisagreements', () => {
  const disagreement: Disagreement = {
    id: 'deaths-2023',
    topic: 'attacks',
    what: 'deaths in 2023',
    items: [{ claimId: 'a-attack' }, { publishedFigureId: 'picss-2023-pk-full-year' }],
    note: 'different definitions',
  };
  const ids = { claimIds: new Set(['a-attack']), publishedFigureIds: new Set(['picss-2023-pk-full-year']) };

  it('accepts items that resolve', () => {
    expect(() => validateDisagreements([disagreement], ids, 'd.ts')).not.toThrow();
  });

  it('names the item that does not resolve', () => {
    const badClaim = { ...disagreement, items: [{ claimId: 'nope' }, ...disagreement.items] };
    expect(() => validateDisagreements([badClaim], ids, 'd.ts')).toThrow(
      'd.ts (row deaths-2023, field "items[0]"): unknown claim id "nope"',
    );
    const badFigure = {
      ...disagreement,
      items: [{ claimId: 'a-attack' }, { publishedFigureId: 'pips-2099-pk' }],
    };
    expect(() => validateDisagreements([badFigure], ids, 'd.ts')).toThrow(
      'no published figure with id "pips-2099-pk"',
    );
  });

  it('needs two items and a note', () => {
    expect(() =>
      validateDisagreements([{ ...disagreement, items: [{ claimId: 'a-attack' }] }], ids, 'd.ts'),
    ).toThrow('at least two');
    expect(() => validateDisagreements([{ ...disagreement, note: ' ' }], ids, 'd.ts')).toThrow(
      'field "note"',
    );
  });
});

describe('validateArticleFigures', () => {
  const row: ArticleFigure = {
    id: 'af-src-a-pk-2023',
    org: 'src-a',
    series: 'Article A',
    scope: 'attacks',
    year: 2023,
    period: 'Jan-Nov',
    provinceAsReported: 'Pakistan',
    iso: 'PK',
    attacks: 664,
    killed: null,
    injured: null,
    citation: { sourceId: 'src-a' },
    claimId: 'a-attack',
    note: '',
  };
  const knownRows = { sources: [source], claims: [claim], placeIds: known.placeIds };

  it('accepts a row tied to a claim of the same article', () => {
    expect(() => validateArticleFigures([row], knownRows, 'd.ts')).not.toThrow();
  });

  it('rejects mismatched citations, claims, titles and empty rows', () => {
    expect(() => validateArticleFigures([{ ...row, id: 'src-a-2023' }], knownRows, 'd.ts')).toThrow(
      'field "id"',
    );
    expect(() =>
      validateArticleFigures([{ ...row, citation: { sourceId: 'x' } }], knownRows, 'd.ts'),
    ).toThrow('field "citation"');
    expect(() => validateArticleFigures([{ ...row, claimId: 'other' }], knownRows, 'd.ts')).toThrow(
      'field "claimId"',
    );
    expect(() => validateArticleFigures([{ ...row, series: 'Other' }], knownRows, 'd.ts')).toThrow(
      'field "series"',
    );
    expect(() => validateArticleFigures([{ ...row, iso: 'PK-XX' }], knownRows, 'd.ts')).toThrow(
      'field "iso"',
    );
    expect(() => validateArticleFigures([{ ...row, attacks: null }], knownRows, 'd.ts')).toThrow(
      'at least one count',
    );
    expect(() => validateArticleFigures([{ ...row, attacks: 1.5 }], knownRows, 'd.ts')).toThrow(
      'whole numbers',
    );
  });
});

describe('validateUnplaced', () => {
  it('needs a known source', () => {
    expect(() =>
      validateUnplaced([{ sourceId: 'src-a', what: 'Russia', why: 'off the map' }], known.sourceIds, 'c.ts'),
    ).not.toThrow();
    expect(() =>
      validateUnplaced([{ sourceId: 'zz', what: 'Russia', why: 'off the map' }], known.sourceIds, 'c.ts'),
    ).toThrow('row unplaced[0], field "sourceId"');
  });
});

describe('assertNoVerbatimRuns', () => {
  const articles = [
    {
      sourceId: 'src-a',
      file: 'a.txt',
      text: 'The car bomb attack resulted in the death of at least 23 soldiers.',
    },
  ];

  it('names the record, the field and the shared run', () => {
    const texts = publishedTexts({
      claims: [{ ...claim, text: 'Officials said the car bomb attack resulted in the death of many.' }],
      disagreements: [],
      articleFigures: [],
      unplaced: [],
    });
    expect(() => assertNoVerbatimRuns(texts, articles, 'claims.ts')).toThrow(
      'claims.ts (row a-attack, field "text"): shares 8+ words with a.txt: "the car bomb attack resulted in the death of"',
    );
  });

  it('checks every published text, not only claim sentences', () => {
    const texts = publishedTexts({
      claims: [claim],
      disagreements: [],
      articleFigures: [],
      unplaced: [{ sourceId: 'src-a', what: 'x', why: 'bomb attack resulted in the death of at least 23' }],
    });
    expect(() => assertNoVerbatimRuns(texts, articles, 'claims.ts')).toThrow('row unplaced[0], field "why"');
  });
});
