import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../pipeline.ts';
import { CLAIMS_DIR, parseClaimFile, readClaimFiles } from './claim-files.ts';

const sample = `
# a comment an editor may leave
source: a-2024
claims:
  - id: a-attack
    text: A bomb hit a market in Peshawar.
    places: [peshawar]
    period: { from: '2023-01', to: '2023-03' }
    topic: attacks
    stance: fact
    figures:
      - value: 12
        unit: deaths
        what: people killed
        place: peshawar
  - id: a-undated
    text: The author thinks talks will fail.
    places: [PK]
    topic: ttp
    stance: article-view
unplaced:
  - what: A village the article does not locate
    why: no position given
`;

const parse = (yaml: string, sourceId = 'a-2024') => parseClaimFile(yaml, 'claims/a-2024.yaml', sourceId);

describe('parseClaimFile', () => {
  it('reads claims in the key order of data/context.json, an omitted period as null', () => {
    const file = parse(sample);
    expect(file.claims.map((claim) => JSON.stringify(claim))).toEqual([
      '{"id":"a-attack","text":"A bomb hit a market in Peshawar.","sourceId":"a-2024","places":["peshawar"],' +
        '"period":{"from":"2023-01","to":"2023-03"},"topic":"attacks","stance":"fact",' +
        '"figures":[{"value":12,"unit":"deaths","what":"people killed","place":"peshawar"}]}',
      '{"id":"a-undated","text":"The author thinks talks will fail.","sourceId":"a-2024","places":["PK"],' +
        '"period":null,"topic":"ttp","stance":"article-view"}',
    ]);
    expect(file.unplaced).toEqual([
      { sourceId: 'a-2024', what: 'A village the article does not locate', why: 'no position given' },
    ]);
  });

  it('refuses a misspelt key, naming the file, the claim and the key', () => {
    expect(() => parse(sample.replace('topic: ttp', 'topics: ttp'))).toThrow(
      'claims/a-2024.yaml (row claims[1], field "topics"): unknown key "topics"',
    );
  });

  it('asks for quotes around a year written as a number', () => {
    expect(() => parse(sample.replace("from: '2023-01', to: '2023-03'", 'from: 2023'))).toThrow(
      'claims/a-2024.yaml (row a-attack, field "period.from"): expected a non-empty text (write it in quotes: "2023")',
    );
  });

  it('refuses a figure value that is not a number', () => {
    expect(() => parse(sample.replace('value: 12', 'value: twelve'))).toThrow(
      '(row a-attack, field "figures[0].value"): expected a number',
    );
  });

  it('refuses a file whose source is not its own name', () => {
    expect(() => parse(sample, 'b-2024')).toThrow('"a-2024" does not match the file name (b-2024.yaml)');
  });

  it('refuses broken YAML and a file without claims', () => {
    expect(() => parse('source: a-2024\nclaims: [\n')).toThrow(/claims\/a-2024\.yaml: not valid YAML/);
    expect(() => parse('source: a-2024\nclaims: []\n')).toThrow('needs at least one claim');
    expect(() => parse(`${sample}\nsource: again\n`)).toThrow(PipelineError);
  });
});

describe('readClaimFiles', () => {
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'claims-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  it('reads the files in the order of the ids given', () => {
    const other = sample.replaceAll('a-2024', 'b-2024').replaceAll('id: a-', 'id: b-');
    const dir = folder({ 'a-2024.yaml': sample, 'b-2024.yaml': other });
    expect(readClaimFiles(dir, ['b-2024', 'a-2024']).map((file) => file.sourceId)).toEqual([
      'b-2024',
      'a-2024',
    ]);
  });

  it('refuses a file for an article the catalog does not list, and a catalogued article without a file', () => {
    const dir = folder({ 'a-2024.yaml': sample });
    expect(() => readClaimFiles(dir, [])).toThrow('no article in the sources catalog has the id "a-2024"');
    expect(() => readClaimFiles(dir, ['a-2024', 'c-2024'])).toThrow(/c-2024\.yaml: cannot read file/);
  });

  it('refuses a claim id used in two files', () => {
    const other = sample.replaceAll('a-2024', 'b-2024');
    const dir = folder({ 'a-2024.yaml': sample, 'b-2024.yaml': other });
    expect(() => readClaimFiles(dir, ['a-2024', 'b-2024'])).toThrow(
      /b-2024\.yaml \(row a-attack, field "id"\): claim id is also used in .*a-2024\.yaml/,
    );
  });

  it('reads the committed claims: one file per article, every claim from its own article', () => {
    const files = readClaimFiles(CLAIMS_DIR, [
      'amini-2024',
      'security-challenges',
      'qonversations-2023',
      'bhatti-2025',
      'shashok-2023',
    ]);
    expect(files.map((file) => file.file)).toContain('geo/context/claims/amini-2024.yaml');
    for (const file of files) {
      expect(file.claims.every((claim) => claim.sourceId === file.sourceId)).toBe(true);
    }
  });
});
