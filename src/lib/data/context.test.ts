import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFile } from '../contracts/check';
import { citationDate, indexContext } from './context';

const parseContext = (json: unknown) => checkDataFile('context.json', json);

const committed = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../data/context.json'), 'utf8'),
);

describe('cited context in the app', () => {
  it('parses the committed file and indexes claims by place', async () => {
    const context = indexContext(await parseContext(committed));
    expect(context.claimsAbout('PK-KP').length).toBeGreaterThan(0);
    expect(context.claimsAbout('no-such-place')).toEqual([]);
    const claim = context.claimsAbout('dera-ismail-khan')[0]!;
    expect(context.source(claim.sourceId)?.title).toBeTruthy();
  });

  it('finds the disagreements a claim takes part in', async () => {
    const context = indexContext(await parseContext(committed));
    const disagreement = committed.disagreements[0];
    const claimItem = disagreement.items.find((i: { claimId?: string }) => i.claimId);
    expect(context.disagreementsFor([claimItem.claimId]).map((d) => d.id)).toContain(disagreement.id);
  });

  it('names the claim and field of a broken file', async () => {
    const broken = structuredClone(committed);
    broken.claims[3].places = [];
    await expect(parseContext(broken)).rejects.toThrowError(
      /data\/context\.json: claim 3 \([a-z0-9-]+\), field "places"/,
    );
    const orphan = structuredClone(committed);
    orphan.claims[0].sourceId = 'nobody';
    const parsed = await parseContext(orphan);
    expect(() => indexContext(parsed)).toThrowError(/claim .*field "sourceId"/);
  });

  it('says when a date is approximate', () => {
    expect(citationDate({ date: '2023-11', dateApproximate: true } as never)).toBe(
      '2023-11 (date approximate)',
    );
    expect(citationDate({ date: null, dateApproximate: true } as never)).toBe('undated');
  });
});
