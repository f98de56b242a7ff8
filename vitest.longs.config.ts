import { defineConfig } from 'vitest/config';
import { alias, SEULEMENT_LONGS } from './vitest.config.ts';

// `npm run test:long`: the checks too slow for every run of `npm test`, which CI (.ci/run) also runs:
// every numeric exercise generator over 1 000 codes (TESTS_LONGS=1, read by
// tests/unit/exercises/serie-numerique.ts) and the dataset regeneration, byte for byte.
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'longs',
    include: ['tests/unit/exercises/*.test.ts', ...SEULEMENT_LONGS],
    setupFiles: ['tests/setup-fast-check.ts'],
    env: { TESTS_LONGS: '1' },
    testTimeout: 60_000,
    pool: 'threads',
    isolate: false,
  },
});
