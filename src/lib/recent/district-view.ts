/**
 * The district view for published years: official district counts, one layer at a time, a layer
 * being one report's one count (terror incidents; civilians killed; police killed ...). Districts
 * the report does not list have no published figure: unknown, never zero.
 */
import { slugify } from '../../../geo/ids';
import type { DistrictFigure } from '../contracts/district-figures';

export type DistrictMeasure = 'incidents' | 'killed' | 'injured';
const MEASURES: DistrictMeasure[] = ['incidents', 'killed', 'injured'];

export interface DistrictLayer {
  key: string;
  org: string;
  series: string;
  period: string;
  periodKind: DistrictFigure['periodKind'];
  periodLabel: string;
  yearAsReported: string;
  measure: DistrictMeasure;
  /** what the numbers count, from the figure's scope: "terror incidents", "police killed" */
  what: string;
  /** rows with a district and a number for the measure, one per district */
  figures: DistrictFigure[];
  /** rows for a region or an ambiguous area: listed, never drawn */
  areas: DistrictFigure[];
  /** provinces the report covers */
  provinces: string[];
}

export function layerKey(f: DistrictFigure, what: string): string {
  return slugify(`${f.org} ${f.yearAsReported} ${f.period} ${what}`).slice(0, 64);
}

/** Every layer with figures in a year, the one with the most districts first (a calendar year before a part). */
export function districtLayers(figures: readonly DistrictFigure[], year: number): DistrictLayer[] {
  const layers = new Map<string, DistrictLayer>();
  for (const f of figures) {
    if (!f.years.includes(year)) continue;
    for (const measure of MEASURES) {
      const what = f.meaning[measure];
      if (what === null || f[measure] === null) continue;
      const key = layerKey(f, what);
      const layer = layers.get(key) ?? {
        key,
        org: f.org,
        series: f.series,
        period: f.period,
        periodKind: f.periodKind,
        periodLabel: f.periodLabel,
        yearAsReported: f.yearAsReported,
        measure,
        what,
        figures: [],
        areas: [],
        provinces: [],
      };
      if (f.district === null) layer.areas.push(f);
      else layer.figures.push(f);
      if (!layer.provinces.includes(f.province)) layer.provinces.push(f.province);
      layers.set(key, layer);
    }
  }
  return [...layers.values()].sort(
    (a, b) =>
      Number(b.periodKind === 'year') - Number(a.periodKind === 'year') ||
      b.figures.length - a.figures.length ||
      MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure),
  );
}

/** The layer asked for by key, else the default; null when the year has no district figures. */
export function chooseDistrictLayer(
  figures: readonly DistrictFigure[],
  year: number,
  wanted: string | null,
): DistrictLayer | null {
  const layers = districtLayers(figures, year);
  return layers.find((l) => l.key === wanted) ?? layers[0] ?? null;
}

/** The value of each district the layer lists; districts it does not list are absent (no published figure). */
export function districtValues(layer: DistrictLayer): Map<string, number> {
  const values = new Map<string, number>();
  for (const f of layer.figures) {
    const value = f[layer.measure];
    if (f.district !== null && value !== null) values.set(f.district, value);
  }
  return values;
}

/** "6 of 34 Balochistan districts" for each province the layer covers. */
export function coverageText(
  layer: DistrictLayer,
  districtsByProvince: ReadonlyMap<string, number>,
  provinceNames: ReadonlyMap<string, string>,
): string {
  return layer.provinces
    .map((iso) => {
      const n = new Set(layer.figures.filter((f) => f.province === iso).map((f) => f.district)).size;
      return `${n} of ${districtsByProvince.get(iso) ?? '?'} ${provinceNames.get(iso) ?? iso} districts`;
    })
    .join('; ');
}

/** How the layer's period reads: "full year 2025", "January–September 2024", "12 months 2022-06-18 to 2023-06-18". */
export function layerPeriod(
  layer: Pick<DistrictLayer, 'periodKind' | 'periodLabel' | 'yearAsReported'>,
): string {
  if (layer.periodKind === 'window') return `12 months, ${layer.periodLabel} (spans two years)`;
  if (layer.periodKind === 'year') return `full year ${layer.yearAsReported}`;
  return `${layer.periodLabel} ${layer.yearAsReported} only`;
}
