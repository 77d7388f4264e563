/** Pure assembly of the stage's feature collections from parsed inputs. */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { PipelineError } from '../pipeline.ts';
import type { CensusRow, CensusTotals } from './census.ts';
import { polygonToLineKm, type SegmentIndex } from './distance.ts';
import { areaKm2, ringsOf, round } from './geometry.ts';
import type { DistrictProperties, FormerFataProperties, ProvinceProperties } from './types.ts';
import type { RawDistrict } from './validate.ts';

export const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  'PK-BA': 'Balochistan',
  'PK-KP': 'Khyber Pakhtunkhwa',
  'PK-PB': 'Punjab',
  'PK-SD': 'Sindh',
  'PK-IS': 'Islamabad Capital Territory',
  'PK-JK': 'Azad Jammu and Kashmir',
  'PK-GB': 'Gilgit-Baltistan',
};

export function districtFeatures(
  districts: RawDistrict[],
  census: (CensusRow | undefined)[],
  durandLine: Position[],
  durandIndex: SegmentIndex,
): FeatureCollection<Polygon | MultiPolygon, DistrictProperties> {
  return {
    type: 'FeatureCollection',
    features: districts.map((district, i) => {
      const row = census[i];
      const properties: DistrictProperties = {
        id: district.id,
        name: district.name,
        province: district.province,
        formerFata: district.formerFata,
        areaKm2Geometry: round(areaKm2(district.geometry), 1),
        durandKm: round(polygonToLineKm(district.geometry, durandLine, durandIndex), 1),
      };
      // census fields stay absent (not 0 or null) where there is no census row
      if (row !== undefined) {
        properties.population2023 = row.population2023;
        properties.areaKm2 = row.areaKm2;
      }
      return { type: 'Feature', properties, geometry: district.geometry };
    }),
  };
}

export interface AreaDifference {
  name: string;
  province: string;
  publishedKm2: number;
  geometryKm2: number;
  /** (geometry - published) / published, in percent */
  differencePercent: number;
}

export function areaDifferences(districts: DistrictProperties[], thresholdPercent: number): AreaDifference[] {
  return districts
    .flatMap((d) => {
      if (d.areaKm2 === undefined) return [];
      const differencePercent = ((d.areaKm2Geometry - d.areaKm2) / d.areaKm2) * 100;
      return Math.abs(differencePercent) > thresholdPercent
        ? [
            {
              name: d.name,
              province: d.province,
              publishedKm2: d.areaKm2,
              geometryKm2: d.areaKm2Geometry,
              differencePercent,
            },
          ]
        : [];
    })
    .sort((a, b) => Math.abs(b.differencePercent) - Math.abs(a.differencePercent));
}

/** Dissolved provinces (property `province` = ISO) to their published properties. */
export function provinceFeatures(
  dissolved: FeatureCollection<Polygon | MultiPolygon>,
  totals: CensusTotals,
  file: string,
): FeatureCollection<Polygon | MultiPolygon, ProvinceProperties> {
  return {
    type: 'FeatureCollection',
    features: dissolved.features.map((feature) => {
      const id = String(feature.properties?.province ?? '');
      const name = PROVINCE_NAMES[id];
      if (name === undefined)
        throw new PipelineError(file, `unknown province "${id}"`, { feature: id, field: 'province' });
      const properties: ProvinceProperties = {
        id,
        name,
        areaKm2Geometry: round(areaKm2(feature.geometry), 1),
      };
      const population = totals.provincePopulation[id];
      const published = totals.provinceAreaKm2Published[id];
      if (population !== undefined) properties.population2023 = population;
      if (published !== undefined) properties.areaKm2Published = published;
      return { type: 'Feature', properties, geometry: feature.geometry };
    }),
  };
}

export const FATA_OUTLINE_INCLUDES =
  'The whole of FATA until the 31 May 2018 merger: the seven agencies (Bajaur, Mohmand, Khyber, Orakzai, Kurram, North Waziristan, South Waziristan) and the six Frontier Regions (FR Peshawar, FR Kohat, FR Bannu, FR Lakki Marwat, FR Dera Ismail Khan, FR Tank).';
export const FATA_OUTLINE_LINEAGE =
  'Natural Earth 1:10m admin-1 (legacy schema): a different, coarser lineage than the OpenStreetMap districts. Its edges do not coincide with the district edges (differences of 1–3 km); it is the only open polygon found that includes the Frontier Regions, which the OpenStreetMap 2023 set folds into the settled districts of Peshawar, Kohat, Bannu, Lakki Marwat, Dera Ismail Khan and Tank.';
export const AGENCY_LINEAGE =
  'OpenStreetMap 2023-census district set: the tribal district that replaced the agency in 2018, same extent as the agency (the seven areas sum to the published agency areas). Shares its edges with the districts layer.';

export function formerFataFeatures(
  agencies: Feature<Polygon | MultiPolygon, { id: string; name: string; areaKm2?: number }>[],
  agencyNames: ReadonlyMap<string, string>,
  outline: Polygon | MultiPolygon,
  sources: { agencies: string; outline: string },
): FeatureCollection<Polygon | MultiPolygon, FormerFataProperties> {
  const features: Feature<Polygon | MultiPolygon, FormerFataProperties>[] = agencies.map((feature) => {
    const agency = agencyNames.get(feature.properties.id);
    if (agency === undefined)
      throw new PipelineError(sources.agencies, 'no former agency name', {
        feature: feature.properties.id,
        field: 'former_fata_agency',
      });
    const properties: FormerFataProperties = {
      kind: 'agency',
      id: feature.properties.id,
      name: feature.properties.name,
      agency,
      includes: `${agency}, as the tribal district of ${feature.properties.name} since 2018.`,
      source: sources.agencies,
      lineage: AGENCY_LINEAGE,
      areaKm2Geometry: round(areaKm2(feature.geometry), 1),
    };
    if (feature.properties.areaKm2 !== undefined) properties.areaKm2Published = feature.properties.areaKm2;
    return { type: 'Feature', properties, geometry: feature.geometry };
  });
  features.push({
    type: 'Feature',
    properties: {
      kind: 'fata-outline',
      id: 'former-fata',
      name: 'Federally Administered Tribal Areas (until 31 May 2018)',
      includes: FATA_OUTLINE_INCLUDES,
      source: sources.outline,
      lineage: FATA_OUTLINE_LINEAGE,
      areaKm2Geometry: round(areaKm2(outline), 1),
    },
    geometry: outline,
  });
  return { type: 'FeatureCollection', features };
}

/** Every vertex of the line that is not a vertex of some polygon ring (should be none when they share a topology). */
export function verticesOffEdges(line: LineString, polygons: (Polygon | MultiPolygon)[]): Position[] {
  const vertices = new Set<string>();
  for (const polygon of polygons)
    for (const ring of ringsOf(polygon)) for (const p of ring) vertices.add(`${p[0]},${p[1]}`);
  return line.coordinates.filter((p) => !vertices.has(`${p[0]},${p[1]}`));
}
