import { describe, expect, test } from 'vitest';
import { simulerCampagne } from '@lib/entonnoir/monte-carlo.ts';

const etapes = [
  { nom: 'Contact joint', min: 0.3, probable: 0.4, max: 0.5 },
  { nom: 'Rendez-vous', min: 0.05, probable: 0.1, max: 0.15 },
  { nom: 'Proposition', min: 0.4, probable: 0.5, max: 0.7 },
  { nom: 'Commande', min: 0.15, probable: 0.25, max: 0.35 },
];

describe('Monte Carlo (budget < 100 ms)', () => {
  test('10 000 campaigns of 5 000 contacts, 4 uncertain stages', async ({ bench }) => {
    let ok = true;
    const r = await bench.compare(
      bench('binomial draws', () => {
        ok &&= simulerCampagne({
          contacts: 5000,
          etapes,
          coutParContact: 4,
          coutsFixes: 1000,
          margeParClient: 800,
          runs: 10_000,
          graine: 'K7Q2',
        }).ok;
      }),
      bench('expected-value draws', () => {
        ok &&= simulerCampagne({
          contacts: 5000,
          etapes,
          coutParContact: 4,
          margeParClient: 800,
          runs: 10_000,
          graine: 'K7Q2',
          tirage: 'esperance',
        }).ok;
      }),
      { iterations: 20, time: 0, warmupIterations: 3 },
    );
    expect(ok).toBe(true);
    expect(r.get('binomial draws').latency.p50).toBeLessThan(100);
    expect(r.get('expected-value draws').latency.p50).toBeLessThan(100);
  });
});
