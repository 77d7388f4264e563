import { describe, expect, it } from 'vitest';
import { slugify } from './ids';

describe('slugify', () => {
  it('makes stable lowercase ascii slugs', () => {
    expect(slugify('Dera Ismail Khan')).toBe('dera-ismail-khan');
    expect(slugify('Kachhi (Bolan)')).toBe('kachhi-bolan');
    expect(slugify('Azad Jammu & Kashmir')).toBe('azad-jammu-and-kashmir');
    expect(slugify('  Killa  Saifullah ')).toBe('killa-saifullah');
  });
});
