/** The `## Violence data` section of data/SOURCES.md, written from what the stage actually did. */
import { ACTORS, CATEGORIES, DYAD_GROUPS } from './classification.ts';
import type { PlacedEvent } from './events.ts';
import type { Incidents } from './incidents.ts';
import { DISTRICT_ALIASES } from './incidents.ts';
import type { PublishedFigures } from './figures.ts';
import { DISTRICT_SCOPES, type DistrictFigures, type DistrictRef } from './district-figures.ts';
import { SNAP_KM } from './assign.ts';
import { UCDP_GED_SOURCE } from './events.ts';

export interface ViolenceSourcesInput {
  gedFile: string;
  figuresFiles: string[];
  districtFiguresFile: string;
  incidentsFiles: string[];
  droppedHxlRow: boolean;
  placed: readonly PlacedEvent[];
  /** country (ISO3, Natural Earth 1:10m) of each snapped or outside event's point, by UCDP id */
  countryOf: ReadonlyMap<number, string | null>;
  figures: PublishedFigures;
  districtFigures: DistrictFigures;
  incidents: Incidents;
  districts: readonly DistrictRef[];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function classificationSection(placed: readonly PlacedEvent[]): string {
  const militant = placed.filter((p) => p.event.classification.category === 'militant').length;
  const stateVersusMqm = placed.filter((p) => p.event.dyad === 'Government of Pakistan - MQM').length;
  const counts = new Map<string, number>();
  for (const { event } of placed) {
    const key = `${event.typeOfViolence}|${event.dyad}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const typeName = { 1: 'state-based', 2: 'non-state', 3: 'one-sided' } as const;
  const rows: (string | number)[][] = [];
  DYAD_GROUPS.forEach((group, g) => {
    for (const [type, dyad] of group.dyads) {
      rows.push([
        dyad,
        typeName[type],
        group.category,
        group.actor,
        counts.get(`${type}|${dyad}`) ?? 0,
        g + 1,
      ]);
    }
  });
  const reasons = DYAD_GROUPS.map(
    (group, g) => `${g + 1}. ${group.category} / ${group.actor}: ${group.reason}`,
  ).join('\n');
  const byCategory = CATEGORIES.map((c) => {
    const n = placed.filter((p) => p.event.classification.category === c.id).length;
    return [c.id, c.label, c.description, n];
  });
  const byActor = ACTORS.map((a) => {
    const n = placed.filter((p) => p.event.classification.actor === a.id).length;
    const militant = placed.filter(
      (p) => p.event.classification.actor === a.id && p.event.classification.category === 'militant',
    ).length;
    return [a.id, a.label, a.description, n, militant];
  });
  return [
    '### Classification',
    "GED records organised violence, not terrorist attacks. Every dyad (UCDP `type_of_violence` and `dyad_name`) is classified by hand in `geo/attacks/classification.ts`; a dyad missing from that table (for example from a newer release) stops the build with the file, row and field. UCDP's `adm_1`/`adm_2` labels play no part.",
    table(['Category', 'Label', 'What it counts', 'Events'], byCategory),
    table(['Actor', 'Label', 'Who', 'Events', 'of which militant'], byActor),
    table(['Dyad', 'Type', 'Category', 'Actor', 'Events', 'Reason'], rows),
    `Reasons:\n\n${reasons}`,
    `Militant violence: ${militant} events. The input's own notes put it at "about 5,270"; counting the state against the MQM (${stateVersusMqm} events, a political party's armed wing in Karachi, mostly in the 1990s) as militant would give ${militant + stateVersusMqm}. It is counted here as party violence.`,
    'No separate "sectarian" category: GED codes the group, not the motive (TTP attacks on Shia are coded as TTP), so a sectarian category built from dyads would show only Lashkar-e-Jhangvi, Jaish-ul-Islam and Jondullah and undercount badly. The Kurram tribal feuds (partly Shia–Sunni) are under communal.',
  ].join('\n\n');
}

function assignmentSection(input: ViolenceSourcesInput): string {
  const precisions = [...new Set(input.placed.map((p) => p.event.wherePrec))].sort((a, b) => a - b);
  const rows = precisions.map((wp) => {
    const these = input.placed.filter((p) => p.event.wherePrec === wp);
    const district = these.filter((p) => p.placement.district !== null).length;
    const provinceOnly = these.filter(
      (p) => p.placement.district === null && p.placement.province !== null,
    ).length;
    const nationalOnly = these.filter((p) => p.placement.province === null && !p.placement.outside).length;
    const snapped = these.filter((p) => p.placement.snappedKm !== null).length;
    const outside = these.filter((p) => p.placement.outside).length;
    return [wp, these.length, district, provinceOnly, nationalOnly, snapped, outside];
  });
  const moved = input.placed.filter((p) => p.placement.snappedKm !== null || p.placement.outside);
  const coarseTolls = input.placed.filter((p) => p.event.wherePrec >= 5).map((p) => p.event.best);
  const maxCoarseToll = coarseTolls.length > 0 ? Math.max(...coarseTolls) : 0;
  const movedRows = moved
    .sort((a, b) => a.event.id - b.event.id)
    .map((p) => [
      p.event.id,
      p.event.wherePrec,
      p.event.where.slice(0, 70),
      p.placement.outside
        ? `outside (nearest district ${p.placement.nearestKm ?? '?'} km)`
        : `${p.placement.district ?? p.placement.province}`,
      p.placement.snappedKm ?? '',
      input.countryOf.get(p.event.id) ?? 'none',
    ]);
  return [
    '### Assignment to districts and provinces',
    `Each event's coordinates are looked up in the 2023 district polygons (a flatbush index over their bounding boxes, then turf \`booleanPointInPolygon\` on the candidates). \`where_prec\` 1-3 (exact place, within 25 km, district) give a district and its province; 4 (province) only the province of the point's polygon; 5 and above (line, large area, country; the largest toll in such a row is ${maxCoarseToll.toLocaleString('en-GB')}) neither, so those events count only in the national series and never on a map. Points outside every polygon are snapped to the nearest district within ${SNAP_KM} km (distance kept as \`snappedKm\` in \`event-details.json\` and listed below); points farther out would be left unassigned and listed, never forced into Pakistan.`,
    table(
      [
        'where_prec',
        'Events',
        'District',
        'Province only',
        'National only',
        'Snapped (within the district count)',
        'Outside',
      ],
      rows,
    ),
    moved.length > 0
      ? `Snapped or unassigned events (country per Natural Earth 1:10m, coarser than the OSM districts):\n\n${table(['UCDP id', 'where_prec', 'Where (UCDP)', 'Assigned to', 'Snapped km', 'Point in country'], movedRows)}`
      : 'No event lay outside the district polygons.',
  ].join('\n\n');
}

function tally<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}: ${n}`).join(', ');
}

function figuresSection(figures: PublishedFigures, files: string[]): string {
  const counts = new Map<string, number>();
  for (const f of figures.figures) counts.set(f.org, (counts.get(f.org) ?? 0) + 1);
  const rows = figures.organisations.map((o) => [o.id, o.name, o.counts, o.caveat, counts.get(o.id) ?? 0]);
  const moreThan = figures.figures.filter((f) => f.moreThan.length > 0).map((f) => f.id);
  const combined = figures.figures
    .filter((f) => f.iso === null)
    .map((f) => `${f.id} (${f.provinces.join(' + ')})`);
  return [
    '### Published figures',
    `Inputs: ${files.map((f) => `\`${f}\` (${figures.figures.filter((x) => x.source.file === f.split('/').pop()).length} rows)`).join(', ')}, same columns. \`published-figures.json\` holds ${figures.figures.length} figures (every input row, \`source\` naming its file and row), each with its citation (URL, outlet, date) exactly as recorded in the input; the build fails on a figure without a citation URL or outlet, a number that does not parse or an unknown ISO code. Ids are \`slugify(org year iso period)\`, suffixed -2, -3 on collision in file order. Provinces are joined on current ISO 3166-2 codes (pre-2018 FATA figures are attached to PK-KP with the reported name kept). Each organisation counts something different, so the app shows one organisation per view; none of these counts is comparable with GED (which has no non-fatal attacks), and they never share a colour scale.`,
    table(['Organisation', 'Name', 'Counts', 'Caveat', 'Figures'], rows),
    moreThan.length > 0
      ? `Published as "more than N" (value N, listed in \`moreThan\`): ${moreThan.join(', ')}.`
      : '',
    combined.length > 0
      ? `Figures for several provinces together (\`iso\` null, \`provinces\` listed; never drawn on one province): ${combined.join('; ')}.`
      : '',
    `Periods (\`periodKind\`, classified in \`geo/attacks/periods.ts\`; an unknown form stops the build): ${tally(figures.figures, (f) => f.periodKind)}. Only \`year\` figures are yearly values; a month, quarter, half or part of a year keeps its period (\`periodLabel\`, \`months\`) and the app names it wherever it shows it, never as a year.`,
    `Khyber Pakhtunkhwa parts (\`kpPart\`): sources report the tribal districts (ex-FATA, merged into KP in 2018) apart from the settled districts. ${tally(
      figures.figures.filter((f) => f.kpPart !== null),
      (f) => f.kpPart ?? '',
    )}. Where a report gives the tribal districts apart, its plain "KP" row is the settled part: ${
      figures.figures
        .filter((f) => f.kpPart === 'settled' && !/settled|mainland/i.test(f.provinceAsReported))
        .map((f) => `${f.id} ("${f.provinceAsReported}")`)
        .join(', ') || 'none'
    }. The map shows the sum of the parts of one report; panels show each part as reported.`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function districtFiguresSection(input: ViolenceSourcesInput): string {
  const { figures } = input.districtFigures;
  const byProvince = (iso: string) => input.districts.filter((d) => d.province === iso).length;
  const groups = new Map<string, { districts: Set<string>; province: string; n: number }>();
  for (const f of figures) {
    const key = `${f.org} | ${f.series} | ${f.yearAsReported} ${f.periodLabel} | ${f.scope}`;
    const group = groups.get(key) ?? { districts: new Set<string>(), province: f.province, n: 0 };
    group.n += 1;
    if (f.district) group.districts.add(f.district);
    groups.set(key, group);
  }
  const rows = [...groups].map(([key, g]) => [
    key,
    g.n,
    `${g.districts.size} of ${byProvince(g.province)} ${g.province} districts`,
  ]);
  const scopes = Object.entries(DISTRICT_SCOPES).map(([scope, m]) => [
    scope,
    m.incidents ?? '',
    m.killed ?? '',
    m.injured ?? '',
  ]);
  const areas = figures.filter((f) => f.district === null).map((f) => `${f.id} ("${f.areaAsReported}")`);
  return [
    '### Published figures by district',
    `Input: \`${input.districtFiguresFile}\`. \`district-figures.json\` holds all ${figures.length} rows: official district counts from the KP Counter Terrorism Department and police and the Balochistan government, each with its citation, its period (\`periodKind\`; the KP police 12 months to 18 June 2023 span two calendar years and list both in \`years\`) and the input row. District names are joined on the 2023 set (slug, or the aliases below); an unknown name, a district in another province, an unknown scope or a count the scope does not explain stops the build. Rows that name a region or an ambiguous area instead of a district keep \`district\` null and the area as reported, and are listed with the province, never drawn: ${areas.join(', ') || 'none'}.`,
    'What each count means, by `metric_scope` (rows of different scopes are never summed or drawn on one scale; a district without a row is unknown, never zero):',
    table(['metric_scope', 'incidents', 'killed', 'injured'], scopes),
    table(['Organisation | series | period | scope', 'Rows', 'Coverage'], rows),
  ].join('\n\n');
}

