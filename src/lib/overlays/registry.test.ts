import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, OVERLAYS } from '../state/url';
import { CORRIDORS, OVERLAY_REGISTRY, overlayLayers, routeFilter, toggledLayers } from './registry';

describe('the overlay registry', () => {
  it('gives the URL its overlay ids in registry order, keeping the order `layers=` has always written', () => {
    expect(OVERLAYS).toEqual(OVERLAY_REGISTRY.map((o) => o.id));
    const historical = [
      'former-fata',
      'durand-line',
      'cpec',
      'chabahar',
      'afghan-transit',
      'iran-link',
      'places',
      'incidents',
    ];
    expect(OVERLAYS.filter((id) => historical.includes(id))).toEqual(historical);
  });

  it('turns on by default the overlays the registry says', () => {
    expect(DEFAULT_PARAMS.overlays).toEqual(OVERLAY_REGISTRY.filter((o) => o.on).map((o) => o.id));
    expect(DEFAULT_PARAMS.overlays).not.toContain('iran-link');
    expect(DEFAULT_PARAMS.overlays).toEqual(
      // notable incidents are on, filtered by the chosen years: they show in published years only
      expect.arrayContaining([
        'former-fata',
        'durand-line',
        'cpec',
        'chabahar',
        'afghan-transit',
        'places',
        'incidents',
      ]),
    );
  });

  it('declares each overlay once, with what the layer panel needs', () => {
    expect(new Set(OVERLAYS).size).toBe(OVERLAYS.length);
    for (const entry of OVERLAY_REGISTRY) {
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.description.length).toBeGreaterThan(entry.label.length);
      expect(entry.swatch.colour).toMatch(/^#[0-9a-fA-F]{6}$/);
    }
  });

  it('a corridor is its own panel, drawn in its own colour, and switches no layer of its own', () => {
    expect(CORRIDORS.map((c) => c.id)).toEqual(
      expect.arrayContaining(['cpec', 'chabahar', 'afghan-transit', 'iran-link']),
    );
    for (const corridor of CORRIDORS) {
      expect(corridor.panel).toBe(corridor.id);
      expect(corridor.swatch).toEqual({ kind: 'line', colour: corridor.colour });
      expect(toggledLayers(corridor)).toEqual([]);
    }
    expect(new Set(CORRIDORS.map((c) => c.colour)).size).toBe(CORRIDORS.length);
  });

  it('puts each overlay’s layers in its slot, the corridors’ route layers once', () => {
    const ids = (slot: 'areas' | 'lines' | 'points') => overlayLayers(slot).map((l) => l.id);
    expect(ids('areas')).toEqual(['former-fata-hatch', 'former-fata-line']);
    expect(ids('lines')).toEqual(['durand-line-casing', 'durand-line', 'routes-real', 'routes-schematic']);
    expect(ids('points')).toEqual(['places-crossings', 'places-ports']);
  });

  it('filters the route layers to the corridors that are on', () => {
    expect(routeFilter(true, ['cpec'])).toEqual([
      'all',
      ['==', ['get', 'schematic'], true],
      ['in', ['get', 'corridor'], ['literal', ['cpec']]],
    ]);
  });
});
