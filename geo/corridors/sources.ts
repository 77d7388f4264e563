/** The "Corridor exposure and distance to the border" section of data/SOURCES.md, written from what the build measured. */
import type { BorderTally, Tally } from './summary.ts';
import type { CorridorLineProperties } from './types.ts';

export interface CorridorSourcesFacts {
  exposure: {
    maxKm: number;
    maxWherePrec: number;
    maxStepKm: number;
    tableKm: number;
    borderKm: readonly number[];
    years: { from: number; to: number };
  };
  lines: CorridorLineProperties[];
  corridorTotals: { id: string; line: CorridorLineProperties; militant: Tally; all: Tally }[];
  border: { militant: BorderTally; all: BorderTally };
  sizes: { file: string; bytes: number; gzipBytes: number }[];
  excluded: number;
  eventCount: number;
}

/** Shorter than this inside Pakistan, a route is only its crossing point. */
const STUB_KM = 5;

const fmt = (value: number, digits = 0): string =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)} %`;

function borderRow(label: string, tally: BorderTally): string {
  const cells = tally.within.map(
    (w) => `${percent(w.events, tally.located.events)} | ${percent(w.deaths, tally.located.deaths)}`,
  );
  return `| ${label} | ${fmt(tally.located.events)} | ${fmt(tally.located.deaths)} | ${cells.join(' | ')} | ${fmt(tally.unlocated.events)} |`;
}

export function corridorsSourcesSection(facts: CorridorSourcesFacts): string {
  const { exposure: x, years } = { exposure: facts.exposure, years: facts.exposure.years };
  const period = `${years.from}–${years.to}`;
  const lineRows = facts.lines
    .map(
      (l) =>
        `| ${l.id} | ${l.kind} | ${fmt(l.lengthKm, 1)} | ${fmt(l.lengthKmInPakistan, 1)} | ${fmt(l.schematicKmInPakistan, 1)} |`,
    )
    .join('\n');
  const totals = facts.corridorTotals
    .map(
      (t) =>
        `| ${t.id} | ${fmt(t.line.lengthKmInPakistan, 1)} | ${percent(t.line.schematicKmInPakistan, t.line.lengthKmInPakistan)} | ${fmt(t.militant.events)} | ${fmt(t.militant.deaths)} | ${fmt(t.all.events)} | ${fmt(t.all.deaths)} |`,
    )
    .join('\n');
  const borderHead = x.borderKm.map((km) => `events ≤ ${km} km | deaths ≤ ${km} km`).join(' | ');
  const borderRule = x.borderKm.map(() => '---|---').join('|');
  const sizes = facts.sizes
    .map((s) => `| ${s.file} | ${fmt(s.bytes / 1024, 1)} | ${fmt(s.gzipBytes / 1024, 1)} |`)
    .join('\n');
  const chabahar = facts.lines.find((l) => l.id === 'chabahar');
  const stubs = facts.lines.filter((l) => l.lengthKmInPakistan > 0 && l.lengthKmInPakistan < STUB_KM);
  return `## Corridor exposure and distance to the border