function incidentsSection(all: Incidents, files: string[]): string {
  const incidents = all.points;
  const features = incidents.features.map((f) => f.properties);
  const byYear = new Map<number, number>();
  for (const p of features) byYear.set(p.year, (byYear.get(p.year) ?? 0) + 1);
  const byPrecision = new Map<string, number>();
  for (const p of features)
    byPrecision.set(p.locationPrecision, (byPrecision.get(p.locationPrecision) ?? 0) + 1);
  const moved = features.filter((p) => p.pointMoved);
  const disagree = features.filter((p) => p.districtDisagrees);
  const wikiOnly = features.filter((p) => /wiki/i.test(p.sourceOutlet)).length;
  const aliases = Object.entries(DISTRICT_ALIASES).map(([name, a]) => `"${name}" = ${a.id} (${a.reason})`);
  const multi = all.multiSite.incidents;
  const fromFile = files.map((f) => {
    const name = f.split('/').pop() ?? f;
    const points = features.filter((p) => p.source.file === name).length;
    const listed = multi.filter((m) => m.source.file === name).length;
    return `\`${f}\` (${points} points${listed ? `, ${listed} multi-site` : ''})`;
  });
  const sharedPoints = new Map<string, number>();
  for (const f of incidents.features) {
    const key = f.geometry.coordinates.join(',');
    sharedPoints.set(key, (sharedPoints.get(key) ?? 0) + 1);
  }
  const shared = [...sharedPoints.values()].filter((n) => n > 1);
  return [
    '### Notable incidents 2022-March 2026',
    `Inputs: ${fromFile.join(', ')}, same columns. Every row is either a point in \`incidents.geojson\` or, with \`location_precision\` multi-site (coordinated attacks over many places), an entry of \`multi-site-incidents.json\` with no geometry and no district: ${multi.map((m) => `${m.id} (${m.date}, ${m.province})`).join(', ') || 'none'}. A multi-site row with coordinates or a district stops the build. The app lists these in the province and national panels and never draws them. A death toll left empty in the input (no deaths reported) stays null, never 0. The licence cell of each row is kept as its credit line (\`credit\`). ${shared.reduce((a, b) => a + b, 0)} of the ${features.length} points share their coordinates with another incident (${shared.length} shared points: a town's GeoNames point or a district headquarters); the map clusters them so none hides another.`,
    `\`incidents.geojson\`: ${features.length} incidents (${[...byYear].map(([y, n]) => `${y}: ${n}`).join(', ')}), compiled by hand from news reports (Dawn, The News, Business Recorder, The Nation, Geo, ARY and others; ${wikiOnly} rows cite only a Wikipedia page or mirror, lower confidence) and Wikipedia infoboxes (credited per row in \`via\`, CC BY-SA 4.0). Coordinates are GeoNames (CC BY 4.0) points of the named town (${byPrecision.get('town') ?? 0}), the district headquarters (${byPrecision.get('district') ?? 0}) or the site (${byPrecision.get('exact') ?? 0}); \`locationPrecision\` keeps which. It is a sample of the deadliest and most-reported incidents, thin on small attacks: the collection says so in its \`sample\` property and it is never used for rates or shares. The gaps its compiler listed for 2022-2024 are filled by the gap-fill file (ids PKI-20xx-101...), except the 2024 "Turbat bus blast", which is the attack of 4 January 2025 (PKI-2025-001); the gap-fill row for Kurram, 12 October 2024, rests on a later passing mention (low confidence, said in its notes).`,
    `Districts are assigned by the point's polygon. Reported district names that name a 2023 district differently: ${aliases.join('; ')}. District-precision points lying outside the district they name were replaced by a point inside it (turf \`pointOnFeature\`), precision flag kept, \`pointMoved\` and \`locationNote\` set: ${moved.map((p) => `${p.id} (${p.districtAsReported})`).join(', ') || 'none'}. Town or exact points whose polygon differs from the reported district keep the polygon's district, with \`districtAsReported\` and \`districtDisagrees\`: ${disagree.map((p) => `${p.id} (reported ${p.districtAsReported}, point in ${p.district})`).join(', ') || 'none'}.`,
  ].join('\n\n');
}

