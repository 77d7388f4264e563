import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationDate, indexContext, parseContext } from './context';

const committed = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../data/context.json'), 'utf8'),
);

describe('cited context in the app', () => {
  it('parses the committed file and indexes claims by place', () => {
    const context = indexContext(parseContext(committed));
    expect(context.claimsAbout('PK-KP').length).toBeGreaterThan(0);
    expect(context.claimsAbout('no-such-place')).toEqual([]);
    const claim = context.claimsAbout('dera-ismail-khan')[0]!;
    expect(context.source(claim.sourceId)?.title).toBeTruthy();
  });

  it('finds the disagreements a claim takes part in', () => {
    const context = indexContext(parseContext(committed));
    const disagreement = committed.disagreements[0];
    const claimItem = disagreement.items.find((i: { claimId?: string }) => i.claimId);
    expect(context.disagreementsFor([claimItem.claimId]).map((d) => d.id)).toContain(disagreement.id);
  });

  it('names the claim and field of a broken file', () => {
    const broken = structuredClone(committed);
    broken.claims[3].places = [];
    expect(() => parseContext(broken)).toThrowError(/data\/context\.json: claims 3, field "places"/);
    const orphan = structuredClone(committed);
    orphan.claims[0].sourceId = 'nobody';
    expect(() => indexContext(parseContext(orphan))).toThrowError(/claim .*field "sourceId"/);
  });

  it('says when a date is approximate', () => {
    expect(citationDate({ date: '2023-11', dateApproximate: true } as never)).toBe(
      '2023-11 (date approximate)',
    );
    expect(citationDate({ date: null, dateApproximate: true } as never)).toBe('undated');
  });
});
