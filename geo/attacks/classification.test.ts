import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTORS, CATEGORIES, DYAD_GROUPS, classifyDyad } from './classification.ts';
import { parseCsv } from './csv.ts';
import { realRawDirs } from './real-inputs.ts';

describe('classification table', () => {
  it('classifies every dyad in the real GED file', () => {
    const file = join(realRawDirs().raw, 'attacks', 'ucdp_ged221_pakistan.csv');
    const table = parseCsv(readFileSync(file, 'utf8'), file, {
      required: ['type_of_violence', 'dyad_name'],
      dropHxlRow: true,
    });
    const dyads = new Set(table.records.map((r) => `${r.values.type_of_violence}|${r.values.dyad_name}`));
    const unclassified = [...dyads].filter((key) => {
      const [type, dyad] = key.split('|');
      return classifyDyad(Number(type), dyad ?? '') === undefined;
    });
    expect(unclassified).toEqual([]);
    expect(dyads.size).toBe(70);
  });

  it('classifies the landmark dyads as documented', () => {
    expect(classifyDyad(1, 'Government of Pakistan - TTP')).toMatchObject({
      category: 'militant',
      actor: 'ttp',
    });
    expect(classifyDyad(1, 'Government of Pakistan - BLA')).toMatchObject({
      category: 'militant',
      actor: 'baloch',
    });
    expect(classifyDyad(3, 'IS - Civilians')).toMatchObject({ category: 'militant', actor: 'islamic-state' });
    expect(classifyDyad(1, 'Government of India - Government of Pakistan')?.category).toBe('loc');
    expect(classifyDyad(1, 'Government of United States of America - al-Qaida')?.category).toBe('us-strikes');
    expect(classifyDyad(1, 'Government of Afghanistan - Taleban')?.category).toBe('foreign-state');
    expect(classifyDyad(2, 'MQM - MQM-H')?.category).toBe('communal');
  });

  it('does not guess: an unknown dyad, or a known one with another type of violence, is unclassified', () => {
    expect(classifyDyad(1, 'Government of Pakistan - TTP-X')).toBeUndefined();
    expect(classifyDyad(2, 'Government of Pakistan - TTP')).toBeUndefined();
  });

  it('uses only declared categories and actors, each with a label and a description', () => {
    const categoryIds = new Set(CATEGORIES.map((c) => c.id));
    const actorIds = new Set(ACTORS.map((a) => a.id));
    for (const group of DYAD_GROUPS) {
      expect(categoryIds.has(group.category)).toBe(true);
      expect(actorIds.has(group.actor)).toBe(true);
      expect(group.reason.length).toBeGreaterThan(20);
    }
    for (const item of [...CATEGORIES, ...ACTORS]) {
      expect(item.label).not.toBe('');
      expect(item.description).not.toBe('');
    }
  });
});
