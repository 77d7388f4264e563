/** Bundles the style harness (main.ts) like the bare page, with the app's glyphs beside it. */
import { join } from 'node:path';
import { build } from 'vite';

export async function buildStylePage(outDir: string): Promise<void> {
  await build({
    root: import.meta.dirname,
    base: './',
    configFile: false,
    logLevel: 'warn',
    // public/ holds the glyph files the label layers read (and little else)
    publicDir: join(import.meta.dirname, '..', '..', 'public'),
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  });
}
