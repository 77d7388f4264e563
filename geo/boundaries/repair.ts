/** Repair of self-intersecting district rings (coast-clipping artefacts) with mapshaper's -clean. */
import { booleanValid, kinks } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';
import { PipelineError } from '../pipeline.ts';
import { areaKm2 } from './geometry.ts';

export interface RepairRecord {
  id: string;
  selfIntersections: number;
  areaKm2Before: number;
  areaKm2After: number;
  /** signed, in percent of the original area */
  changePercent: number;
}

export interface Repairable {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** Largest change of area a repair may make before it counts as a different shape, in percent. */
export const MAX_REPAIR_AREA_CHANGE_PERCENT = 0.1;

/** turf's booleanValid misses rings that cross themselves; kinks finds those. */
export function needsRepair(geometry: Polygon | MultiPolygon): boolean {
  return !booleanValid(geometry) || kinks(geometry).features.length > 0;
}

function outputText(outputs: Record<string, string | Uint8Array>, name: string): string {
  const content = outputs[name];
  if (content === undefined) throw new Error(`mapshaper produced no ${name}`);
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/**
 * Returns the items with invalid polygons replaced by their cleaned version, and a record per repair.
 * Valid polygons are passed through untouched so shared edges keep their exact vertices.
 */
export async function repairInvalidPolygons<T extends Repairable>(
  items: T[],
  file: string,
): Promise<{ items: T[]; repairs: RepairRecord[] }> {
  const invalid = items.filter((item) => needsRepair(item.geometry));
  if (invalid.length === 0) return { items, repairs: [] };
  const input = {
    type: 'FeatureCollection',
    features: invalid.map((item) => ({
      type: 'Feature',
      properties: { id: item.id },
      geometry: item.geometry,
    })),
  };
  const outputs = await mapshaper.applyCommands('-i invalid.json -clean -o repaired.json format=geojson', {
    'invalid.json': input,
  });
  const repaired = JSON.parse(outputText(outputs, 'repaired.json')) as {
    features: Feature<Polygon | MultiPolygon | null, { id: string }>[];
  };
  const byId = new Map(repaired.features.map((feature) => [feature.properties.id, feature.geometry]));
  const repairs: RepairRecord[] = [];
  const replaced = new Map<string, Polygon | MultiPolygon>();
  for (const item of invalid) {
    const geometry = byId.get(item.id);
    if (geometry === undefined || geometry === null) {
      throw new PipelineError(file, 'repair removed the whole polygon', {
        feature: item.id,
        field: 'geometry',
      });
    }
    if (needsRepair(geometry)) {
      throw new PipelineError(file, 'still invalid after repair', { feature: item.id, field: 'geometry' });
    }
    const before = areaKm2(item.geometry);
    const after = areaKm2(geometry);
    const changePercent = ((after - before) / before) * 100;
    if (!(Math.abs(changePercent) <= MAX_REPAIR_AREA_CHANGE_PERCENT)) {
      throw new PipelineError(
        file,
        `repair changed the area by ${changePercent.toFixed(4)}% (limit ${MAX_REPAIR_AREA_CHANGE_PERCENT}%)`,
        { feature: item.id, field: 'geometry' },
      );
    }
    repairs.push({
      id: item.id,
      selfIntersections: kinks(item.geometry).features.length,
      areaKm2Before: before,
      areaKm2After: after,
      changePercent,
    });
    replaced.set(item.id, geometry);
  }
  return {
    items: items.map((item) => {
      const geometry = replaced.get(item.id);
      return geometry === undefined ? item : { ...item, geometry };
    }),
    repairs,
  };
}
