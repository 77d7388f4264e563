/**
 * The attacks stage: UCDP GED events, published annual figures and notable incidents -> data/.
 * Reads only through the directories it is given; the work is done by the pure modules beside it.
 */
import type { FeatureCollection } from 'geojson';
import {
  featureCollectionToJson,
  rawPath,
  readJson,
  readText,
  type RawDirs,
  type StageOutput,
} from '../pipeline.ts';
import { buildDistrictIndex, buildPolygonIndex, findContaining, placeEvent } from './assign.ts';
import {
  buildEventDetails,
  buildEventTable,
  eventDetailsToJson,
  eventTableToJson,
  type PlacedEvent,
} from './events.ts';
import { parsePublishedFigures, publishedFiguresToJson } from './figures.ts';
import { parseGed } from './ged.ts';
import { buildIncidents } from './incidents.ts';
import { violenceSources } from './sources.ts';
import type { AttacksBoundaries, EventTable, Polygonal } from './types.ts';

export type { AttacksBoundaries, EventTable } from './types.ts';

export interface AttacksResult {
  output: StageOutput;
  events: EventTable;
}

export const ATTACK_INPUTS = {
  ged: ['attacks', 'ucdp_ged221_pakistan.csv'],
  figures: ['attacks', 'reported_figures_province_year.csv'],
  incidents: ['attacks', 'notable_incidents_2022_2024.csv'],
  neighbours: ['geo', 'boundaries', 'neighbours_adm0_ne10m_region.geojson'],
} as const;

export async function buildAttacks(dirs: RawDirs, boundaries: AttacksBoundaries): Promise<AttacksResult> {
  const gedFile = rawPath(dirs, ...ATTACK_INPUTS.ged);
  const figuresFile = rawPath(dirs, ...ATTACK_INPUTS.figures);
  const incidentsFile = rawPath(dirs, ...ATTACK_INPUTS.incidents);
  const neighboursFile = rawPath(dirs, ...ATTACK_INPUTS.neighbours);

  const districtIndex = buildDistrictIndex(boundaries.districts);
  const ged = parseGed(readText(gedFile), gedFile);
  const placed: PlacedEvent[] = ged.events.map((event) => ({
    event,
    placement: placeEvent(districtIndex, event.wherePrec, event.lon, event.lat),
  }));

  // Only to report which country a snapped or unplaced point actually lies in; never to place it.
  const neighbours = readJson<FeatureCollection<Polygonal, { iso_a3?: string | null }>>(neighboursFile);
  const countryIndex = buildPolygonIndex(neighbours.features);
  const countryOf = new Map<number, string | null>();
  for (const { event, placement } of placed) {
    if (placement.snappedKm === null && !placement.outside) continue;
    const feature = countryIndex.features[findContaining(countryIndex, event.lon, event.lat)];
    countryOf.set(event.id, feature?.properties.iso_a3 ?? null);
  }

  const events = buildEventTable(placed);
  const figures = parsePublishedFigures(readText(figuresFile), figuresFile);
  const incidents = buildIncidents(readText(incidentsFile), incidentsFile, districtIndex);

  const relative = (path: string) => path.slice(dirs.raw.length).replace(/^[/\\]+/, '');
  const sources = violenceSources({
    gedFile: relative(gedFile),
    figuresFile: relative(figuresFile),
    incidentsFile: relative(incidentsFile),
    droppedHxlRow: ged.droppedHxlRow,
    placed,
    countryOf,
    figures,
    incidents,
  });

  return {
    events,
    output: {
      files: {
        'events.json': eventTableToJson(events),
        'event-details.json': eventDetailsToJson(buildEventDetails(placed)),
        'published-figures.json': publishedFiguresToJson(figures),
        'incidents.geojson': featureCollectionToJson({
          type: 'FeatureCollection',
          sample: incidents.sample,
          features: incidents.features,
        }),
      },
      sources,
    },
  };
}
