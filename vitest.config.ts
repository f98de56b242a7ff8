import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const dossier = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@lib': dossier('./src/lib'),
      '@stores': dossier('./src/stores'),
      '@exercises': dossier('./src/exercises'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup-fast-check.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
