/** Every committed file in `data/` meets its contract, and every file there has one. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, isDataFileName, type DataFileName } from '../../src/lib/contracts/manifest.ts';
import { checkDataFile } from '../../src/lib/contracts/check.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');

describe('data/ and its contracts', () => {
  it('has a contract for every data file, and a file for every contract', () => {
    const files = readdirSync(DATA).filter((name) => name !== 'SOURCES.md');
    expect(files.filter((name) => !isDataFileName(name))).toEqual([]);
    expect(Object.keys(DATA_FILES).filter((name) => !files.includes(name))).toEqual([]);
  });

  for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
    it(`${name} meets its contract`, async () => {
      const json: unknown = JSON.parse(readFileSync(resolve(DATA, name), 'utf8'));
      await expect(checkDataFile(name, json)).resolves.toBeTruthy();
    });
  }

  it('names the file, the feature and the field of a value that breaks the contract', async () => {
    const districts = JSON.parse(readFileSync(resolve(DATA, 'districts.geojson'), 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const id = districts.features[3]!.properties.id as string;
    districts.features[3]!.properties.formerFata = 'no';
    await expect(checkDataFile('districts.geojson', districts)).rejects.toThrowError(
      `data/districts.geojson: feature 3 (${id}), field "formerFata"`,
    );
  });

  it('refuses a label point that is not a finite [lon, lat] pair on the globe', async () => {
    const provinces = JSON.parse(readFileSync(resolve(DATA, 'provinces.geojson'), 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const id = provinces.features[1]!.properties.id as string;
    for (const bad of [
      [69],
      [69, 30, 0],
      [190, 30],
      [69, -91],
      [69, null],
      ['69', 30],
      { lon: 69, lat: 30 },
    ]) {
      provinces.features[1]!.properties.labelPoint = bad;
      await expect(checkDataFile('provinces.geojson', provinces), JSON.stringify(bad)).rejects.toThrowError(
        `data/provinces.geojson: feature 1 (${id}), field "labelPoint`,
      );
    }
    provinces.features[1]!.properties.labelPoint = [69, 30];
    await expect(checkDataFile('provinces.geojson', provinces)).resolves.toBeTruthy();
  });

  it('refuses a property the contract does not know, so the app never drops a field silently', async () => {
    const places = JSON.parse(readFileSync(resolve(DATA, 'places.geojson'), 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    places.features[0]!.properties.population = 1000;
    await expect(checkDataFile('places.geojson', places)).rejects.toThrowError(
      /feature 0 .*field "population"/,
    );
  });

  it('checks the columns of the event table against its row count', async () => {
    const events = JSON.parse(readFileSync(resolve(DATA, 'events.json'), 'utf8')) as {
      columns: { lat: number[] };
    };
    events.columns.lat.pop();
    await expect(checkDataFile('events.json', events)).rejects.toThrowError(/data\/events\.json: top level/);
  });
});
