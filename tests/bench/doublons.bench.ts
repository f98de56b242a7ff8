import { describe, expect, test } from 'vitest';
import { doublonsExacts, doublonsProbables } from '@lib/fichier/qualite.ts';
import { prospectsSynthetiques } from './prospects-synthetiques.ts';

const prospects = prospectsSynthetiques(20_000);

describe('duplicates (budget < 1 s)', () => {
  test('exact and probable duplicates in 20 000 rows', async ({ bench }) => {
    let groupes = 0;
    const r = await bench('doublonsExacts + doublonsProbables × 20 000', () => {
      groupes = doublonsExacts({ prospects }).length + doublonsProbables({ prospects }).length;
    }).run({ iterations: 5, time: 0, warmupIterations: 1 });
    expect(groupes).toBeGreaterThan(0);
    expect(r.latency.p50).toBeLessThan(1000);
  });
});
