/**
 * Notable incidents 2022-2024 (hand-compiled from news reports) -> `data/incidents.geojson`.
 * A sample of the deadliest and most-reported incidents, not a count: never used for rates or shares.
 */
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { slugify } from '../ids.ts';
import { PipelineError } from '../pipeline.ts';
import { locatePoint, type DistrictIndex } from './assign.ts';
import { cell, parseCsv, parseDecimal, parseInteger, requireText, type CsvRecord } from './csv.ts';
import {
  DATE_PRECISIONS,
  LOCATION_PRECISIONS,
  type IncidentProperties,
} from '../../src/lib/contracts/incidents.ts';

export const INCIDENT_COLUMNS = [
  'id',
  'date',
  'year',
  'place_as_reported',
  'district',
  'province',
  'lon',
  'lat',
  'location_precision',
  'killed',
  'injured',
  'perpetrator_as_reported',
  'target',
  'source_url',
  'source_outlet',
  'via',
  'date_precision',
  'geocoding',
  'source_notes',
] as const;

export const INCIDENTS_SAMPLE_NOTE =
  'Notable incidents: a sample of the deadliest and most-reported incidents, not all attacks; never use for rates or shares';

/**
 * District names the incident list spells differently from the 2023 district set, with why.
 * Names that slugify to a district id need no entry.
 */
export const DISTRICT_ALIASES: Readonly<Record<string, { id: string; reason: string }>> = {
  Noshki: { id: 'nushki', reason: 'spelling' },
  Kachhi: { id: 'kachhi-bolan', reason: 'short form of Kachhi (Bolan)' },
  Musakhel: { id: 'musa-khel', reason: 'spelling' },
  Diamer: { id: 'diamir', reason: 'spelling' },
  'Karachi Malir': { id: 'malir', reason: 'Malir district of Karachi division' },
  'Upper South Waziristan': {
    id: 'south-waziristan',
    reason: 'the 2022 split of South Waziristan into Upper and Lower is not drawn in the 2023 district set',
  },
};

export type { IncidentProperties };

export type IncidentCollection = FeatureCollection<Point, IncidentProperties> & { sample: string };

function oneOf<T extends string>(file: string, record: CsvRecord, column: string, allowed: readonly T[]): T {
  const raw = cell(record, column).trim();
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new PipelineError(file, `expected one of ${allowed.join(', ')}, found "${raw}"`, {
      row: record.row,
      field: column,
    });
  }
  return raw as T;
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function reportedDistrictId(name: string): string {
  return DISTRICT_ALIASES[name]?.id ?? slugify(name);
}

export function buildIncidents(text: string, file: string, index: DistrictIndex): IncidentCollection {
  const table = parseCsv(text, file, { required: INCIDENT_COLUMNS });
  const byId = new Map(index.features.map((f) => [f.properties.id, f]));
  const seen = new Set<string>();
  const features = table.records.map((record): Feature<Point, IncidentProperties> => {
    const where = { row: record.row };
    const id = requireText(file, record, 'id');
    if (seen.has(id)) throw new PipelineError(file, `duplicate id "${id}"`, { ...where, field: 'id' });
    seen.add(id);
    const date = requireText(file, record, 'date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new PipelineError(file, `expected YYYY-MM-DD, found "${date}"`, { ...where, field: 'date' });
    }
    const year = parseInteger(file, record, 'year');
    if (String(year) !== date.slice(0, 4)) {
      throw new PipelineError(file, `year ${year} does not match date ${date}`, { ...where, field: 'year' });
    }
    const locationPrecision = oneOf(file, record, 'location_precision', LOCATION_PRECISIONS);
    const districtAsReported = requireText(file, record, 'district');
    const reportedFeature = byId.get(reportedDistrictId(districtAsReported));
    if (!reportedFeature) {
      throw new PipelineError(
        file,
        `"${districtAsReported}" is not a district of the 2023 set (add an alias?)`,
        {
          ...where,
          field: 'district',
        },
      );
    }
    let lon = parseDecimal(file, record, 'lon');
    let lat = parseDecimal(file, record, 'lat');
    let location = locatePoint(index, lon, lat);
    if (location.kind === 'outside') {
      throw new PipelineError(
        file,
        `point (${lon}, ${lat}) lies ${location.nearestKm ?? '?'} km from any district`,
        {
          ...where,
          field: 'lon',
        },
      );
    }
    let pointMoved = false;
    let locationNote: string | null = null;
    // A district-precision point is only the district's headquarters town, which may lie in another district
    // (Sherani's events sit on Zhob town): put it inside the district the record names instead.
    if (locationPrecision === 'district' && location.district !== reportedFeature.properties.id) {
      const outsideDistrict = byId.get(location.district)?.properties.name ?? location.district;
      const inside = pointOnFeature(reportedFeature).geometry.coordinates;
      const [insideLon, insideLat] = inside;
      if (insideLon === undefined || insideLat === undefined)
        throw new Error('pointOnFeature returned no coordinates');
      lon = Math.round(insideLon * 1e5) / 1e5;
      lat = Math.round(insideLat * 1e5) / 1e5;
      location = locatePoint(index, lon, lat);
      if (location.kind !== 'inside' || location.district !== reportedFeature.properties.id) {
        throw new PipelineError(file, `no point found inside district "${districtAsReported}"`, {
          ...where,
          field: 'district',
        });
      }
      pointMoved = true;
      locationNote = `The reported point (${parseDecimal(file, record, 'lon')}, ${parseDecimal(file, record, 'lat')}) lies in ${outsideDistrict}, outside ${reportedFeature.properties.name}; shown at a point inside ${reportedFeature.properties.name}. Location known to district level only.`;
    }
    const province = location.province;
    const provinceAsReported = requireText(file, record, 'province');
    const killed = parseInteger(file, record, 'killed');
    const injuredText = cell(record, 'injured').trim();
    const injured = injuredText === '' ? null : parseInteger(file, record, 'injured');
    const sourceUrl = requireText(file, record, 'source_url');
    if (!/^https?:\/\//.test(sourceUrl)) {
      throw new PipelineError(file, `not a web URL: "${sourceUrl}"`, { ...where, field: 'source_url' });
    }
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id,
        date,
        datePrecision: oneOf(file, record, 'date_precision', DATE_PRECISIONS),
        year,
        place: requireText(file, record, 'place_as_reported'),
        district: location.district,
        districtAsReported,
        districtDisagrees:
          location.district !== reportedFeature.properties.id || province !== provinceAsReported,
        province,
        locationPrecision,
        pointMoved,
        locationNote,
        snappedKm: location.kind === 'snapped' ? location.snappedKm : null,
        killed,
        injured,
        perpetrator: requireText(file, record, 'perpetrator_as_reported'),
        target: requireText(file, record, 'target'),
        sourceUrl,
        sourceOutlet: requireText(file, record, 'source_outlet'),
        via: optional(cell(record, 'via')),
        geocoding: requireText(file, record, 'geocoding'),
        notes: optional(cell(record, 'source_notes')),
      },
    };
  });
  return { type: 'FeatureCollection', sample: INCIDENTS_SAMPLE_NOTE, features };
}
