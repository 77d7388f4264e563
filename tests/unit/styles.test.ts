/**
 * Colours and panel styles live in src/app.css as custom properties named by role; components use
 * them and never a colour literal, and every property they use is defined there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

const styles = svelteFiles(SRC).map((file) => ({
  file: relative(SRC, file),
  css: /<style[^>]*>([\s\S]*?)<\/style>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '',
}));
const appCss = readFileSync(join(SRC, 'app.css'), 'utf8');
const defined = new Set([...appCss.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]));

/**
 * The border components arrived after the colours moved to app.css and still carry their own literals;
 * they are listed here, by folder, until they are converted, so that no other component gains any.
 */
const NOT_YET_CONVERTED = ['lib/border/'];

describe('component styles', () => {
  it('use no colour literals', () => {
    const literals = styles
      .filter(({ file }) => !NOT_YET_CONVERTED.some((prefix) => file.startsWith(prefix)))
      .flatMap(({ file, css }) =>
        [...css.matchAll(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi)].map((match) => `${file}: ${match[0]}`),
      );
    expect(literals).toEqual([]);
  });

  it('use only custom properties that src/app.css defines', () => {
    const unknown = styles.flatMap(({ file, css }) =>
      [...css.matchAll(/var\((--[\w-]+)/g)]
        .filter((match) => !defined.has(match[1]))
        .map((match) => `${file}: ${match[1]}`),
    );
    expect(unknown).toEqual([]);
    expect(defined.size).toBeGreaterThan(20);
  });
});
