import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin, Rolldown } from 'vite';
import { META_POLICY, SECURITY_HEADERS } from './security-headers.ts';
import { dataPath, filesLoadedAt } from './src/lib/contracts/manifest.ts';
import { FONT, GLYPH_RANGES } from './src/lib/map/labels/fonts.ts';

/**
 * The content security policy goes into the built index.html only: the dev server injects styles
 * inline for hot reloading, which the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * One chunk for every module that `entries` reach through static imports. The first view loads all of
 * them anyway; left to itself the bundler splits those that lazily loaded parts share into a dozen small
 * chunks, each a request and a gzip stream of its own. What is imported dynamically elsewhere keeps its
 * own chunks, loaded when needed.
 */
function staticClosureChunk(name: string, entries: string[]): Rolldown.CodeSplittingGroup {
  let reached: Set<string> | null = null;
  return {
    debugName: name,
    name(id, context) {
      if (reached === null) {
        reached = new Set();
        const stack = [...entries];
        for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
          if (reached.has(next)) continue;
          reached.add(next);
          stack.push(...(context.getModuleInfo(next)?.importedIds ?? []));
        }
      }
      return reached.has(id) ? name : null;
    },
  };
}

/**
 * `<link rel="preload">` for the data files the map waits for (`first-view` in the data manifest) and for
 * the label glyphs: the browser fetches them while it is still loading and compiling the app's script,
 * and the app's own `fetch` of each (MapLibre's, for the glyphs) then finds it already there.
 */
function preloadFirstViewData(): Plugin {
  const wanted: string[] = filesLoadedAt('first-view').map(dataPath);
  return {
    name: 'preload-first-view-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const assets = Object.values(context.bundle ?? {}).filter(
          (output) =>
            output.type === 'asset' && output.originalFileNames.some((name) => wanted.includes(name)),
        );
        if (assets.length !== wanted.length) {
          throw new Error(`preload: found ${assets.length} of the ${wanted.length} first-view data files`);
        }
        // Basic Latin, which every first view's names need; the punctuation range only where a name has a dash
        const [latin] = GLYPH_RANGES;
        const glyphs = latin
          ? Object.values(FONT).map((stack) => `glyphs/${stack}/${latin[0]}-${latin[1]}.pbf`)
          : [];
        return [...assets.map((asset) => asset.fileName), ...glyphs].map((path) => ({
          tag: 'link',
          // fetch() asks in CORS mode: the preload must too, or the browser fetches the file twice
          attrs: { rel: 'preload', href: `./${path}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    preloadFirstViewData(),
    // Installable, and offline after the first visit: Workbox precaches the app and every data/ file.
    // The app registers the worker itself after the map first settles (src/lib/offline), so nothing is
    // injected into index.html and the first view does not wait for it.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Frontier Atlas',
        short_name: 'Frontier Atlas',
        description:
          "An offline map dashboard of militant violence along Pakistan's western frontier, with cited context.",
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fffdf8',
        theme_color: '#5b3a1e',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,geojson,pbf,svg,webmanifest}'],
        // event-details.json is about 3 MB; the whole of data/ must be there offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes over the open page at once; later builds wait for the user's word.
        clientsClaim: true,
      },
    }),
  ],
  base: './',
  resolve: {
    alias: {
      // simple-statistics' bundled build keeps code that runs at load (its normal table, classifiers), which
      // the build cannot drop; its per-function sources let the build keep only what the app imports.
      'simple-statistics': fileURLToPath(
        new URL('./node_modules/simple-statistics/index.js', import.meta.url),
      ),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // the app's own first script
            staticClosureChunk('app', [source('./src/main.ts')]),
            // The contracts of the files the map waits for, then of the others requested at start: each set
            // one chunk fetched beside its files (src/lib/contracts/manifest.ts), not a handful of small ones.
            staticClosureChunk('first-view', [
              source('./src/lib/contracts/first-view.ts'),
              source('./src/lib/contracts/check.ts'),
            ]),
            staticClosureChunk('after-first-view', [source('./src/lib/contracts/after-first-view.ts')]),
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, headers: { ...SECURITY_HEADERS } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'geo/**/*.test.ts',
            'src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One file at a time: a single page already keeps both cores of a CI machine busy (software
          // WebGL), so two files at once only made the run slower.
          fileParallelism: false,
          // The files share no module state (each launches and closes its own browser), so one worker runs
          // them all and loads playwright-core and the helpers once instead of once a file.
          isolate: false,
        },
      },
    ],
  },
});
