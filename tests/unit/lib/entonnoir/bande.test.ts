import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { RUNS_ENTONNOIR, simulerEntonnoir } from '../../../../src/lib/entonnoir/bande.ts';

// The lesson's funnel: 60 % joined, 20 % RDV, 62,5 % proposals, 25 % orders → 1,875 % of contacts.
const lecon = [0.6, 0.2, 0.625, 0.25];

describe('simulerEntonnoir (Monte Carlo)', () => {
  test('même graine, même bande ; P10 ≤ P50 ≤ P90 ; la moyenne reste proche des 15 commandes attendues', () => {
    const a = simulerEntonnoir({ contacts: 800, taux: lecon, ecartTexte: '5', graine: '1' });
    const b = simulerEntonnoir({ contacts: 800, taux: lecon, ecartTexte: '5', graine: '1' });
    expect(a).toEqual(b);
    if (!a.ok) throw new Error(a.erreur.message);
    const { p10, p50, p90, moyenne } = a.valeur.commandes;
    expect(p10!).toBeLessThanOrEqual(p50!);
    expect(p50!).toBeLessThanOrEqual(p90!);
    // Symmetric ± spreads keep each rate's mean, so the mean stays near 800 × 1,875 % = 15 (binomial noise only).
    expect(Math.abs(moyenne - 15)).toBeLessThan(1);
    expect(a.valeur).toMatchObject({ contacts: 800, ecart: 5, graine: '1' });
    expect(
      simulerEntonnoir({ contacts: 800, taux: lecon, ecartTexte: '5', graine: '2' }),
    ).not.toEqual(a);
  });

  test('un écart lu à la française (« 2,5 ») ; des contacts arrondis à la personne', () => {
    const r = simulerEntonnoir({ contacts: 799.6, taux: lecon, ecartTexte: '2,5', graine: '1' });
    if (!r.ok) throw new Error(r.erreur.message);
    expect(r.valeur).toMatchObject({ contacts: 800, ecart: 2.5 });
  });

  test('des taux certains (écart 0) et tous à 100 % : chaque contact commande', () => {
    const r = simulerEntonnoir({ contacts: 40, taux: [1, 1, 1, 1], ecartTexte: '0', graine: '1' });
    if (!r.ok) throw new Error(r.erreur.message);
    expect(r.valeur.commandes).toEqual({ p10: 40, p50: 40, p90: 40, moyenne: 40 });
  });

  test('un écart illisible ou hors de 0 à 50 points est une erreur en français', () => {
    expect(
      simulerEntonnoir({ contacts: 800, taux: lecon, ecartTexte: 'abc', graine: '1' }),
    ).toEqual({ ok: false, erreur: { champ: 'ecart', message: expect.stringMatching(/écart/) } });
    for (const ecartTexte of ['60', '-1'])
      expect(simulerEntonnoir({ contacts: 800, taux: lecon, ecartTexte, graine: '1' })).toEqual({
        ok: false,
        erreur: { champ: 'ecart', message: expect.stringMatching(/entre 0 et 50/) },
      });
  });

  test('propriété : jamais NaN ni Infinity ; 0 ≤ P10 ≤ P50 ≤ P90 ≤ contacts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 50 }),
        fc.string({ maxLength: 6 }),
        (contacts, taux, ecart, graine) => {
          const r = simulerEntonnoir({ contacts, taux, ecartTexte: String(ecart), graine });
          if (!r.ok) return false;
          const { p10, p50, p90, moyenne } = r.valeur.commandes;
          return (
            [p10, p50, p90, moyenne].every((x) => Number.isFinite(x)) &&
            0 <= p10! &&
            p10! <= p50! &&
            p50! <= p90! &&
            p90! <= contacts &&
            moyenne <= contacts
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  test(`rejoue ${RUNS_ENTONNOIR} campagnes`, () => expect(RUNS_ENTONNOIR).toBe(1000));
});
