/**
 * Everything the search box can find, built from the first view's data (and the incidents once they
 * are loaded): each entry says which panel to open and which part of the map to frame.
 */
import type { FeatureCollection, Point, Position } from 'geojson';
import type { FirstViewData } from '../data/types';
import { placeLabelText } from '../map/labels/layers';
import { CORRIDORS } from '../overlays/registry';
import type { SearchEntry } from './match';

export type Bounds = [[number, number], [number, number]];

export interface PlaceEntry extends SearchEntry {
  /** the region id the panel opens on, as a click on the map would select it */
  select: string;
  /** what to frame: a box, or a point to zoom in on */
  bounds: Bounds;
}

export interface IncidentProperties {
  id: string;
  date: string;
  place: string;
  district: string | null;
  killed: number | null;
}

/** The names people use besides the official ones, by region id. */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  'PK-KP': ['KP', 'KPK', 'NWFP', 'North-West Frontier Province', 'Pakhtunkhwa'],
  'PK-BA': ['Baluchistan', 'Baloch'],
  'PK-SD': ['Sind'],
  'PK-JK': ['AJK', 'Azad Kashmir'],
  'PK-GB': ['GB', 'Northern Areas'],
  'PK-IS': ['ICT', 'Islamabad'],
  'former-fata': ['FATA', 'Tribal Areas', 'Federally Administered Tribal Areas', 'Tribal agencies'],
  'durand-line': ['Durand', 'Afghanistan–Pakistan border', 'Pak-Afghan border'],
  'dera-ismail-khan': ['DI Khan', 'Dera'],
  'dera-ghazi-khan': ['DG Khan'],
  'rahim-yar-khan': ['RY Khan'],
  'north-waziristan': ['Waziristan', 'N Waziristan'],
  'south-waziristan': ['Waziristan', 'S Waziristan'],
  'killa-abdullah': ['Qila Abdullah'],
  'killa-saifullah': ['Qila Saifullah'],
  abbotabad: ['Abbottabad'],
  'shaheed-benazirabad': ['Nawabshah'],
  'kachhi-bolan': ['Bolan', 'Kachhi'],
  cpec: ['CPEC', 'China Pakistan Economic Corridor'],
  kkh: ['KKH', 'Karakoram Highway'],
  port_qasim: ['Port Qasim', 'Bin Qasim'],
  port_karachi: ['Keamari'],
};

function boxOf(positions: Iterable<Position>): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions as Iterable<[number, number]>) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [
    [w, s],
    [e, n],
  ];
}

function* positionsOf(geometry: { type: string; coordinates: unknown }): Generator<Position> {
  const walk = function* (value: unknown): Generator<Position> {
    if (Array.isArray(value) && typeof value[0] === 'number') yield value as Position;
    else if (Array.isArray(value)) for (const item of value) yield* walk(item);
  };
  yield* walk(geometry.coordinates);
}

const pointBounds = (at: Position): Bounds => [
  [at[0] as number, at[1] as number],
  [at[0] as number, at[1] as number],
];

function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function placeEntries(data: FirstViewData): PlaceEntry[] {
  const provinceName = new Map(data.provinces.features.map((f) => [f.properties.id, f.properties.name]));
  const aliases = (id: string) => ALIASES[id] ?? [];
  const entries: PlaceEntry[] = [];
  for (const f of data.provinces.features) {
    const { id, name } = f.properties;
    entries.push({
      key: id,
      kind: 'province',
      name,
      detail: 'Province or territory',
      aliases: aliases(id),
      select: id,
      bounds: boxOf(positionsOf(f.geometry)),
    });
  }
  for (const f of data.districts.features) {
    const { id, name, province, formerFata } = f.properties;
    entries.push({
      key: id,
      kind: 'district',
      name,
      detail: `District, ${provinceName.get(province) ?? province}${formerFata ? ' (former FATA)' : ''}`,
      aliases: aliases(id),
      select: id,
      bounds: boxOf(positionsOf(f.geometry)),
    });
  }
  const fata = data.formerFata.features.filter((f) => f.properties.kind === 'agency');
  if (fata.length > 0) {
    entries.push({
      key: 'former-fata',
      kind: 'border',
      name: 'Former FATA',
      detail: 'Federally Administered Tribal Areas, merged into Khyber Pakhtunkhwa in 2018',
      aliases: aliases('former-fata'),
      select: 'former-fata',
      bounds: boxOf(fata.flatMap((f) => [...positionsOf(f.geometry)])),
    });
  }
  const durand = data.durandLine.features[0];
  if (durand) {
    entries.push({
      key: 'durand-line',
      kind: 'border',
      name: 'Durand Line',
      detail: 'De facto border with Afghanistan, not recognised by Afghanistan',
      aliases: aliases('durand-line'),
      select: 'durand-line',
      bounds: boxOf(positionsOf(durand.geometry)),
    });
  }
  for (const f of data.places.features) {
    const p = f.properties;
    entries.push({
      key: p.id,
      kind: 'place',
      name: placeLabelText(p),
      detail: `${p.kind.replace('-', ' ')}, ${p.country}`,
      aliases: [p.name, ...aliases(p.id)],
      select: p.id,
      bounds: pointBounds(f.geometry.coordinates),
    });
  }
  const routes = new Map<string, { name: string; corridor: string; positions: Position[] }>();
  for (const f of data.routes.features) {
    const s = f.properties;
    const route = routes.get(s.route) ?? { name: s.name, corridor: s.corridor, positions: [] };
    route.positions.push(...positionsOf(f.geometry));
    routes.set(s.route, route);
  }
  const corridorName = new Map(CORRIDORS.map((c) => [c.id as string, c.name]));
  for (const [id, name] of corridorName) {
    const members = [...routes.values()].filter((r) => r.corridor === id);
    if (members.length === 0) continue;
    entries.push({
      key: id,
      kind: 'corridor',
      name,
      detail: `Corridor, ${members.length} route${members.length === 1 ? '' : 's'}`,
      aliases: aliases(id),
      select: id,
      bounds: boxOf(members.flatMap((r) => r.positions)),
    });
  }
  for (const [id, route] of routes) {
    entries.push({
      key: id,
      kind: 'route',
      name: route.name,
      detail: `Route, ${corridorName.get(route.corridor) ?? route.corridor}`,
      aliases: aliases(id),
      select: id,
      bounds: boxOf(route.positions),
    });
  }
  return entries;
}

/** Incidents open the panel of their district and frame the incident's own point. */
export function incidentEntries(
  incidents: FeatureCollection<Point, IncidentProperties>,
  districtNames: ReadonlyMap<string, string>,
): PlaceEntry[] {
  return incidents.features
    .filter((f) => f.properties.district && districtNames.has(f.properties.district))
    .map((f) => {
      const p = f.properties;
      const killed = p.killed === null ? '' : `, ${p.killed} killed`;
      return {
        key: `incident:${p.id}`,
        kind: 'incident' as const,
        name: p.place,
        detail: `Incident, ${formatDate(p.date)}${killed} (${districtNames.get(p.district as string)})`,
        aliases: [],
        select: p.district as string,
        bounds: pointBounds(f.geometry.coordinates),
      };
    });
}
