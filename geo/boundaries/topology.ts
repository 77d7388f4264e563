/**
 * One mapshaper topology of districts, the Durand Line and the Line of Control, so that simplification
 * moves shared edges together: no gaps or overlaps between districts, provinces nest exactly (they are
 * dissolved from the same arcs) and the lines stay on the district edges they follow.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';

export interface TopologyInput {
  /** each with at least `id`, `province` and `formerFata` properties */
  districts: FeatureCollection<Polygon | MultiPolygon>;
  durandLine: Feature<LineString>;
  lineOfControl: Feature<LineString | MultiLineString>;
}

export interface TopologyOutput {
  districts: FeatureCollection<Polygon | MultiPolygon>;
  /** dissolved by the `province` property */
  provinces: FeatureCollection<Polygon | MultiPolygon>;
  /** the districts whose `formerFata` is true */
  agencies: FeatureCollection<Polygon | MultiPolygon>;
  durandLine: FeatureCollection<LineString | MultiLineString>;
  lineOfControl: FeatureCollection<LineString | MultiLineString>;
}

export interface SimplifyOptions {
  /** mapshaper's Visvalingam resolution in metres; omit to keep every vertex */
  intervalMeters?: number;
  /** coordinate rounding of the output, in degrees (e.g. 0.0001) */
  precision?: number;
}

function parse<T>(outputs: Record<string, string | Uint8Array>, name: string): T {
  const content = outputs[name];
  if (content === undefined) throw new Error(`mapshaper produced no ${name}`);
  return JSON.parse(typeof content === 'string' ? content : new TextDecoder().decode(content)) as T;
}

export async function buildTopology(
  input: TopologyInput,
  options: SimplifyOptions = {},
): Promise<TopologyOutput> {
  const simplify =
    options.intervalMeters === undefined ? '' : `-simplify interval=${options.intervalMeters} keep-shapes`;
  const precision = options.precision === undefined ? '' : ` precision=${options.precision}`;
  const commands = [
    '-i districts.json durand.json loc.json combine-files',
    simplify,
    '-dissolve province target=districts + name=provinces',
    '-filter "formerFata === true" target=districts + name=agencies',
    `-o format=geojson${precision} target=*`,
  ].join(' ');
  const outputs = await mapshaper.applyCommands(commands, {
    'districts.json': input.districts,
    'durand.json': { type: 'FeatureCollection', features: [input.durandLine] },
    'loc.json': { type: 'FeatureCollection', features: [input.lineOfControl] },
  });
  return {
    districts: parse(outputs, 'districts.json'),
    provinces: parse(outputs, 'provinces.json'),
    agencies: parse(outputs, 'agencies.json'),
    durandLine: parse(outputs, 'durand.json'),
    lineOfControl: parse(outputs, 'loc.json'),
  };
}
