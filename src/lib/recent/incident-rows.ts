/**
 * What an incident's popup says, as rows of text: date and how precise it is, the toll with every
 * other figure the sources give, the perpetrator as reported, where the point comes from, and credit.
 */
import type { PopupRow } from '../map/popups';

/** Properties of an incident (a point of data/incidents.geojson or a multi-site row) as the map hands them over. */
export type IncidentLike = Record<string, unknown>;

const DATE_PRECISION: Record<string, string> = {
  day: 'exact day',
  month: 'month only',
  approx: 'approximate date',
};

const LOCATION_PRECISION: Record<string, string> = {
  exact: 'the site itself',
  town: 'the named town (GeoNames point), not the street',
  district: 'district only: the point stands for the district headquarters',
  'multi-site': 'many places at once: not drawn on the map',
};

const text = (value: unknown, fallback: string) =>
  value === null || value === undefined || value === '' ? fallback : String(value);

export function incidentTitle(p: IncidentLike): string {
  return text(p.place, 'Incident');
}

export function incidentRows(p: IncidentLike): PopupRow[] {
  const rows: PopupRow[] = [
    {
      label: 'Date',
      value: `${text(p.date, '?')} (${DATE_PRECISION[String(p.datePrecision)] ?? text(p.datePrecision, 'precision not stated')})`,
    },
    { label: 'Killed', value: text(p.killed, 'no toll reported') },
    { label: 'Injured', value: text(p.injured, 'not reported') },
  ];
  // Conflicting tolls, approximations and other figures, each with its citation, as the compiler noted them.
  if (p.notes) rows.push({ label: 'Other figures and notes', value: String(p.notes) });
  rows.push(
    { label: 'Perpetrator (as reported)', value: text(p.perpetrator, 'not reported') },
    { label: 'Target', value: text(p.target, 'not reported') },
    {
      label: 'Source',
      value: text(p.sourceOutlet, 'report'),
      href: typeof p.sourceUrl === 'string' ? p.sourceUrl : null,
    },
  );
  if (p.via) rows.push({ label: 'Via', value: String(p.via) });
  rows.push({
    label: 'Location',
    value: LOCATION_PRECISION[String(p.locationPrecision)] ?? text(p.locationPrecision, 'not stated'),
  });
  const geocoding = [p.geocoding, p.locationNote].filter((x) => typeof x === 'string' && x !== '').join(' ');
  if (geocoding) rows.push({ label: 'Geocoding', value: geocoding });
  if (p.districtDisagrees === true && p.districtAsReported) {
    rows.push({
      label: 'District as reported',
      value: `${String(p.districtAsReported)} (the point lies in ${text(p.district, '?')})`,
    });
  }
  if (p.credit) rows.push({ label: 'Credit', value: String(p.credit) });
  return rows;
}

export const INCIDENT_NOTE = 'Notable incident: part of a sample of the deadliest, not all attacks.';

/** Points the map draws for a year range; multi-site rows have no point and are never among them. */
export function incidentsInYears<T extends { properties: { year: number } }>(
  features: readonly T[],
  years: readonly [number, number],
): T[] {
  return features.filter((f) => f.properties.year >= years[0] && f.properties.year <= years[1]);
}
