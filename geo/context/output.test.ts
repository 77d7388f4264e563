import { describe, expect, it } from 'vitest';
import { assembleContext, contextSourcesSection, contextToJson } from './output.ts';
import type { CatalogEntry, Claim } from './types.ts';

const catalog: CatalogEntry[] = [
  {
    id: 'src-a',
    file: 'a.txt',
    title: 'Article | A',
    author: null,
    outlet: 'Weekly',
    date: null,
    dateApproximate: true,
    dateBasis: 'undated',
    url: null,
    kind: 'article',
  },
];
const claims: Claim[] = [
  {
    id: 'a-one',
    text: 'One claim.',
    sourceId: 'src-a',
    places: ['PK', 'PK-KP'],
    period: null,
    topic: 'attacks',
    stance: 'fact',
  },
  {
    id: 'a-two',
    text: 'The author argues something.',
    sourceId: 'src-a',
    places: ['PK'],
    period: { from: '2023' },
    topic: 'ttp',
    stance: 'article-view',
    figures: [{ value: 5, unit: 'attacks', what: 'attacks' }],
  },
];
const context = assembleContext({
  catalog,
  topics: [
    { id: 'attacks', label: 'Attacks' },
    { id: 'ttp', label: 'TTP' },
  ],
  claims,
  disagreements: [
    {
      id: 'd-one',
      topic: 'attacks',
      what: 'attacks',
      items: [{ claimId: 'a-one' }, { publishedFigureId: 'p-1' }],
      note: 'scope',
    },
  ],
  articleFigures: [],
  unplaced: [{ sourceId: 'src-a', what: 'Russia', why: 'off the map' }],
});

describe('assembleContext', () => {
  it('publishes sources without their file names', () => {
    expect(context.schema).toBe(1);
    expect(context.sources[0]).not.toHaveProperty('file');
    expect(context.sources[0]?.kind).toBe('article');
  });
});

describe('contextToJson', () => {
  it('round-trips and puts one record per line', () => {
    const json = contextToJson(context);
    expect(JSON.parse(json)).toEqual(context);
    const lines = json.split('\n');
    expect(lines.filter((line) => line.startsWith('{"id":"a-'))).toHaveLength(2);
    expect(json.endsWith('\n')).toBe(true);
  });
});

describe('contextSourcesSection', () => {
  const section = contextSourcesSection(context);

  it('starts with its heading and gives the counts', () => {
    expect(section.startsWith('## Cited context\n')).toBe(true);
    expect(section).toContain(
      "2 claims from 1 sources (1 marked as the article's view, 1 with figures), on 2 distinct places",
    );
  });

  it('lists sources, disagreements and what was not placed', () => {
    expect(section).toContain('| `src-a` | Article \\| A | Weekly | undated | 2 |');
    expect(section).toContain('claim `a-one`, published `p-1`. scope');
    expect(section).toContain('- `src-a`: Russia (off the map)');
    expect(section).toContain('Attacks 1; TTP 1');
  });
});
