/**
 * Where the articles' figures differ from each other or from the published series, both sides are
 * kept and linked, with what may explain the gap. Published figures are named by their row ids in
 * the published-figures table (slug of organisation, year, ISO code and period).
 */
import type { ArticleFigure, Disagreement } from './types.ts';

export const disagreements: readonly Disagreement[] = [
  {
    id: 'attacks-2023-jan-nov',
    topic: 'attacks',
    what: 'Militant attacks in Pakistan from January to November 2023, and their rise on the same months of 2022',
    items: [
      { claimId: 'q-664-attacks-2023' },
      { publishedFigureId: 'picss-2023-pk-jan-nov' },
      { publishedFigureId: 'picss-2023-pk-full-year' },
    ],
    note: 'Qonversations gives 664 attacks (+67%); PICSS counted 599 (+81%) for the same eleven months and 645 for the whole year, both below 664. The article names no source or definition. A higher count with a smaller rise implies a larger 2022 base: about 398 attacks against about 331 for PICSS, so the article likely relies on a broader series.',
  },
  {
    id: 'deaths-2024',
    topic: 'attacks',
    what: 'People killed in militant violence in Pakistan in 2024',
    items: [
      { claimId: 'b-2024-losses' },
      { publishedFigureId: 'crss-2024-pk-full-year' },
      { publishedFigureId: 'pips-2024-pk-full-year' },
      { publishedFigureId: 'picss-2024-pk-full-year' },
    ],
    note: 'Bhatti’s 685 security personnel equals the CRSS count; CRSS’s civilians and security forces together come to 1,612, which implies about 927 civilians rather than 915, and its 2,546 total includes militants. PIPS (852 killed) counts terrorist attacks only and PICSS (over 1,100) militant attacks without security-force actions. Bhatti credits every death to the TTP although the series cover all militant groups, and his footnote for the figure points at a November 2022 Al Jazeera story; the December 2024 VOA report in his list (1,600 civilians and security forces) is the likelier origin.',
  },
  {
    id: 'suicide-attacks-2023',
    topic: 'attacks',
    what: 'Suicide attacks in Pakistan in 2023',
    items: [
      { claimId: 's-kakar-suicide-attacks-2023' },
      { publishedFigureId: 'picss-2023-pk-full-year-2' },
      { publishedFigureId: 'pips-2023-pk-full-year' },
    ],
    note: 'Kakar’s 24 was given around November 2023, before the year was out; PICSS counted 29 for the year (as of 25 December) and PIPS 23 suicide bombings in its breakdown of the 2023 total. His 500% rise has no stated baseline: PICSS’s 15 in 2022 and 29 in 2023 would be a rise of about 93%, so he is probably comparing with an earlier, quieter period.',
  },
  {
    id: 'kp-attacks-2023',
    topic: 'attacks',
    what: 'Militant attacks in Khyber Pakhtunkhwa in and around 2023',
    items: [
      { claimId: 'q-416-attacks-kp' },
      { publishedFigureId: 'picss-2023-pk-kp-full-year' },
      { publishedFigureId: 'kp-police-ctd-2023-pk-kp-full-year' },
    ],
    note: 'Qonversations’ 416 runs from the end of the ceasefire in November 2022 to about December 2023, some thirteen months; PICSS’s 419 covers calendar 2023 with the tribal districts, and the provincial Counter Terrorism Department’s 563 counts every terror incident it logged in 2023. Periods and definitions differ, so the three are not directly comparable.',
  },
  {
    id: 'kp-balochistan-share-2023',
    topic: 'attacks',
    what: 'Share of Pakistan’s militant violence falling in Khyber Pakhtunkhwa and Balochistan in 2023',
    items: [
      { claimId: 'q-93-percent-kp-balochistan' },
      { publishedFigureId: 'crss-2023-jan-sep' },
      { publishedFigureId: 'crss-2023-pk-full-year' },
      { publishedFigureId: 'picss-2023-pk-kp-full-year' },
      { publishedFigureId: 'picss-2023-pk-ba-full-year' },
    ],
    note: 'Qonversations gives almost 93% of attacks (January to November). CRSS reports 92% of fatalities for January to September and, for the whole year, over 90% of fatalities but only 84% of attacks; PICSS’s provincial rows give 419 + 170 of 645 attacks, about 91% (derived). The article’s share may be a fatality share read as a share of attacks.',
  },
  {
    id: 'afghans-leaving-2023',
    topic: 'refugees',
    what: 'Afghans who left or were sent out of Pakistan after the October 2023 expulsion order',
    items: [{ claimId: 's-375000-left' }, { claimId: 'b-500000-repatriated' }],
    note: 'Shashok’s 375,000 is a count a few weeks after the order (about November 2023) of everyone who had left; Bhatti, writing in January 2025, gives more than 500,000 for 2023 and calls them all forced returns, citing a November 2023 BBC report. Both put the undocumented population near 1.7 million (1.73 million in Bhatti).',
  },
  {
    id: 'end-of-ceasefire-2022',
    topic: 'ceasefire',
    what: 'When the 2021–2022 ceasefire between Pakistan and the TTP ended',
    items: [
      { claimId: 's-two-ceasefires' },
      { claimId: 'b-broken-truce' },
      { claimId: 'q-416-attacks-kp' },
      { claimId: 'sc-ceasefire-short' },
    ],
    note: 'Shashok dates the second truce from June to September 2022, while Qonversations and Bhatti put its end in November 2022, when the TTP formally called it off (the Al Jazeera report in Bhatti’s references is dated 28 November 2022). The Security Challenges article speaks of a single 2021 ceasefire that lasted a few months. The earlier dates may mark when the truce stopped holding in practice rather than its formal end.',
  },
];

