import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incidentRows, incidentsInYears } from './incident-rows';

const DATA = resolve(import.meta.dirname, '..', '..', '..', 'data');
const incidents = JSON.parse(readFileSync(join(DATA, 'incidents.geojson'), 'utf8')) as {
  features: { properties: Record<string, unknown> & { year: number; id: string } }[];
};

describe('incident popups', () => {
  it('give date precision, every other toll with its citation, geocoding and credit', () => {
    const jaffar = incidents.features.find((f) => f.properties.id === 'PKI-2025-007')!;
    const rows = incidentRows(jaffar.properties);
    const byLabel = new Map(rows.map((r) => [r.label, r.value]));
    expect(byLabel.get('Date')).toBe('2025-03-11 (exact day)');
    expect(byLabel.get('Other figures and notes')).toMatch(/31|26/);
    expect(byLabel.get('Geocoding')).toMatch(/GeoNames/);
    expect(byLabel.get('Credit')).toMatch(/facts|GeoNames/);
    expect(byLabel.get('Perpetrator (as reported)')).toBeTruthy();
  });

  it('say when a toll was not reported instead of writing zero', () => {
    const noToll = incidents.features.find((f) => f.properties.killed === null)!;
    expect(incidentRows(noToll.properties).find((r) => r.label === 'Killed')?.value).toBe('no toll reported');
  });

  it('filter the points to the chosen years, 2022 to 2026', () => {
    expect(incidentsInYears(incidents.features, [2025, 2026]).every((f) => f.properties.year >= 2025)).toBe(
      true,
    );
    expect(incidentsInYears(incidents.features, [2022, 2026])).toHaveLength(125);
    expect(incidentsInYears(incidents.features, [2007, 2021])).toHaveLength(0);
  });
});
