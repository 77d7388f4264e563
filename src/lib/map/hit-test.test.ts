import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { HIT_TARGETS } from '../overlays/registry';
import { hitKey, pickHit } from './hit-test';
import { LAYER } from './ids';

const point: Geometry = { type: 'Point', coordinates: [71.5, 34] };
const feature = (layer: string, properties: Record<string, unknown>) => ({
  layer: { id: layer },
  properties,
  geometry: point,
});

const district = feature(LAYER.districtsFill, { id: 'peshawar', name: 'Peshawar' });
const route = feature(LAYER.routesReal, { id: 'n5-18', route: 'n5', name: 'N-5' });
const durand = feature(LAYER.durandLine, { id: 'durand-line' });
const crossing = feature(LAYER.placesCrossings, { id: 'xing_torkham', name: 'Torkham' });
const incident = feature(LAYER.incidents, { id: 'i-1', place: 'Peshawar' });
const neighbour = feature(LAYER.neighboursFill, { id: 'AF' });

describe('pickHit', () => {
  it('an area alone selects the area', () => {
    expect(pickHit([district])?.target.select(district.properties)).toBe('peshawar');
  });

  it('a line near the pointer beats the area under it, whatever order they come in', () => {
    expect(pickHit([district, route])?.layer).toBe(LAYER.routesReal);
    expect(pickHit([route, district])?.layer).toBe(LAYER.routesReal);
  });

  it('a point beats a line; a place beats an incident; a route beats the Durand Line', () => {
    expect(pickHit([route, crossing])?.layer).toBe(LAYER.placesCrossings);
    expect(pickHit([incident, crossing])?.layer).toBe(LAYER.placesCrossings);
    expect(pickHit([durand, route])?.layer).toBe(LAYER.routesReal);
  });

  it('a district beats the neighbouring country under it; unknown layers never count', () => {
    expect(pickHit([neighbour, district])?.layer).toBe(LAYER.districtsFill);
    expect(pickHit([feature(LAYER.districtsLine, { id: 'x' })])).toBeNull();
    expect(pickHit([])).toBeNull();
  });

  it('of two of the same kind, the topmost (the first) wins', () => {
    const other = feature(LAYER.routesReal, { id: 'n25-3', route: 'n25', name: 'N-25' });
    expect(pickHit([other, route])?.props.route).toBe('n25');
  });

  it('selects what each clickable layer stands for', () => {
    const select = (f: ReturnType<typeof feature>) => pickHit([f])!.target.select(f.properties);
    expect(select(route)).toBe('n5');
    expect(select(durand)).toBe('durand-line');
    expect(select(crossing)).toBe('xing_torkham');
    expect(select(neighbour)).toBe('AF');
    // the incidents layer opens its own popup and selects nothing
    expect(select(incident)).toBeNull();
  });

  it('one key per thing the reader sees: a whole route, not its segments', () => {
    const otherSegment = feature(LAYER.routesSchematic, { id: 'n5-19', route: 'n5', name: 'N-5' });
    expect(hitKey(pickHit([route]))).toBe(hitKey(pickHit([otherSegment])));
    expect(hitKey(pickHit([incident]))).toBe('incidents:i-1');
    expect(hitKey(null)).toBeNull();
  });

  it('every point or line either opens a popup here or leaves both popup and selection to its own layer', () => {
    for (const target of HIT_TARGETS.values()) {
      if (target.shape === 'area') continue;
      expect(target.popup !== undefined || target.select({}) === null).toBe(true);
      // and the tooltip can name it
      expect(target.name !== undefined || target.popup !== undefined).toBe(true);
    }
  });

  it('border crossings and strikes, drawn on top while a date is chosen, beat the other points', () => {
    const borderCrossing = feature(LAYER.borderCrossings, { id: 'torkham', name: 'Torkham' });
    expect(pickHit([crossing, incident, borderCrossing])?.layer).toBe(LAYER.borderCrossings);
    expect(
      pickHit([feature(LAYER.borderEvents, { id: 'e1', kind: 'air-strike', day: '2025-10-15' }), crossing])
        ?.layer,
    ).toBe(LAYER.borderEvents);
  });
});
