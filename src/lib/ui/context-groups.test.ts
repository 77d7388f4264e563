import { describe, expect, it } from 'vitest';
import { contextGroups } from './context-groups';
import type { Region, RegionIndex } from '../data/regions';

const regions = {
  get: (id: string) =>
    id === 'cpec'
      ? ({ kind: 'corridor', id, name: 'China–Pakistan Economic Corridor (CPEC)', routes: ['n10'] } as Region)
      : id === 'n10'
        ? ({
            kind: 'route',
            id,
            name: 'N-10',
            corridor: 'cpec',
            realKm: 1,
            schematicKm: 1,
            waypoints: ['port_gwadar', 'town_karachi'],
          } as Region)
        : undefined,
  districtsOf: () => [],
  placeName: (id: string) => id,
} as RegionIndex;

describe('contextGroups', () => {
  it('shows a former agency with FATA and its province, national last and folded', () => {
    const district = {
      kind: 'district',
      id: 'north-waziristan',
      name: 'North Waziristan',
      provinceName: 'Khyber Pakhtunkhwa',
      district: { id: 'north-waziristan', name: 'North Waziristan', province: 'PK-KP', formerFata: true },
    } as Region;
    const groups = contextGroups(district, regions);
    expect(groups.map((g) => g.heading)).toEqual([
      'About North Waziristan',
      'About the former FATA',
      'About Khyber Pakhtunkhwa',
      'About Pakistan as a whole',
    ]);
    expect(groups.at(-1)?.folded).toBe(true);
  });

  it('gathers a corridor’s routes and the places they pass', () => {
    const groups = contextGroups(regions.get('cpec')!, regions);
    expect(groups[0]?.placeIds).toEqual(['cpec', 'n10']);
    expect(groups[1]?.placeIds).toEqual(['port_gwadar', 'town_karachi']);
  });
});
