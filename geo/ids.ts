/**
 * Stable identifiers shared by the pipeline, the app and the cited context.
 * District ids are slugs of the 2023-census district name; provinces use ISO 3166-2.
 */

/** "Dera Ismail Khan" -> "dera-ismail-khan"; "Kachhi (Bolan)" -> "kachhi-bolan". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** ISO 3166-2 codes of Pakistan's current provinces and territories, by the names the raw files use. */
export const PROVINCE_ISO: Readonly<Record<string, string>> = {
  Balochistan: 'PK-BA',
  'Khyber Pakhtunkhwa': 'PK-KP',
  Punjab: 'PK-PB',
  Sindh: 'PK-SD',
  'Islamabad Capital Territory': 'PK-IS',
  'Azad Jammu & Kashmir': 'PK-JK',
  'Azad Jammu and Kashmir': 'PK-JK',
  'Gilgit-Baltistan': 'PK-GB',
};

/** Ids of regions that are not districts or provinces. */
export const REGION_IDS = {
  pakistan: 'PK',
  formerFata: 'former-fata',
  durandLine: 'durand-line',
  lineOfControl: 'line-of-control',
} as const;

/**
 * Numbers the repeats of an id: the first use of a base keeps it, later ones become `base-2`,
 * `base-3` ... so rows that slug alike still get ids of their own.
 */
export function idNumberer(): (base: string) => string {
  const uses = new Map<string, number>();
  return (base) => {
    const count = (uses.get(base) ?? 0) + 1;
    uses.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
