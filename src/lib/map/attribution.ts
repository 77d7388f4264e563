/** The attribution the map shows: every source whose data is drawn. */
export const ATTRIBUTION = [
  'Boundaries © OpenStreetMap contributors (ODbL)',
  'Natural Earth (public domain)',
  'Places: GeoNames (CC BY 4.0), Wikipedia',
  'Roads: AidData GCDF 2.0 (ODC-By) from OpenStreetMap',
  'Events: UCDP GED 22.1 (CC BY 4.0)',
  'Population: Pakistan Bureau of Statistics, Census 2023',
];
