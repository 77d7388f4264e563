import { describe, expect, it } from 'vitest';
import { fold, prepare, search, shortForms, type SearchEntry } from './match';

const entry = (
  key: string,
  kind: SearchEntry['kind'],
  name: string,
  aliases: string[] = [],
): SearchEntry => ({
  key,
  kind,
  name,
  detail: '',
  aliases,
});

const index = prepare([
  entry('PK-KP', 'province', 'Khyber Pakhtunkhwa', ['KP', 'KPK', 'NWFP']),
  entry('khyber', 'district', 'Khyber'),
  entry('dera-ismail-khan', 'district', 'Dera Ismail Khan', ['DI Khan']),
  entry('dera-ghazi-khan', 'district', 'Dera Ghazi Khan'),
  entry('town_dik', 'place', 'Dera Ismail Khan'),
  entry('former-fata', 'border', 'Former FATA', ['FATA', 'Federally Administered Tribal Areas']),
  entry('toba-tek-singh', 'district', 'Toba Tek Singh'),
  entry('xing_chaman_gate', 'place', 'Chaman–Spin Boldak Friendship Gate'),
  entry('chaman', 'district', 'Chaman'),
  entry('n5', 'route', 'N-5 National Highway (Karachi–Peshawar–Torkham)'),
  entry('incident:1', 'incident', 'Peshawar Police Lines mosque'),
  entry('peshawar', 'district', 'Peshawar'),
  entry('zahedan', 'place', 'Zāhedān'),
]);

const keys = (query: string) => search(index, query).map((r) => r.entry.key);

describe('fold', () => {
  it('drops accents, case, dots, dashes and brackets', () => {
    expect(fold('D.I. Khan')).toBe('d i khan');
    expect(fold('  Zāhedān ')).toBe('zahedan');
    expect(fold('Chaman–Spin Boldak (Wesh)')).toBe('chaman spin boldak wesh');
    expect(fold("Qila Sa'ifullah")).toBe('qila saifullah');
    expect(fold('ＫＰ')).toBe('kp');
  });
});

describe('shortForms', () => {
  it('writes the leading words as initials, as Pakistani names are shortened', () => {
    expect(shortForms('Dera Ismail Khan')).toEqual(['d i khan', 'dik']);
    expect(shortForms('Toba Tek Singh')).toEqual(['t t singh', 'tts']);
    expect(shortForms('Peshawar')).toEqual([]);
  });
});

describe('search', () => {
  it('finds Dera Ismail Khan by every common spelling, the district first', () => {
    for (const query of [
      'D.I. Khan',
      'DI Khan',
      'd i khan',
      'D. I. Khan',
      'Dera Ismail Khan',
      'dera ismail',
      'DIK',
      'dikhan',
    ]) {
      expect(keys(query)[0], query).toBe('dera-ismail-khan');
      expect(keys(query), query).toContain('town_dik');
    }
    expect(keys('D.G. Khan')[0]).toBe('dera-ghazi-khan');
    expect(keys('T.T. Singh')[0]).toBe('toba-tek-singh');
  });

  it('finds the former FATA by its acronym and its full name', () => {
    expect(keys('FATA')[0]).toBe('former-fata');
    expect(keys('fata')[0]).toBe('former-fata');
    expect(keys('tribal areas')[0]).toBe('former-fata');
  });

  it('ranks an exact name before a name it starts, and provinces before districts on a tie', () => {
    expect(keys('Khyber')).toEqual(['khyber', 'PK-KP']);
    expect(keys('KP')[0]).toBe('PK-KP');
    expect(keys('kpk')[0]).toBe('PK-KP');
    expect(keys('Peshawar').slice(0, 3)).toEqual(['peshawar', 'incident:1', 'n5']);
  });

  it('matches words in any order and inside names', () => {
    expect(keys('khan dera')).toEqual(expect.arrayContaining(['dera-ismail-khan', 'dera-ghazi-khan']));
    expect(keys('spin boldak')).toEqual(['xing_chaman_gate']);
    expect(keys('boldak')).toEqual(['xing_chaman_gate']);
    expect(keys('zahedan')).toEqual(['zahedan']);
    expect(keys('Zāhedān')).toEqual(['zahedan']);
    expect(keys('N5')[0]).toBe('n5');
  });

  it('finds nothing for nothing, and for what is not there', () => {
    expect(keys('')).toEqual([]);
    expect(keys(' .,- ')).toEqual([]);
    expect(keys('Kandahar airport')).toEqual([]);
  });

  it('keeps to the limit', () => {
    expect(search(index, 'k').length).toBeGreaterThan(3);
    expect(search(index, 'k', 3)).toHaveLength(3);
  });
});
