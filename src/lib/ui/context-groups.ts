/**
 * Which places' claims a panel shows, in order: the place itself, then the region it belongs to,
 * then the country (folded, as national claims are many).
 */
import type { Region, RegionIndex } from '../data/regions';

export interface ContextGroup {
  heading: string;
  placeIds: string[];
  folded?: boolean;
}

const NATIONAL: ContextGroup = { heading: 'About Pakistan as a whole', placeIds: ['PK'], folded: true };

export function contextGroups(region: Region, regions: RegionIndex): ContextGroup[] {
  switch (region.kind) {
    case 'district': {
      const groups: ContextGroup[] = [{ heading: `About ${region.name}`, placeIds: [region.id] }];
      if (region.district.formerFata)
        groups.push({ heading: 'About the former FATA', placeIds: ['former-fata'] });
      groups.push({ heading: `About ${region.provinceName}`, placeIds: [region.district.province] });
      return [...groups, NATIONAL];
    }
    case 'province':
      return [
        { heading: `About ${region.name}`, placeIds: [region.id] },
        ...(region.id === 'PK-KP' ? [{ heading: 'About the former FATA', placeIds: ['former-fata'] }] : []),
        NATIONAL,
      ];
    case 'former-fata':
      return [
        { heading: 'About the former FATA', placeIds: ['former-fata'] },
        { heading: 'About Khyber Pakhtunkhwa', placeIds: ['PK-KP'] },
        NATIONAL,
      ];
    case 'durand-line':
      return [
        { heading: 'About the Durand Line', placeIds: ['durand-line'] },
        { heading: 'About Afghanistan', placeIds: ['AFG'], folded: true },
      ];
    case 'place':
      return [{ heading: `About ${region.name}`, placeIds: [region.id] }];
    case 'route': {
      const corridor = regions.get(region.corridor);
      return [
        { heading: `About ${region.name}`, placeIds: [region.id] },
        { heading: `About the ${corridor?.name ?? region.corridor}`, placeIds: [region.corridor] },
        { heading: 'About the places it passes', placeIds: region.waypoints },
      ];
    }
    case 'corridor': {
      const waypoints = region.routes.flatMap((id) => {
        const route = regions.get(id);
        return route?.kind === 'route' ? route.waypoints : [];
      });
      return [
        { heading: `About the ${region.name}`, placeIds: [region.id, ...region.routes] },
        { heading: 'About the places it passes', placeIds: [...new Set(waypoints)] },
      ];
    }
    case 'country':
      return [{ heading: 'About Pakistan as a whole', placeIds: ['PK'] }];
    case 'neighbour':
      return [
        { heading: `About ${region.name}`, placeIds: [region.id] },
        ...(region.country
          ? [
              {
                heading: `About ${region.countryName ?? region.country}`,
                placeIds: [region.country],
                folded: true,
              },
            ]
          : []),
      ];
    case 'sources':
      return [];
  }
}
