/** The glyph files shipped in public/glyphs cover every character the map's labels can show. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT, GLYPH_RANGES, glyphsUrl } from './fonts';
import { LINE_LABEL_TEXT, placeLabelText } from './layers';

const REPO = resolve(import.meta.dirname, '..', '..', '..', '..');

/** The codepoints in one MapLibre glyph protobuf (glyphs.proto: stacks 1 → glyphs 3 → id 1). */
function codepointsIn(buffer: Uint8Array): { name: string; range: string; ids: number[] } {
  let pos = 0;
  const varint = (end: number): number => {
    let value = 0;
    let shift = 0;
    while (pos < end) {
      const byte = buffer[pos++] as number;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
    throw new Error('truncated varint');
  };
  const fields = (end: number, visit: (tag: number, start: number, stop: number, value: number) => void) => {
    while (pos < end) {
      const key = varint(end);
      const tag = key >> 3;
      const wire = key & 7;
      if (wire === 0) visit(tag, pos, pos, varint(end));
      else if (wire === 2) {
        const length = varint(end);
        const start = pos;
        pos += length;
        visit(tag, start, pos, length);
      } else throw new Error(`unexpected wire type ${wire}`);
    }
  };
  const text = (start: number, stop: number) => new TextDecoder().decode(buffer.subarray(start, stop));
  const result = { name: '', range: '', ids: [] as number[] };
  fields(buffer.length, (tag, start, stop) => {
    if (tag !== 1) return;
    const after = pos;
    pos = start;
    fields(stop, (field, s, e) => {
      if (field === 1) result.name = text(s, e);
      else if (field === 2) result.range = text(s, e);
      else if (field === 3) {
        const back = pos;
        pos = s;
        fields(e, (g, _s, _e, value) => {
          if (g === 1) result.ids.push(value);
        });
        pos = back;
      }
    });
    pos = after;
  });
  return result;
}

function shipped(stack: string): Set<number> {
  const ids = new Set<number>();
  for (const [start, end] of GLYPH_RANGES) {
    const file = readFileSync(resolve(REPO, 'public', 'glyphs', stack, `${start}-${end}.pbf`));
    const decoded = codepointsIn(file);
    expect(decoded.range).toBe(`${start}-${end}`);
    decoded.ids.forEach((id) => ids.add(id));
  }
  return ids;
}

function names(file: string, pick: (p: Record<string, unknown>) => string[]): string[] {
  const json = JSON.parse(readFileSync(resolve(REPO, 'data', file), 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  return json.features.flatMap((f) => pick(f.properties));
}

describe('label glyphs', () => {
  const texts = [
    ...names('districts.geojson', (p) => [String(p.name)]),
    ...names('provinces.geojson', (p) => [String(p.name), String(p.name).toUpperCase()]),
    ...names('places.geojson', (p) => [placeLabelText(p as { name: string; shortName: string })]),
    ...Object.values(LINE_LABEL_TEXT),
  ];

  for (const stack of Object.values(FONT)) {
    it(`${stack} has a glyph for every character of every label`, () => {
      const ids = shipped(stack);
      expect(ids.size).toBeGreaterThan(150);
      const missing = new Set(
        texts.flatMap((t) => [...t]).filter((c) => c.trim() && !ids.has(c.codePointAt(0) as number)),
      );
      expect([...missing]).toEqual([]);
    });
  }

  it('are fetched from the page’s own origin and folder', () => {
    expect(glyphsUrl('https://example.org/atlas/index.html#map=5/30/69')).toBe(
      'https://example.org/atlas/glyphs/{fontstack}/{range}.pbf',
    );
    expect(glyphsUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf');
  });

  it('ship with the font licence', () => {
    expect(readFileSync(resolve(REPO, 'public', 'glyphs', 'OFL.txt'), 'utf8')).toContain(
      'SIL Open Font License',
    );
  });
});
