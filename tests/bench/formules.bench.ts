import { describe, expect, test } from 'vitest';
import { formules } from '@lib/formules/catalogue.ts';
import { formatMontant, formatPourcentage, parseNombre } from '@lib/commun/nombres.ts';

const entrees = formules.map(
  (f) => [f, Object.fromEntries(f.entrees.map((e, i) => [e.cle, 0.1 + i]))] as const,
);

// A simulator recomputes and reformats on every keystroke: both must fit far inside one frame (16 ms).
describe('catalogue et saisie (budget: one frame, 16 ms)', () => {
  test('every catalogue entry computed 100 times', async ({ bench }) => {
    const r = await bench('catalogue × 100', () => {
      for (let k = 0; k < 100; k++) for (const [f, valeurs] of entrees) f.calculer(valeurs);
    }).run({ iterations: 50, time: 0, warmupIterations: 5 });
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('parse + format 1 000 typed amounts', async ({ bench }) => {
    const r = await bench('parseNombre + formatMontant + formatPourcentage × 1 000', () => {
      for (let i = 0; i < 1000; i++) {
        const lu = parseNombre(`${i} 250,50 €`);
        if (lu.ok) {
          formatMontant(lu.valeur);
          formatPourcentage(lu.valeur / 1e6);
        }
      }
    }).run({ iterations: 50, time: 0, warmupIterations: 5 });
    expect(r.latency.p50).toBeLessThan(16);
  });
});
