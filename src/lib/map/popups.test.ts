import { describe, expect, it } from 'vitest';
import { durandLinePopup, placePopup, routePopup } from './popups';

describe('popup builders', () => {
  it('a crossing: its kind in words, its country, its distance to the Durand Line', () => {
    expect(
      placePopup({
        id: 'xing_torkham',
        name: 'Torkham',
        kind: 'border-crossing',
        country: 'PK',
        durandKm: 0.4,
      }),
    ).toEqual({
      title: 'Torkham',
      rows: [
        { label: 'Kind', value: 'border crossing' },
        { label: 'Country', value: 'PK' },
        { label: 'To the Durand Line', value: '0.4 km' },
      ],
      note: undefined,
    });
  });

  it('a port far from the border, placed approximately: no distance row, a note', () => {
    const content = placePopup({ name: 'Gwadar Port', kind: 'seaport', country: 'PK', approximate: true });
    expect(content.rows.map((r) => r.label)).toEqual(['Kind', 'Country']);
    expect(content.note).toBe('Position approximate.');
  });

  it('the Durand Line: its length and its status as the note', () => {
    expect(durandLinePopup({ lengthKm: 2706.4, status: 'de facto border' })).toEqual({
      title: 'Durand Line',
      rows: [{ label: 'Length', value: '2706.4 km' }],
      note: 'de facto border',
    });
    expect(durandLinePopup({}).rows[0]?.value).toBe('? km');
  });

  it('a route segment says whether it follows the road', () => {
    expect(routePopup({ name: 'N-25', schematic: false }).rows[0]?.value).toBe('real road geometry');
    expect(routePopup({ name: 'N-25', schematic: true }).rows[0]?.value).toMatch(/^schematic/);
    expect(routePopup({ name: 'N-25', schematic: true }).title).toBe('N-25');
  });

  it('keeps text from data as it is: the DOM builder writes it as text, never HTML', () => {
    expect(placePopup({ name: '<img src=x onerror=alert(1)>', kind: 'seaport', country: 'PK' }).title).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
