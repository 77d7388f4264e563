/**
 * The areas a choropleth draws, with the 2023 census denominators of their rates. Read when the
 * boundaries arrive, before any event: the first script holds this, the classing comes later.
 */
import type { FeatureCollection, Geometry } from 'geojson';

export interface UnitInfo {
  id: string;
  name: string;
  population?: number;
  areaKm2?: number;
}

/**
 * The areas a choropleth can draw, with their 2023 census denominators. A province has a denominator
 * only where every one of its districts has one.
 */
export function areaUnits(
  districts: FeatureCollection<
    Geometry | null,
    { id: string; name: string; province: string; population2023?: number; areaKm2?: number }
  >,
  provinces: FeatureCollection<Geometry | null, { id: string; name: string; areaKm2Published?: number }>,
): { districts: UnitInfo[]; provinces: UnitInfo[]; provinceOf: Map<string, string> } {
  const members = (province: string) => districts.features.filter((d) => d.properties.province === province);
  return {
    districts: districts.features.map(({ properties: d }) => ({
      id: d.id,
      name: d.name,
      population: d.population2023,
      areaKm2: d.areaKm2,
    })),
    provinces: provinces.features.map(({ properties: p }) => {
      const own = members(p.id);
      const complete = own.length > 0 && own.every((d) => d.properties.population2023 !== undefined);
      const sum = (of: (d: (typeof own)[number]['properties']) => number | undefined) =>
        own.reduce((s, d) => s + (of(d.properties) ?? 0), 0);
      return {
        id: p.id,
        name: p.name,
        population: complete ? sum((d) => d.population2023) : undefined,
        areaKm2: complete ? (p.areaKm2Published ?? sum((d) => d.areaKm2)) : undefined,
      };
    }),
    provinceOf: new Map(districts.features.map(({ properties: d }) => [d.id, d.province])),
  };
}
