/** The datasets behind the map, with their licences, for the Sources view (details in data/SOURCES.md). */
export interface Dataset {
  name: string;
  what: string;
  licence: string;
  credit: string;
}

export const DATASETS: Dataset[] = [
  {
    name: 'OpenStreetMap, 2023 census district set',
    what: 'District, province, Durand Line and Line of Control geometry (via AbuBakrCh/pakistan-map)',
    licence: 'ODbL 1.0',
    credit: '© OpenStreetMap contributors',
  },
  {
    name: 'Natural Earth',
    what: 'Neighbouring countries and provinces, the outline of FATA with its Frontier Regions',
    licence: 'Public domain',
    credit: 'Natural Earth',
  },
  {
    name: 'GeoNames and Wikipedia coordinates',
    what: 'Ports, border crossings and towns',
    licence: 'CC BY 4.0 (GeoNames); facts (Wikipedia)',
    credit: 'GeoNames',
  },
  {
    name: 'AidData Global Chinese Development Finance 2.0',
    what: 'Real road geometry for the N-10, most of the Karakoram Highway and the N-50',
    licence: 'ODC-By 1.0; OpenStreetMap data under ODbL 1.0',
    credit: 'AidData at William & Mary; © OpenStreetMap contributors',
  },
  {
    name: 'UCDP Georeferenced Event Dataset 22.1',
    what: 'Organised-violence events with at least one death, 1989–2021',
    licence: 'CC BY 4.0',
    credit: 'Sundberg & Melander (2013), JPR 50(4); Davies, Pettersson & Öberg (2022), JPR 59(4)',
  },
  {
    name: 'Published annual figures',
    what: 'PIPS, PICSS, CRSS, GTI, government, police and army figures for 2015 and 2020 to early 2026 by province, and official district counts for 2022–2025, each with its citation',
    licence: 'Facts, cited row by row',
    credit: 'Each organisation, through the outlet cited with the figure',
  },
  {
    name: 'Notable incidents 2022–March 2026',
    what: 'A hand-compiled sample of the deadliest and most-reported incidents, each citing a news report',
    licence: 'Facts; coordinates GeoNames CC BY 4.0; Wikipedia CC BY-SA 4.0 where used',
    credit: 'The outlet cited with each incident',
  },
  {
    name: 'Border and corridor events 2025–26',
    what: 'Closures and reopenings of the five trade crossings with Afghanistan, clashes, air strikes, ceasefires, attacks on corridor sites and policy steps, January 2025 – March 2026, each citing a report; PICSS monthly figures for the same months',
    licence: 'Facts, cited row by row; coordinates GeoNames CC BY 4.0',
    credit: 'The outlet cited with each event',
  },
  {
    name: 'Pakistan Bureau of Statistics, 2023 Population and Housing Census',
    what: 'District population and published area (not for Azad Jammu & Kashmir and Gilgit-Baltistan)',
    licence: 'Public figures',
    credit: 'Pakistan Bureau of Statistics',
  },
];
