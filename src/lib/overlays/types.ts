/** The shapes of the overlay registry's entries (overlays/registry.ts). */
import type { LayerSpecification } from 'maplibre-gl';
import type { DataFileName } from '../contracts/manifest';
import type { LayerId } from '../map/ids';
import type { FeatureProps, PopupContent } from '../map/popups';

export interface Swatch {
  kind: 'line' | 'dashed' | 'hatch' | 'dot';
  colour: string;
}

/** Where an overlay's layers sit among the base map's layers (see map/style.ts), bottom to top. */
export type Slot = 'areas' | 'lines' | 'points';

/** What a click or hover on a layer's features means. Points beat lines, lines beat areas. */
export interface HitTarget {
  /** points and lines are hit within a few pixels of the pointer, areas only under it */
  shape: 'point' | 'line' | 'area';
  /** among targets of the same shape, the higher wins */
  priority: number;
  /** the region a click selects (its panel opens), or null to leave the selection as it is */
  select(props: FeatureProps): string | null;
  /** the popup a click opens; none for areas, whose panel says it all */
  popup?(props: FeatureProps): PopupContent;
  /** the hover tooltip's title, when it is not the popup's: none for areas without a tooltip */
  name?(props: FeatureProps): string;
  /** a choropleth unit: its tooltip shows the unit's figures and its outline follows the pointer */
  unit?: 'district' | 'province';
}

export interface OverlayCommon<Id extends string> {
  id: Id;
  label: string;
  description: string;
  swatch: Swatch;
  /** shown when the URL does not say */
  on: boolean;
  /** the region whose panel explains this overlay */
  panel?: string;
  /** the file of `data/` it is drawn from: when that fails, its toggle is disabled and says so */
  file: DataFileName;
  /** the years it has anything for, when it follows the chosen years: outside them its toggle says so */
  years?: readonly [number, number];
}

/** The layers a hit target covers. */
export interface HitRule {
  layers: LayerId[];
  target: HitTarget;
}

/** Drawn from the first view by its own layers in the built style. */
export interface LayersOverlay<Id extends string = string> extends OverlayCommon<Id> {
  kind: 'layers';
  slot: Slot;
  layers: LayerSpecification[];
  hit?: HitRule;
}

/** A corridor: its routes are drawn from the first view by the shared route layers, in its colour. */
export interface CorridorOverlay<Id extends string = string> extends OverlayCommon<Id> {
  kind: 'corridor';
  /** the heading of its panel */
  name: string;
  colour: string;
}

/** Loaded after the first paint by its own component, which adds its layers and shows or hides them. */
export interface LateOverlay<Id extends string = string> extends OverlayCommon<Id> {
  kind: 'late';
  layers: LayerId[];
  hit?: HitRule;
}

export type OverlayDefinition<Id extends string = string> =
  LayersOverlay<Id> | CorridorOverlay<Id> | LateOverlay<Id>;