/** How the best estimate splits by whose deaths, in UCDP's own four columns, with the totals per column. */
function deathSplitText(placed: readonly PlacedEvent[]): string {
  const total = (pick: (e: PlacedEvent['event']) => number) =>
    placed.reduce((sum, p) => sum + pick(p.event), 0).toLocaleString('en-GB');
  const oneSided = placed.filter((p) => p.event.typeOfViolence === 3);
  const oneSidedSideDeaths = oneSided.reduce((sum, p) => sum + p.event.deathsA + p.event.deathsB, 0);
  const sideANotPakistan = placed.filter(
    (p) => p.event.typeOfViolence === 1 && p.event.sideA !== 'Government of Pakistan',
  ).length;
  return `\`best\` is split as UCDP publishes it: \`deaths_a\` (side A's dead; in state-based violence side A is a government), \`deaths_b\` (side B's: the armed group a government fights, or in a conflict between two states the other state), \`deaths_civilians\` and \`deaths_unknown\` (people whose status the sources leave unclear), kept as \`deathsA\`, \`deathsB\`, \`deathsCivilians\`, \`deathsUnknown\` in \`events.json\`. The build stops on any row where the four do not add up to \`best\`; in this file they do on every row (totals: side A ${total((e) => e.deathsA)}, side B ${total((e) => e.deathsB)}, civilians ${total((e) => e.deathsCivilians)}, unknown ${total((e) => e.deathsUnknown)}; best ${total((e) => e.best)}). Side A is not always Pakistan's state: ${sideANotPakistan} state-based events have another government as side A (India on the Line of Control, where Pakistan's forces are side B; the United States; Afghanistan; Iran; Iraq; China), and in non-state violence (\`type_of_violence\` 2) both sides are armed groups. In one-sided violence (type 3) side A is the group attacking civilians and side B is "Civilians"; the victims are in \`deaths_civilians\` or \`deaths_unknown\` (side A and B deaths in those ${oneSided.length} rows: ${oneSidedSideDeaths}). UCDP gives no split of \`low\` or \`high\`, so the app offers them for all deaths only.`;
}

