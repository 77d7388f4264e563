/**
 * Serves the built app (`dist/`, from `vite build`) on a free localhost port for the browser tests.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '..', '..', '..');
  if (!existsSync(resolve(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `vite build` before the browser tests (npm test does this)');
  }
  server = await preview({
    root,
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
