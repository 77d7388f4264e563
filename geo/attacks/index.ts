/**
 * The attacks stage: UCDP GED events, published figures (provinces and districts) and notable incidents -> data/.
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
import { districtFiguresToJson, parseDistrictFigures } from './district-figures.ts';
import { parsePublishedFigureFiles, publishedFiguresToJson } from './figures.ts';
import { parseGed } from './ged.ts';
import { buildAllIncidents } from './incidents.ts';
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
  figuresRecent: ['attacks', 'reported_figures_province_2025_2026.csv'],
  districtFigures: ['attacks', 'reported_figures_district_2022_2025.csv'],
  incidents: ['attacks', 'notable_incidents_2022_2024.csv'],
  incidentsGapFill: ['attacks', 'notable_incidents_gapfill_2022_2024.csv'],
  incidentsRecent: ['attacks', 'notable_incidents_2025_2026.csv'],
  neighbours: ['geo', 'boundaries', 'neighbours_adm0_ne10m_region.geojson'],
} as const;

export async function buildAttacks(dirs: RawDirs, boundaries: AttacksBoundaries): Promise<AttacksResult> {
  const gedFile = rawPath(dirs, ...ATTACK_INPUTS.ged);
  const figureFiles = [ATTACK_INPUTS.figures, ATTACK_INPUTS.figuresRecent].map((p) => rawPath(dirs, ...p));
  const districtFiguresFile = rawPath(dirs, ...ATTACK_INPUTS.districtFigures);
  const incidentFiles = [
    ATTACK_INPUTS.incidents,
    ATTACK_INPUTS.incidentsGapFill,
    ATTACK_INPUTS.incidentsRecent,
  ].map((p) => rawPath(dirs, ...p));
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
  const figures = parsePublishedFigureFiles(figureFiles.map((file) => ({ file, text: readText(file) })));
  const districtFigures = parseDistrictFigures(
    readText(districtFiguresFile),
    districtFiguresFile,
    boundaries.districts.features.map((f) => f.properties),
  );
  const incidents = buildAllIncidents(
    incidentFiles.map((file) => ({ file, text: readText(file) })),
    districtIndex,
  );

  const relative = (path: string) => path.slice(dirs.raw.length).replace(/^[/\\]+/, '');
  const sources = violenceSources({
    gedFile: relative(gedFile),
    figuresFiles: figureFiles.map(relative),
    districtFiguresFile: relative(districtFiguresFile),
    incidentsFiles: incidentFiles.map(relative),
    droppedHxlRow: ged.droppedHxlRow,
    placed,
    countryOf,
    figures,
    districtFigures,
    incidents,
    districts: boundaries.districts.features.map((f) => f.properties),
  });

  return {
    events,
    output: {
      files: {
        'events.json': eventTableToJson(events),
        'event-details.json': eventDetailsToJson(buildEventDetails(placed)),
        'published-figures.json': publishedFiguresToJson(figures),
        'district-figures.json': districtFiguresToJson(districtFigures),
        'incidents.geojson': featureCollectionToJson({
          type: 'FeatureCollection',
          sample: incidents.points.sample,
          features: incidents.points.features,
        }),
        'multi-site-incidents.json': `${JSON.stringify(incidents.multiSite, null, 1)}\n`,
      },
      sources,
    },
  };
}
