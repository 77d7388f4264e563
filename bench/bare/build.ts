/** Bundles the bare MapLibre page with Vite's build API, apart from the app's own config and plugins. */
import { build } from 'vite';

export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    root: import.meta.dirname,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  });
}