Written by \`geo/corridors/\` from the outputs of the two stages above; it reads no raw file. Outputs: \`exposure.json\` (distances of every event, loaded on demand) and \`corridor-lines.geojson\` (the lines the distances are measured to, which the app buffers).

### What is measured

- \`exposure.json\` \`durandKm\`: one value per event, in the row order of \`events.json\`: km from the event's point to the full-resolution Durand Line (the OpenStreetMap-derived line above, not the simplified one drawn), to 0.1 km. Distances are haversine from the point to the nearest segment, found through a flatbush index of the line's segments.
- \`exposure.json\` \`corridors\`: for each corridor group (\`cpec\`, \`afghan-transit\`, \`chabahar\`, \`iran-link\`) and each route id, the rows of the events within ${x.maxKm} km of that corridor's lines **inside Pakistan** and their distances: \`rowDeltas\` holds the first row and then the step to each next row (rows ascend; this halves the gzip size), \`km\` the distances to 0.1 km in the same order. A group's distance is the distance to the nearest of its routes. An event near several corridors is listed under each, so totals across corridors must not be added up.
- \`corridor-lines.geojson\`: one MultiLineString per corridor group, then one per route: the segments of \`routes.geojson\` clipped to Pakistan, with extra vertices so that no step is longer than ${x.maxStepKm} km (straight lines in longitude and latitude, great circles and the app's buffers then agree to within metres), rounded to 4 decimals. \`lengthKm\` is the whole route as drawn, \`lengthKmInPakistan\` the part measured to, \`schematicKmInPakistan\` how much of that part is a straight line between waypoints rather than real road geometry. A corridor that never enters Pakistan has an empty geometry.
- Distances to ports and border crossings are not stored: the app computes them from the events' coordinates.

### Only the part inside Pakistan counts

Pakistan here is the union of the seven provinces and territories of \`provinces.geojson\` at full resolution, Azad Jammu and Kashmir and Gilgit-Baltistan included. The events are Pakistan's (UCDP's Pakistan rows), so a road running in Iran or Afghanistan is not where they happened: counting the Pakistani events within ${x.maxKm} km of the road from Zahedan to Zabol, or of Kandahar's ring road, would credit violence in Chagai or Chaman to another country's road. So the Torkham–Kabul road, the N-25 beyond the Chaman gate, the N-40 beyond Taftan, the Karakoram Highway beyond Khunjerab and the Chabahar group are measured only where they run inside Pakistan. A schematic segment between two waypoints that both lie outside Pakistan is left out even where its straight line cuts across Pakistani territory (Zahedan–Zabol cuts a corner of Chagai): the line is known only at its towns, and no road runs there.${
    chabahar !== undefined && chabahar.lengthKmInPakistan === 0
      ? ' The Chabahar group therefore has no part inside Pakistan and no exposure by this measure; the app must say so rather than show zero as calm.'
      : ''
  }${
    stubs.length > 0
      ? ` ${stubs.map((l) => `\`${l.id}\` (${fmt(l.lengthKmInPakistan, 1)} km)`).join(', ')} ${stubs.length === 1 ? 'enters' : 'enter'} Pakistan only for a few hundred metres at ${stubs.length === 1 ? 'its' : 'their'} crossing, so ${stubs.length === 1 ? 'its' : 'their'} figures are those of a circle around that crossing, not of the road.`
      : ''
  }

| corridor or route | kind | length km | in Pakistan km | of which schematic km |
|---|---|---|---|---|
${lineRows}

### Which events count

- UCDP's \`where_prec\` says what a point stands for. Events with \`where_prec\` above ${x.maxWherePrec} (4: a province, 5: a line or a large area, 6: the country) are left out: their coordinates are not where the event happened. They are ${fmt(facts.excluded)} of ${fmt(facts.eventCount)} events; \`durandKm\` is \`null\` for them and they are in no corridor's list. The app states how many events of the current filter have no usable location.
- \`where_prec\` 2 (within about 25 km of the place) and 3 (the district) are kept: at a 50 or 100 km distance the error is small against the distance, but within 10–25 km of a corridor such points may fall on the wrong side. The app can restrict narrow distances to exact places (\`where_prec\` 1) with the store's \`wherePrec\` column.
- Most corridor lines in Pakistan are schematic (see the table): a distance to them is a distance to a straight line between towns, which in the mountains and in Balochistan can be tens of kilometres from the actual road. Treat the corridor figures as "near the corridor between these towns", not "on the road".

### Militant violence near each corridor, ${period}

Events and deaths (UCDP best estimate) within ${x.tableKm} km of each corridor group's lines inside Pakistan, with a usable location. Computed by the build from \`exposure.json\` and \`events.json\`.

| corridor | in Pakistan km | schematic | militant events | militant deaths | all events | all deaths |
|---|---|---|---|---|---|---|
${totals}

### Share of violence near the Durand Line, ${period}

Share of the events (and of their deaths) with a usable location that lie within each distance of the Durand Line; the last column counts the events left out for want of a location.

| category | events | deaths | ${borderHead} | left out |
|---|---|---|${borderRule}|---|
${borderRow('militant', facts.border.militant)}
${borderRow('all categories', facts.border.all)}

### Sizes

| file | KiB | KiB gzip |
|---|---|---|
${sizes}
`;
}
