/** The top of data/SOURCES.md; each stage appends its own section. */
export function sourcesHeader(): string {
  return `# Data sources

Everything in \`data/\` is written by the pipeline in \`geo/\` (\`npm run data -- --raw <dir> --sources <dir>\`) from public raw inputs that are not committed. Each section below lists a stage's outputs, their inputs, licences, every transformation and the checks the build enforces. Do not edit \`data/\` by hand: change the pipeline and rebuild.

Attribution line shown on the map: Boundaries © OpenStreetMap contributors (ODbL); Natural Earth (public domain); places: GeoNames (CC BY 4.0), Wikipedia; roads: AidData GCDF 2.0 (ODC-By) from OpenStreetMap (ODbL); events: UCDP GED 22.1 (CC BY 4.0); census: Pakistan Bureau of Statistics 2023.

The derived boundary and road data are offered under the ODbL 1.0, as the OpenStreetMap licence requires; the app code is under the MIT licence.

The names on the map are drawn in Noto Sans (the Noto Project Authors, SIL Open Font License 1.1), turned into MapLibre glyph files by \`npm run glyphs\` (\`geo/glyphs/build.ts\`, fontnik) and committed under \`public/glyphs/\` with the licence and a note of how they were made. They are not data and pass through none of the stages below.`;
}
