/**
 * Reads the hand-written claims: one YAML file per catalogued article in `geo/context/claims/`,
 * named after the article's catalog id. This module checks only the shape of each file (which keys,
 * which types) and returns claims in the order of `data/context.json`; `validate.ts` checks their
 * content (ids, places, periods, topics, copying).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { PipelineError, readText } from '../pipeline.ts';
import type { Claim, ClaimFigure, FigureUnit, Period, TopicId, Unplaced } from './types.ts';

export const CLAIMS_DIR = join(import.meta.dirname, 'claims');
const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** The claims and unmapped mentions of one article, with the file they came from. */
export interface ArticleClaims {
  sourceId: string;
  file: string;
  claims: Claim[];
  unplaced: Unplaced[];
}

type Fields = Record<string, unknown>;

class Reader {
  constructor(readonly file: string) {}

  fail(row: string, field: string, detail: string): never {
    throw new PipelineError(this.file, detail, { row, field });
  }

  object(value: unknown, row: string, field: string, allowed: readonly string[]): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(row, field, 'expected a mapping of keys to values');
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail(row, key, `unknown key "${key}"; the keys are ${allowed.join(', ')}`);
    }
    return value as Fields;
  }

  list(value: unknown, row: string, field: string): unknown[] {
    if (!Array.isArray(value)) this.fail(row, field, 'expected a list');
    return value;
  }

  text(value: unknown, row: string, field: string): string {
    if (typeof value === 'string' && value.trim() !== '') return value;
    // a bare 2013 in YAML is a number: the usual slip when writing a year
    const hint = typeof value === 'number' ? ` (write it in quotes: "${value}")` : '';
    return this.fail(row, field, `expected a non-empty text${hint}`);
  }

  number(value: unknown, row: string, field: string): number {
    if (typeof value !== 'number') this.fail(row, field, 'expected a number');
    return value;
  }

  period(value: unknown, row: string, field: string): Period {
    const fields = this.object(value, row, field, ['from', 'to']);
    const from = this.text(fields.from, row, `${field}.from`);
    return fields.to === undefined ? { from } : { from, to: this.text(fields.to, row, `${field}.to`) };
  }
}

const FILE_KEYS = ['source', 'claims', 'unplaced'] as const;
const CLAIM_KEYS = ['id', 'text', 'places', 'period', 'topic', 'stance', 'figures'] as const;
const FIGURE_KEYS = ['value', 'unit', 'what', 'period', 'place'] as const;
const UNPLACED_KEYS = ['what', 'why'] as const;

function readFigure(reader: Reader, value: unknown, id: string, field: string): ClaimFigure {
  const fields = reader.object(value, id, field, FIGURE_KEYS);
  return {
    value: reader.number(fields.value, id, `${field}.value`),
    // membership in FIGURE_UNITS is checked with the rest of the content in validateClaims
    unit: reader.text(fields.unit, id, `${field}.unit`) as FigureUnit,
    what: reader.text(fields.what, id, `${field}.what`),
    ...(fields.period === undefined ? {} : { period: reader.period(fields.period, id, `${field}.period`) }),
    ...(fields.place === undefined ? {} : { place: reader.text(fields.place, id, `${field}.place`) }),
  };
}

function readClaim(reader: Reader, value: unknown, index: number, sourceId: string): Claim {
  const at = `claims[${index}]`;
  const fields = reader.object(value, at, at, CLAIM_KEYS);
  const id = reader.text(fields.id, at, 'id');
  const figures =
    fields.figures === undefined
      ? undefined
      : reader
          .list(fields.figures, id, 'figures')
          .map((figure, i) => readFigure(reader, figure, id, `figures[${i}]`));
  // the key order here is the order in data/context.json
  return {
    id,
    text: reader.text(fields.text, id, 'text'),
    sourceId,
    places: reader
      .list(fields.places, id, 'places')
      .map((place, i) => reader.text(place, id, `places[${i}]`)),
    // an article that gives no date for a claim: the key is left out
    period: fields.period === undefined ? null : reader.period(fields.period, id, 'period'),
    topic: reader.text(fields.topic, id, 'topic') as TopicId,
    stance: reader.text(fields.stance, id, 'stance') as Claim['stance'],
    ...(figures === undefined ? {} : { figures }),
  };
}

/** Parses one article's claims file; `file` is the path shown in errors. */
export function parseClaimFile(yaml: string, file: string, expectedSourceId: string): ArticleClaims {
  const document = parseDocument(yaml, { uniqueKeys: true });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new PipelineError(file, `not valid YAML: ${problem.message}`);
  const reader = new Reader(file);
  const top = reader.object(document.toJS(), 'file', 'file', FILE_KEYS);
  const sourceId = reader.text(top.source, 'file', 'source');
  if (sourceId !== expectedSourceId) {
    reader.fail('file', 'source', `"${sourceId}" does not match the file name (${expectedSourceId}.yaml)`);
  }
  const claims = reader
    .list(top.claims, 'file', 'claims')
    .map((claim, i) => readClaim(reader, claim, i, sourceId));
  if (claims.length === 0)
    reader.fail('file', 'claims', 'an article in the catalog needs at least one claim');
  const unplaced = (top.unplaced === undefined ? [] : reader.list(top.unplaced, 'file', 'unplaced')).map(
    (entry, i): Unplaced => {
      const at = `unplaced[${i}]`;
      const fields = reader.object(entry, at, at, UNPLACED_KEYS);
      return {
        sourceId,
        what: reader.text(fields.what, at, 'what'),
        why: reader.text(fields.why, at, 'why'),
      };
    },
  );
  return { sourceId, file, claims, unplaced };
}

function shownPath(path: string): string {
  const inside = relative(REPO_ROOT, path);
  return inside.startsWith('..') ? path : inside;
}

/**
 * Reads `<sourceId>.yaml` for every catalogued article, in the catalog's order. A catalogued article
 * without a file, or a file for an article the catalog does not list, is refused by name.
 */
export function readClaimFiles(dir: string, sourceIds: readonly string[]): ArticleClaims[] {
  const yamlFiles = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  const expected = new Set(sourceIds.map((id) => `${id}.yaml`));
  for (const name of yamlFiles) {
    if (!expected.has(name)) {
      throw new PipelineError(
        shownPath(join(dir, name)),
        `no article in the sources catalog has the id "${name.replace(/\.ya?ml$/, '')}"; name the file <catalog id>.yaml`,
      );
    }
  }
  const files = sourceIds.map((sourceId) => {
    const path = join(dir, `${sourceId}.yaml`);
    return parseClaimFile(readText(path), shownPath(path), sourceId);
  });
  const owner = new Map<string, string>();
  for (const file of files) {
    for (const claim of file.claims) {
      const other = owner.get(claim.id);
      if (other !== undefined)
        throw new PipelineError(file.file, `claim id is also used in ${other}`, {
          row: claim.id,
          field: 'id',
        });
      owner.set(claim.id, file.file);
    }
  }
  return files;
}