/** The articles' national and provincial counts, shaped like published-figures rows for side-by-side display. */
export const articleFigures: readonly ArticleFigure[] = [
  {
    id: 'af-qonversations-2023-pk-jan-nov',
    org: 'qonversations-2023',
    series: 'Pakistan and Talibans, a story of love and hate',
    scope: 'attacks of all kinds (source and definition not given)',
    year: 2023,
    period: 'Jan-Nov',
    provinceAsReported: 'Pakistan (national)',
    iso: 'PK',
    attacks: 664,
    killed: null,
    injured: null,
    citation: { sourceId: 'qonversations-2023' },
    claimId: 'q-664-attacks-2023',
    note: 'the article gives a 67% rise over January to November 2022',
  },
  {
    id: 'af-qonversations-2023-kp-since-ceasefire',
    org: 'qonversations-2023',
    series: 'Pakistan and Talibans, a story of love and hate',
    scope: 'attacks of all kinds (source and definition not given)',
    year: 2023,
    period: 'Nov 2022-Dec 2023',
    provinceAsReported: 'Khyber Pakhtunkhwa',
    iso: 'PK-KP',
    attacks: 416,
    killed: null,
    injured: null,
    citation: { sourceId: 'qonversations-2023' },
    claimId: 'q-416-attacks-kp',
    note: 'counted from the end of the ceasefire in November 2022 to the article’s date (about December 2023), so it spans two calendar years',
  },
  {
    id: 'af-shashok-2023-pk-suicide-attacks',
    org: 'shashok-2023',
    series: 'The rift between the Pakistani government and the regime in Afghanistan is deepening',
    scope: 'suicide attacks only, as stated by the interim prime minister',
    year: 2023,
    period: 'Jan-Nov',
    provinceAsReported: 'Pakistan (national)',
    iso: 'PK',
    attacks: 24,
    killed: null,
    injured: null,
    citation: { sourceId: 'shashok-2023' },
    claimId: 's-kakar-suicide-attacks-2023',
    note: 'a count for 2023 up to the statement, about November 2023; Kakar attributed 15 of them to Afghans',
  },
  {
    id: 'af-bhatti-2025-pk-2024',
    org: 'bhatti-2025',
    series:
      'The Geopolitical Implications of Clashes between Pakistan and the Tehreek-e-Taliban Pakistan (TTP)',
    scope:
      'security personnel and civilians killed in TTP attacks, as the article puts it (militants not counted)',
    year: 2024,
    period: 'full year',
    provinceAsReported: 'Pakistan (national)',
    iso: 'PK',
    attacks: null,
    killed: 1600,
    injured: null,
    citation: { sourceId: 'bhatti-2025' },
    claimId: 'b-2024-losses',
    note: 'sum of the article’s figures: about 685 security personnel and 915 civilians',
  },
];
