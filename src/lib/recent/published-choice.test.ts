import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationOf, listSeries, provinceValues, type PublishedFigures } from '../data/published';
import { partialYear } from './partial-year';
import { seriesOption, seriesTitle, unitWords } from './labels';
import {
  comparablePresets,
  chooseSeries,
  choicesForRange,
  provincesWithMeasure,
  rankSeries,
  type PublishedMeasure,
} from './published-choice';

const DATA = resolve(import.meta.dirname, '..', '..', '..', 'data');
const published = JSON.parse(readFileSync(join(DATA, 'published-figures.json'), 'utf8')) as PublishedFigures;
const all = listSeries(published.figures);
const MEASURES: PublishedMeasure[] = ['attacks', 'killed'];

describe('published series for 2022 to 2026', () => {
  it.each([2022, 2023, 2024, 2025, 2026])('%i: every series draws exactly its source rows', (year) => {
    const ofYear = all.filter((s) => s.year === year);
    expect(ofYear.length).toBeGreaterThan(0);
    for (const series of ofYear) {
      for (const measure of MEASURES) {
        const { provinces, national } = provinceValues(series, measure);
        for (const [iso, entry] of provinces) {
          const rows = published.figures.filter(
            (f) => seriesOf(f) === series.key && f.iso === iso && f[measure] !== null,
          );
          expect(entry.value, `${series.key} ${iso} ${measure}`).toBe(
            rows.length ? rows.reduce((s, f) => s + (f[measure] ?? 0), 0) : null,
          );
          // the parts are the rows as reported (settled and tribal KP apart), each with its citation
          for (const part of entry.parts) expect(citationOf(part).url).toMatch(/^https?:/);
        }
        const nationalRow = series.figures.find((f) => f.iso === 'PK');
        expect(national?.value ?? null).toBe(nationalRow ? nationalRow[measure] : null);
      }
    }
  });

  it('never mixes two scopes of one report in a series (PICSS March 2025: KP combat deaths, Balochistan attacks)', () => {
    for (const series of all) expect(new Set(series.figures.map((f) => f.scope)).size, series.key).toBe(1);
    const march = all.filter((s) => s.org === 'picss' && s.year === 2025 && s.period === 'Mar');
    expect(march).toHaveLength(2);
  });

  it('defaults to the series with the measure for the most provinces, full years first', () => {
    const table = [2022, 2023, 2024, 2025, 2026].flatMap((year) =>
      MEASURES.map((measure) => {
        const { series, note } = chooseSeries(all, year, measure, null);
        return [
          year,
          measure,
          series?.org,
          series?.period,
          series ? provincesWithMeasure(series, measure) : 0,
          note !== null,
        ];
      }),
    );
    expect(table).toEqual([
      [2022, 'attacks', 'crss', 'full year', 5, false],
      [2022, 'killed', 'crss', 'full year', 5, false],
      [2023, 'attacks', 'picss', 'full year', 3, false],
      [2023, 'killed', 'picss', 'full year', 3, false],
      [2024, 'attacks', 'pips', 'full year', 2, false],
      [2024, 'killed', 'pips', 'full year', 2, false],
      [2025, 'attacks', 'pips', 'full year', 5, false],
      [2025, 'killed', 'pips', 'full year', 6, false],
      [2026, 'attacks', 'picss', 'Jan', 3, true],
      [2026, 'killed', 'picss', 'Feb', 0, true],
    ]);
    for (const year of [2022, 2023, 2024, 2025]) {
      for (const measure of MEASURES) {
        const best = chooseSeries(all, year, measure, null).series!;
        const fullYear = rankSeries(all, year, measure).filter((s) => s.period === 'full year');
        for (const s of fullYear)
          expect(provincesWithMeasure(best, measure)).toBeGreaterThanOrEqual(
            provincesWithMeasure(s, measure),
          );
      }
    }
  });

  it('says why when the best available is not a full year of provinces', () => {
    expect(chooseSeries(all, 2026, 'attacks', null).note).toMatch(/January 2026 only/);
    expect(chooseSeries(all, 2026, 'killed', null).note).toMatch(
      /No published figure for people killed by province in 2026/,
    );
    expect(chooseSeries(all, 2019, 'killed', null)).toMatchObject({ series: null });
    const pips2024 = chooseSeries(all, 2024, 'killed', null).series!;
    expect(chooseSeries(all, 2025, 'killed', pips2024.key).note).toMatch(
      /chosen before has no figures for 2025/,
    );
  });

  it('keeps the series the user picks, by key or organisation', () => {
    const crss = all.find((s) => s.org === 'crss' && s.year === 2025 && s.period === 'full year')!;
    expect(chooseSeries(all, 2025, 'killed', crss.key)).toMatchObject({ series: crss, picked: true });
    expect(chooseSeries(all, 2024, 'killed', 'picss').series?.org).toBe('picss');
  });

  it('gives a range of three years three years, each with its own series', () => {
    const years = choicesForRange(all, [2022, 2024], 'killed', null);
    expect(years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    expect(years.map((y) => y.choice.series?.year)).toEqual([2022, 2023, 2024]);
    expect(choicesForRange(all, [2019, 2023], 'killed', null).map((y) => y.year)).toEqual([2022, 2023]);
  });

  it('names the organisation and what it counts in every label, never UCDP', () => {
    for (const series of all.filter((s) => s.year >= 2022)) {
      for (const measure of MEASURES) {
        for (const text of [
          seriesTitle(series, measure, published.organisations),
          seriesOption(series, published.organisations),
          unitWords(series, measure, published.organisations),
        ]) {
          expect(text).not.toMatch(/UCDP/);
          expect(text.length).toBeGreaterThan(10);
        }
        expect(seriesTitle(series, measure, published.organisations)).toContain(series.scope);
      }
    }
    const monthly = all.find((s) => s.org === 'picss' && s.year === 2025 && s.period === 'Mar')!;
    expect(seriesTitle(monthly, 'killed', published.organisations)).toMatch(
      /^people killed, March 2025 \(PICSS/,
    );
  });

  it('marks 2026 as partial with its months and series', () => {
    expect(partialYear(2026, published.figures, published.organisations)?.text).toBe(
      '2026 is partial: published figures cover PICSS January and February only. Coverage ends in late March 2026.',
    );
    expect(partialYear(2025, published.figures, published.organisations)).toBeNull();
  });
});

describe('change presets', () => {
  it.each(MEASURES)(
    'only pair years where the same organisation gives %s for the same provinces',
    (measure) => {
      const presets = comparablePresets(all, measure);
      expect(presets.length).toBeGreaterThan(0);
      for (const preset of presets) {
        const now = chooseSeries(all, preset.year, measure, preset.org).series!;
        const before = chooseSeries(all, preset.baseline, measure, preset.org).series!;
        expect([now.org, before.org]).toEqual([preset.org, preset.org]);
        const a = provinceValues(now, measure).provinces;
        const b = provinceValues(before, measure).provinces;
        const both = [...a.keys()].filter((iso) => a.get(iso)?.value != null && b.get(iso)?.value != null);
        expect(both.length, preset.label).toBeGreaterThanOrEqual(2);
      }
      expect(presets.map((p) => p.label)).not.toContain('2023 against 2021 (PICSS, published)');
    },
  );
});

function seriesOf(figure: PublishedFigures['figures'][number]): string {
  return all.find((s) => s.figures.includes(figure))?.key ?? '';
}
