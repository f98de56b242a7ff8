import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const dossier = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const alias = {
  '@lib': dossier('./src/lib'),
  '@stores': dossier('./src/stores'),
  '@exercises': dossier('./src/exercises'),
};

/** Files only `npm run test:long` runs: the dataset regeneration (two Node processes and a full write). */
export const SEULEMENT_LONGS = ['tests/unit/datasets/generation.test.ts'];

// `npm test` runs the everyday unit tests in two projects:
// - « unitaires »: pure code (src/lib, exercises, content, datasets), all files in one context per
//   worker, without per-file isolation: importing the modules again for each of ~80 files was most of
//   the run (66 s → about 20 s here on 2 cores).
// - « magasins »: the stores' tests, which mock modules (`vi.mock`) and keep module state, so each
//   file keeps its own context.
// The 1 000-code sweeps of the exercise generators and the dataset regeneration run in
// `npm run test:long` (vitest.longs.config.ts); here the sweeps check 100 codes per generator.
export default defineConfig({
  resolve: { alias },
  test: {
    setupFiles: ['tests/setup-fast-check.ts'],
    // A time limit only catches a test that hangs: on 2 cores shared with a build, a property test of
    // one second can take ten.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unitaires',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/stores/**', ...SEULEMENT_LONGS],
          pool: 'threads',
          isolate: false,
          // `npm run bench` (tests/bench, Vitest bench), in this project only so that each runs once.
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'magasins',
          include: ['tests/unit/stores/**/*.test.ts'],
          benchmark: { include: [] },
        },
      },
    ],
  },
});
