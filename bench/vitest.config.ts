// The bench's own unit tests (the repository's `unit` project does not include bench/).
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['bench/**/*.test.ts'],
    exclude: ['bench/results/**', 'node_modules/**'],
    environment: 'node',
  },
});
