import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeIdsFromRaw } from './raw-place-ids.ts';

function collection(properties: Record<string, unknown>[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: properties.map((p) => ({ type: 'Feature', properties: p, geometry: null })),
  });
}

describe('placeIdsFromRaw', () => {
  it('builds ids per the conventions from each raw layer', () => {
    const raw = mkdtempSync(join(tmpdir(), 'context-places-'));
    const write = (path: string, content: string) => {
      mkdirSync(join(raw, 'geo', path, '..'), { recursive: true });
      writeFileSync(join(raw, 'geo', path), content);
    };
    write(
      'boundaries/pak_districts_osm2023.geojson',
      collection([{ name: 'Dera Ismail Khan' }, { name: 'Kachhi (Bolan)' }]),
    );
    write(
      'points/ports_crossings_waypoints.geojson',
      collection([{ id: 'port_gwadar' }, { id: 'xing_torkham' }]),
    );
    write('routes/routes_schematic.geojson', collection([{ id: 'n5' }]));
    write(
      'boundaries/neighbours_adm0_ne10m_region.geojson',
      collection([{ iso_a3: 'AFG' }, { iso_a3: 'PAK' }, { iso_a3: null }]),
    );
    write('boundaries/afg_adm1_ne.geojson', collection([{ name_en: 'Kandahar' }]));
    write('boundaries/irn_adm1_ne_east.geojson', collection([{ name_en: 'Sistan and Baluchestan' }]));

    const ids = placeIdsFromRaw(raw);
    for (const id of [
      'dera-ismail-khan',
      'kachhi-bolan',
      'port_gwadar',
      'xing_torkham',
      'n5',
      'AFG',
      'afg-kandahar',
      'irn-sistan-and-baluchestan',
      'PK',
      'PK-KP',
      'former-fata',
      'durand-line',
      'line-of-control',
      'cpec',
      'afghan-transit',
      'chabahar',
      'iran-link',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(ids).not.toContain('PAK');
  });
});
