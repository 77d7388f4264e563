import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { districtFiguresSchema } from './district-figures';
import { multiSiteIncidentsSchema } from './multi-site-incidents';

const DATA = resolve(import.meta.dirname, '..', '..', '..', 'data');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

describe('contracts of the district figures and multi-site incidents', () => {
  it('accept the committed files', () => {
    expect(v.safeParse(districtFiguresSchema, read('district-figures.json')).issues).toBeUndefined();
    expect(v.safeParse(multiSiteIncidentsSchema, read('multi-site-incidents.json')).issues).toBeUndefined();
  });

  it('refuse a district named instead of its id, and a multi-site incident with a bad date', () => {
    const figures = read('district-figures.json') as { figures: Record<string, unknown>[] };
    figures.figures[0]!.district = 'North Waziristan';
    expect(v.safeParse(districtFiguresSchema, figures).success).toBe(false);
    const multi = read('multi-site-incidents.json') as { incidents: Record<string, unknown>[] };
    multi.incidents[0]!.date = '14 Aug 2025';
    expect(v.safeParse(multiSiteIncidentsSchema, multi).success).toBe(false);
  });
});
