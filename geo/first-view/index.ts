/**
 * The first-view stage: the default view's colour of every district, written into
 * `data/districts.geojson` (property `firstFill`), so the map's first frame is already the coloured
 * map and is not drawn again once the events arrive. The colours come from the app's own code
 * (its event store and `deriveView`) run over the events this build writes; the app checks them against
 * the view it derives and repaints only where they differ.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { FIRST_FILL } from '../../src/lib/choropleth/first-view.ts';
import { areaUnits } from '../../src/lib/choropleth/units.ts';
import { deriveView } from '../../src/lib/choropleth/view.ts';
import { viewParamsOf } from '../../src/lib/choropleth/view-params.ts';
import { buildEventStore } from '../../src/lib/data/events.ts';
import type { DistrictProperties as ShippedDistrictProperties } from '../../src/lib/contracts/districts.ts';
import type { ProvinceProperties } from '../../src/lib/contracts/provinces.ts';
import { DEFAULT_PARAMS, EVENT_YEAR_MAX } from '../../src/lib/state/url.ts';
import type { EventTable } from '../attacks/types.ts';
import { PipelineError, featureCollectionToJson, type StageOutput } from '../pipeline.ts';

const DISTRICTS = 'data/districts.geojson';

/** A district as the labels stage hands it on (geo/labels/): everything but its first colour. */
type DistrictProperties = Omit<ShippedDistrictProperties, typeof FIRST_FILL>;

type Areas = Parameters<typeof areaUnits>;

/** The colour of every district in the default view of the shipped events, by district id. */
export function firstViewFills(
  districts: Areas[0],
  provinces: Areas[1],
  events: EventTable,
): Map<string, string> {
  const store = buildEventStore(
    events,
    districts.features.map((f) => f.properties.id),
    provinces.features.map((f) => f.properties.id),
  );
  const units = areaUnits(districts, provinces);
  const view = deriveView(viewParamsOf({ ...DEFAULT_PARAMS }), {
    store,
    // the default view is of events: published series do not colour it
    series: [],
    districtUnits: units.districts,
    provinceUnits: units.provinces,
    lastEventYear: EVENT_YEAR_MAX,
  });
  if (view.level !== 'district' || !view.choropleth) {
    throw new Error('the default view is not an event choropleth of districts: no first colours to ship');
  }
  return new Map(view.choropleth.units.map((u) => [u.id, u.colour]));
}

/** `boundaries` with its districts file carrying the first view's colours; `events` as the attacks stage writes them. */
export function withFirstViewColours(boundaries: StageOutput, events: EventTable): StageOutput {
  const read = <P>(name: string) => {
    const text = boundaries.files[name];
    if (text === undefined)
      throw new PipelineError(`data/${name}`, 'the boundaries stage wrote no such file');
    return JSON.parse(text) as FeatureCollection<Geometry, P>;
  };
  const districts = read<DistrictProperties>('districts.geojson');
  const provinces = read<ProvinceProperties>('provinces.geojson');
  const fills = firstViewFills(districts, provinces, events);
  const coloured: Feature<Geometry, ShippedDistrictProperties>[] = districts.features.map((feature) => {
    const fill = fills.get(feature.properties.id);
    if (fill === undefined) {
      throw new PipelineError(DISTRICTS, 'the default view gives this district no colour', {
        feature: feature.properties.id,
        field: FIRST_FILL,
      });
    }
    return { ...feature, properties: { ...feature.properties, [FIRST_FILL]: fill } };
  });
  return {
    files: {
      ...boundaries.files,
      'districts.geojson': featureCollectionToJson({ type: 'FeatureCollection', features: coloured }),
    },
    sources: `${boundaries.sources}\n\n${FIRST_VIEW_SOURCES}`,
  };
}

const FIRST_VIEW_SOURCES = `## First view colours (\`districts.geojson\`, property \`${FIRST_FILL}\`)

Each district carries the colour the map's default view gives it (the view of a link with no parameters: UCDP GED events, ${DEFAULT_PARAMS.years.join('–')}, by district), computed at build time from \`events.json\` by the app's own code (\`geo/first-view/index.ts\` runs the app's event store and view derivation). The map draws these colours in its first frame, before the events have loaded; once they have, the app derives the view itself and repaints only if any colour differs. A link to any other view never uses them. \`tests/data/first-view.test.ts\` checks that the shipped colours are the app's.`;
