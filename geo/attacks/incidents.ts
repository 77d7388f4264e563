/**
 * Notable incidents 2022-March 2026 (hand-compiled from news reports) -> `data/incidents.geojson`,
 * and the coordinated attacks over many places (no single point) -> `data/multi-site-incidents.json`.
 * A sample of the deadliest and most-reported incidents, not a count: never used for rates or shares.
 */
import { basename } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { slugify } from '../ids.ts';
import { PipelineError } from '../pipeline.ts';
import { locatePoint, type DistrictIndex } from './assign.ts';
import { cell, parseCsv, parseDecimal, parseInteger, requireText, type CsvRecord } from './csv.ts';
import {
  DATE_PRECISIONS,
  LOCATION_PRECISIONS as POINT_PRECISIONS,
  type IncidentProperties,
  type LocationPrecision,
} from '../../src/lib/contracts/incidents.ts';
import type { MultiSiteIncident, MultiSiteIncidents } from '../../src/lib/contracts/multi-site-incidents.ts';

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
  'licence',
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

/** the point precisions, and 'multi-site': such a row has no point and goes to the list */
const LOCATION_PRECISIONS = [...POINT_PRECISIONS, 'multi-site'] as const;

export type { IncidentProperties, MultiSiteIncident, MultiSiteIncidents };

export type IncidentCollection = FeatureCollection<Point, IncidentProperties> & { sample: string };

export interface Incidents {
  points: IncidentCollection;
  multiSite: MultiSiteIncidents;
}

const PROVINCE_CODES = ['PK', 'PK-BA', 'PK-KP', 'PK-PB', 'PK-SD', 'PK-IS', 'PK-JK', 'PK-GB'];

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

function optionalCount(file: string, record: CsvRecord, column: string): number | null {
  return cell(record, column).trim() === '' ? null : parseInteger(file, record, column);
}

function webUrl(file: string, record: CsvRecord, column: string): string {
  const url = requireText(file, record, column);
  if (!/^https?:\/\//.test(url)) {
    throw new PipelineError(file, `not a web URL: "${url}"`, { row: record.row, field: column });
  }
  return url;
}

/** A multi-site row: no coordinates and no district by definition, so none may be given. */
/** Who did it to whom, and the report behind it: the columns every incident row has, single- or multi-site. */
function reportColumns(file: string, record: CsvRecord) {
  return {
    perpetrator: requireText(file, record, 'perpetrator_as_reported'),
    target: requireText(file, record, 'target'),
    sourceUrl: webUrl(file, record, 'source_url'),
    sourceOutlet: requireText(file, record, 'source_outlet'),
    via: optional(cell(record, 'via')),
    credit: requireText(file, record, 'licence'),
    geocoding: requireText(file, record, 'geocoding'),
    notes: optional(cell(record, 'source_notes')),
    source: { file: basename(file), row: record.row },
  };
}

function readMultiSite(
  file: string,
  record: CsvRecord,
  id: string,
  date: string,
  year: number,
): MultiSiteIncident {
  for (const column of ['lon', 'lat', 'district'] as const) {
    if (cell(record, column).trim() !== '') {
      throw new PipelineError(file, `a multi-site incident has no single ${column}; leave it empty`, {
        row: record.row,
        field: column,
      });
    }
  }
  const province = requireText(file, record, 'province');
  if (!PROVINCE_CODES.includes(province)) {
    throw new PipelineError(file, `unknown province code "${province}"`, {
      row: record.row,
      field: 'province',
    });
  }
  return {
    id,
    date,
    datePrecision: oneOf(file, record, 'date_precision', DATE_PRECISIONS),
    year,
    place: requireText(file, record, 'place_as_reported'),
    province,
    killed: optionalCount(file, record, 'killed'),
    injured: optionalCount(file, record, 'injured'),
    ...reportColumns(file, record),
  };
}

/** Reads one incident file; the caller may pass it the ids already seen in other files. */
export function buildIncidents(
  text: string,
  file: string,
  index: DistrictIndex,
  seen = new Set<string>(),
): IncidentCollection & { multiSite: MultiSiteIncident[] } {
  const table = parseCsv(text, file, { required: INCIDENT_COLUMNS });
  const byId = new Map(index.features.map((f) => [f.properties.id, f]));
  const multiSite: MultiSiteIncident[] = [];
  const features = table.records.flatMap((record): Feature<Point, IncidentProperties>[] => {
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
    const precision = oneOf(file, record, 'location_precision', LOCATION_PRECISIONS);
    if (precision === 'multi-site') {
      multiSite.push(readMultiSite(file, record, id, date, year));
      return [];
    }
    const locationPrecision: LocationPrecision = precision;
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
    const killed = optionalCount(file, record, 'killed');
    const injured = optionalCount(file, record, 'injured');
    const report = reportColumns(file, record);
    return [
      {
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
          ...report,
        },
      },
    ];
  });
  return { type: 'FeatureCollection', sample: INCIDENTS_SAMPLE_NOTE, features, multiSite };
}

/** Reads every incident file into one point layer (sorted by date) and one list of multi-site incidents. */
export function buildAllIncidents(
  inputs: readonly { text: string; file: string }[],
  index: DistrictIndex,
): Incidents {
  const seen = new Set<string>();
  const read = inputs.map(({ text, file }) => buildIncidents(text, file, index, seen));
  const byDate = <T extends { date: string; id: string }>(a: T, b: T) =>
    a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  const features = read.flatMap((r) => r.features).sort((a, b) => byDate(a.properties, b.properties));
  return {
    points: { type: 'FeatureCollection', sample: INCIDENTS_SAMPLE_NOTE, features },
    multiSite: {
      schema: 1,
      sample: INCIDENTS_SAMPLE_NOTE,
      incidents: read.flatMap((r) => r.multiSite).sort(byDate),
    },
  };
}
