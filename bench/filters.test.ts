import { describe, expect, it } from 'vitest';
import { filterChanges, pipelineFilter, storeFilter } from './filters.ts';

const categories = ['militant', 'loc', 'us-strikes'].map((id) => ({ id, label: id, description: '' }));
const actors = ['ttp', 'baloch'].map((id) => ({ id, label: id, description: '' }));

describe('filterChanges', () => {
  it('crosses every year range with one, two and all categories', () => {
    const changes = filterChanges(categories);
    expect(changes).toHaveLength(18);
    expect(changes[0]).toEqual({ years: [2007, 2021], categories: ['militant'] });
    expect(changes.at(-1)?.categories).toEqual(['militant', 'loc', 'us-strikes']);
  });
});

describe('filter translation', () => {
  const change = { years: [2010, 2012] as [number, number], categories: ['militant', 'us-strikes'] };
  it('gives the store bit masks and every actor', () => {
    expect(storeFilter(change, categories, actors)).toEqual({
      from: 2010,
      to: 2012,
      categoryMask: 0b101,
      actorMask: 0b11,
    });
  });
  it('gives the pipeline ids and every actor', () => {
    expect(pipelineFilter(change, actors)).toEqual({
      years: [2010, 2012],
      categories: ['militant', 'us-strikes'],
      actors: ['ttp', 'baloch'],
    });
  });
});
