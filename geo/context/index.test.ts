import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../pipeline.ts';
import { CLAIMS_DIR, readClaimFiles } from './claim-files.ts';
import { articleFigures } from './disagreements.ts';
import { buildContext } from './index.ts';
import type { ContextDocument } from './types.ts';

const titles: Record<string, string> = Object.fromEntries(articleFigures.map((row) => [row.org, row.series]));
const sourceIds = ['amini-2024', 'security-challenges', 'qonversations-2023', 'bhatti-2025', 'shashok-2023'];
const claimFiles = readClaimFiles(CLAIMS_DIR, sourceIds);
const claims = claimFiles.flatMap((file) => file.claims);

/** The id columns of the published rows the disagreements point at. */
const figureRows = [
  'PICSS,2023,PK,Jan-Nov',
  'PICSS,2023,PK,full year',
  'PICSS,2023,PK,full year',
  'PICSS,2023,PK-KP,full year',
  'PICSS,2023,PK-BA,full year',
  'PICSS,2024,PK,full year',
  'PIPS,2023,PK,full year',
  'PIPS,2024,PK,full year',
  'CRSS,2023,PK,full year',
  'CRSS,2023,,Jan-Sep',
  'CRSS,2024,PK,full year',
  'KP Police CTD,2023,PK-KP,full year',
];

function fixture(articleText = 'An unrelated short text about something else entirely.') {
  const root = mkdtempSync(join(tmpdir(), 'context-stage-'));
  const sources = join(root, 'sources');
  mkdirSync(sources);
  mkdirSync(join(root, 'raw', 'attacks'), { recursive: true });
  const catalog = sourceIds.map((id) => ({
    id,
    file: `${id}.txt`,
    title: titles[id] ?? `Title of ${id}`,
    author: null,
    outlet: null,
    date: null,
    date_approximate: true,
    date_basis: 'fixture',
    url: null,
  }));
  writeFileSync(join(sources, 'catalog.json'), JSON.stringify({ sources: catalog }));
  for (const id of sourceIds) writeFileSync(join(sources, `${id}.txt`), articleText);
  writeFileSync(
    join(root, 'raw', 'attacks', 'reported_figures_province_year.csv'),
    ['source_org,year,iso_current,period', ...figureRows].join('\n'),
  );
  return { raw: join(root, 'raw'), sources };
}

const placeIds = new Set([
  ...claims.flatMap((claim) => claim.places),
  ...articleFigures.map((row) => row.iso),
]);

describe('buildContext', () => {
  it('writes context.json and a Cited context section', async () => {
    const { output } = await buildContext(fixture(), { placeIds });
    const context = JSON.parse(output.files['context.json'] ?? '') as ContextDocument;
    expect(Object.keys(output.files)).toEqual(['context.json']);
    expect(context.schema).toBe(1);
    expect(context.sources.map((source) => source.id)).toEqual(sourceIds);
    expect(context.claims).toHaveLength(claims.length);
    expect(output.sources.startsWith('## Cited context')).toBe(true);
  });

  it('refuses a claim whose place the boundaries do not know', async () => {
    const fewer = new Set(placeIds);
    fewer.delete('dera-ismail-khan');
    await expect(buildContext(fixture(), { placeIds: fewer })).rejects.toThrow(
      'unknown place id "dera-ismail-khan"',
    );
  });

  it('refuses claims copied from an article', async () => {
    const copied = claims[0]?.text ?? '';
    await expect(buildContext(fixture(`Intro. ${copied} More.`), { placeIds })).rejects.toThrow(
      /shares 8\+ words/,
    );
  });

  it('refuses a claims file whose claim copies a sentence of the article, naming the file and the claim', async () => {
    const sentence =
      'The provincial government announced a sweeping new security plan for the border districts.';
    const dirs = fixture(`Some words first. ${sentence} Some words after.`);
    const claimsDir = join(dirs.sources, '..', 'claims');
    mkdirSync(claimsDir);
    for (const file of claimFiles) {
      const own = readFileSync(join(CLAIMS_DIR, `${file.sourceId}.yaml`), 'utf8');
      writeFileSync(join(claimsDir, `${file.sourceId}.yaml`), own);
    }
    const edited = readFileSync(join(CLAIMS_DIR, 'amini-2024.yaml'), 'utf8').replace(
      "text: Pakistan's general election was scheduled for 8 February 2024.",
      `text: ${sentence}`,
    );
    writeFileSync(join(claimsDir, 'amini-2024.yaml'), edited);
    await expect(buildContext(dirs, { placeIds }, claimsDir)).rejects.toThrow(
      /amini-2024\.yaml \(row amini-election-date, field "text"\): shares 8\+ words with .*amini-2024\.txt/,
    );
  });

  it('publishes the claims files in the catalog order, every record as written', async () => {
    const { output } = await buildContext(fixture(), { placeIds });
    const context = JSON.parse(output.files['context.json'] ?? '') as ContextDocument;
    expect([...new Set(context.claims.map((claim) => claim.sourceId))]).toEqual(sourceIds);
    expect(context.claims).toEqual(claims);
    expect(context.unplaced).toEqual(claimFiles.flatMap((file) => file.unplaced));
  });

  it('refuses a disagreement whose published figure is missing', async () => {
    const dirs = fixture();
    writeFileSync(
      join(dirs.raw, 'attacks', 'reported_figures_province_year.csv'),
      ['source_org,year,iso_current,period', ...figureRows.slice(1)].join('\n'),
    );
    await expect(buildContext(dirs, { placeIds })).rejects.toThrow(
      'no published figure with id "picss-2023-pk-jan-nov"',
    );
  });

  it('names a missing article file', async () => {
    const dirs = fixture();
    writeFileSync(
      join(dirs.sources, 'catalog.json'),
      JSON.stringify({
        sources: [
          {
            id: 'x',
            file: 'missing.txt',
            title: 't',
            author: null,
            outlet: null,
            date: null,
            date_approximate: true,
            date_basis: 'b',
            url: null,
          },
        ],
      }),
    );
    await expect(buildContext(dirs, { placeIds })).rejects.toThrow(PipelineError);
    await expect(buildContext(dirs, { placeIds })).rejects.toThrow('missing.txt');
  });
});
