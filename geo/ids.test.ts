import { describe, expect, it } from 'vitest';
import { idNumberer, slugify } from './ids';

describe('slugify', () => {
  it('makes stable lowercase ascii slugs', () => {
    expect(slugify('Dera Ismail Khan')).toBe('dera-ismail-khan');
    expect(slugify('Kachhi (Bolan)')).toBe('kachhi-bolan');
    expect(slugify('Azad Jammu & Kashmir')).toBe('azad-jammu-and-kashmir');
    expect(slugify('  Killa  Saifullah ')).toBe('killa-saifullah');
  });
});

describe('idNumberer', () => {
  it('keeps the first use of a base and numbers the repeats from 2, each base on its own', () => {
    const uniqueId = idNumberer();
    expect(['pips-2024', 'pips-2024', 'crss-2024', 'pips-2024'].map(uniqueId)).toEqual([
      'pips-2024',
      'pips-2024-2',
      'crss-2024',
      'pips-2024-3',
    ]);
    // a new numberer starts again
    expect(idNumberer()('pips-2024')).toBe('pips-2024');
  });
});
