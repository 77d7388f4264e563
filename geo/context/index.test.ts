import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../pipeline.ts';
import { claims } from './claims.ts';
import { articleFigures } from './disagreements.ts';
import { buildContext } from './index.ts';
import type { ContextDocument } from './types.ts';

const titles: Record<string, string> = Object.fromEntries(articleFigures.map((row) => [row.org, row.series]));
const sourceIds = ['amini-2024', 'security-challenges', 'qonversations-2023', 'bhatti-2025', 'shashok-2023'];

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