export function violenceSources(input: ViolenceSourcesInput): string {
  const inconsistent = input.placed.filter(
    ({ event }) => !(event.low <= event.best && event.best <= event.high),
  ).length;
  const years = input.placed.map((p) => p.event.year);
  return [
    '## Violence data',
    `Outputs: \`events.json\` (columnar events), \`event-details.json\` (per-event sources, loaded on demand), \`published-figures.json\`, \`district-figures.json\`, \`incidents.geojson\`, \`multi-site-incidents.json\`. Coverage ends in late March 2026: nothing later could be sourced.`,
    '### UCDP GED events',
    `Input: \`${input.gedFile}\`, ${UCDP_GED_SOURCE.name} ${UCDP_GED_SOURCE.version}, the rows for Pakistan, ${Math.min(...years)}-${Math.max(...years)} (dense from 2007; the extract ends on 31 December 2021), from the OCHA HDX per-country extract. ${input.placed.length} events. Licence: ${UCDP_GED_SOURCE.licence} (HDX lists the extract as CC BY-IGO). Cite: ${UCDP_GED_SOURCE.citation}`,
    `Columns are read by header name, so a newer GED release with the same columns reads unchanged (after its new dyads are classified). ${input.droppedHxlRow ? 'Dropped: the HXL tag row (row 2). ' : ''}No event is dropped. Deaths are UCDP's best estimate (\`best\`) with \`low\`/\`high\` kept as published (${inconsistent} rows have them out of order). ${deathSplitText(input.placed)} Coordinates rounded to 4 decimals. GED counts only events with at least one death, so it is not comparable with the attack counts below.`,
    classificationSection(input.placed),
    assignmentSection(input),
    figuresSection(input.figures, input.figuresFiles),
    districtFiguresSection(input),
    incidentsSection(input.incidents, input.incidentsFiles),
  ].join('\n\n');
}
