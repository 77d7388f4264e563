/** The overlay toggles of the layer panel: label, legend swatch and what each one shows. */
import type { Overlay } from '../state/url';
import { BORDER, CORRIDOR_COLOURS } from '../map/palette';

export interface OverlayToggle {
  id: Overlay;
  label: string;
  description: string;
  swatch: { kind: 'line' | 'dashed' | 'hatch' | 'dot'; colour: string };
  /** the region whose panel explains this overlay */
  panel?: string;
}

export const OVERLAY_TOGGLES: OverlayToggle[] = [
  {
    id: 'former-fata',
    panel: 'former-fata',
    label: 'Former FATA',
    description: 'The seven tribal agencies, merged into Khyber Pakhtunkhwa in 2018',
    swatch: { kind: 'hatch', colour: BORDER.formerFata },
  },
  {
    id: 'durand-line',
    panel: 'durand-line',
    label: 'Durand Line',
    description: "Pakistan's de facto border with Afghanistan; Afghanistan does not recognise it",
    swatch: { kind: 'line', colour: BORDER.durand },
  },
  {
    id: 'cpec',
    panel: 'cpec',
    label: 'CPEC',
    description: 'China–Pakistan Economic Corridor roads to Gwadar and the Khunjerab Pass',
    swatch: { kind: 'line', colour: CORRIDOR_COLOURS.cpec ?? '#000' },
  },
  {
    id: 'chabahar',
    panel: 'chabahar',
    label: 'Chabahar route',
    description: "Iran's Chabahar port to Zaranj and Delaram in Afghanistan, bypassing Pakistan",
    swatch: { kind: 'line', colour: CORRIDOR_COLOURS.chabahar ?? '#000' },
  },
  {
    id: 'afghan-transit',
    panel: 'afghan-transit',
    label: 'Afghan transit routes',
    description: 'Karachi to Afghanistan through Torkham, Chaman and Ghulam Khan',
    swatch: { kind: 'line', colour: CORRIDOR_COLOURS['afghan-transit'] ?? '#000' },
  },
  {
    id: 'iran-link',
    panel: 'iran-link',
    label: 'Quetta–Taftan (Iran)',
    description: 'The N-40 road from Quetta to the Iranian border at Taftan',
    swatch: { kind: 'line', colour: CORRIDOR_COLOURS['iran-link'] ?? '#000' },
  },
  {
    id: 'incidents',
    label: 'Notable incidents 2022–2024',
    description: 'A sample of the deadliest and most-reported incidents, sized by deaths: not all attacks',
    swatch: { kind: 'dot', colour: '#6a1b9a' },
  },
  {
    id: 'places',
    label: 'Ports and crossings',
    description: 'Seaports and border crossings',
    swatch: { kind: 'dot', colour: '#0b3d66' },
  },
];
