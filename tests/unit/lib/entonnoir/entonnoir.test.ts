import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectifsNecessaires, entonnoir, tauxDEtapes } from '@lib/entonnoir/entonnoir.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);
const taux = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 });

describe('entonnoir (forward)', () => {
  it('multiplies exactly, without rounding: 1 000 contacts → 600 joints → 90 RDV → 36 propositions → 9 commandes', () => {
    const r = v(entonnoir({ entree: 1000, taux: [0.6, 0.15, 0.4, 0.25] }));
    expect(r.effectifs.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([1000, 600, 90, 36, 9]);
    expect(r.tauxGlobal).toBeCloseTo(0.009, 15);
    expect(v(entonnoir({ entree: 7, taux: [0.5] })).effectifs).toEqual([7, 3.5]);
  });

  it('refuses a rate outside 0–100 % and a negative entry, in French', () => {
    expect(erreur(entonnoir({ entree: 100, taux: [0.5, 1.2] }))).toEqual({
      champ: 'taux',
      message:
        'Le taux de l’étape 2 doit être compris entre 0 et 100\u202f%\u202f: un entonnoir ne grossit jamais.',
    });
    expect(erreur(entonnoir({ entree: -1, taux: [0.5] }))?.message).toBe(
      'L’effectif d’entrée doit être un nombre positif ou nul.',
    );
    expect(erreur(entonnoir({ entree: 10, taux: [] }))?.message).toBe(
      'Il faut au moins un taux d’étape.',
    );
    expect(erreur(entonnoir({ entree: 10, taux: [NaN] }))?.champ).toBe('taux');
  });

  it('property: a funnel never grows and its global rate is the product of the stage rates', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), taux, (entree, t) => {
        const r = v(entonnoir({ entree, taux: t }));
        for (let i = 1; i < r.effectifs.length; i++)
          expect(r.effectifs[i]).toBeLessThanOrEqual(r.effectifs[i - 1]);
        expect(r.effectifs.every(Number.isFinite)).toBe(true);
        expect(r.tauxGlobal).toBeCloseTo(
          t.reduce((p, x) => p * x, 1),
          12,
        );
      }),
    );
  });
});

describe('effectifsNecessaires (backward)', () => {
  it('rounds each upstream stage UP from the one below', () => {
    // 10 commandes ÷ 0,25 = 40 propositions; 40 ÷ 0,4 = 100 RDV; 100 ÷ 0,15 = 666,67 → 667; 667 ÷ 0,6 = 1 111,67 → 1 112.
    expect(v(effectifsNecessaires({ objectif: 10, taux: [0.6, 0.15, 0.4, 0.25] }))).toEqual([
      1112, 667, 100, 40, 10,
    ]);
  });

  it('is not fooled by binary fractions (30 ÷ 0,3 = 100, not 101)', () => {
    expect(v(effectifsNecessaires({ objectif: 30, taux: [0.3] }))).toEqual([100, 30]);
    expect(v(effectifsNecessaires({ objectif: 11, taux: [0.1] }))).toEqual([110, 11]);
  });

  it('handles a zero objective and refuses a zero rate', () => {
    expect(v(effectifsNecessaires({ objectif: 0, taux: [0, 0.5] }))).toEqual([0, 0, 0]);
    expect(erreur(effectifsNecessaires({ objectif: 5, taux: [0.5, 0] }))?.message).toBe(
      'Le taux de l’étape 2 est nul\u202f: aucun effectif ne permet d’atteindre l’objectif.',
    );
    expect(erreur(effectifsNecessaires({ objectif: 5, taux: [1e-300] }))?.champ).toBe('taux');
    expect(erreur(effectifsNecessaires({ objectif: -2, taux: [0.5] }))?.champ).toBe('objectif');
  });

  it('property: run forward, the backward funnel reaches at least the objective', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (objectif, t) => {
          const besoin = effectifsNecessaires({ objectif, taux: t });
          if (!besoin.ok) return;
          const e = besoin.valeur;
          expect(e.every(Number.isInteger)).toBe(true);
          const avant = v(entonnoir({ entree: e[0], taux: t })).effectifs;
          expect(avant[avant.length - 1]).toBeGreaterThanOrEqual(objectif * (1 - 1e-9));
          for (let i = 1; i < e.length; i++) expect(e[i]).toBeLessThanOrEqual(e[i - 1]);
        },
      ),
    );
  });
});

describe('tauxDEtapes', () => {
  it('gives stage rates, cumulative rates and the global rate (product of the stage rates)', () => {
    const r = v(tauxDEtapes({ effectifs: [1000, 600, 90, 36, 9] }));
    expect(r.taux).toEqual([0.6, 0.15, 0.4, 0.25]);
    expect(r.tauxCumules[1]).toBeCloseTo(0.09);
    expect(r.tauxGlobal).toBeCloseTo(0.009, 15);
    expect(r.tauxGlobal).toBeCloseTo(
      (r.taux as number[]).reduce((p, x) => p * x, 1),
      15,
    );
  });

  it('leaves the rate after an empty stage undefined (null, never NaN)', () => {
    const r = v(tauxDEtapes({ effectifs: [50, 0, 0] }));
    expect(r.taux).toEqual([0, null]);
    expect(r.tauxGlobal).toBe(0);
    expect(v(tauxDEtapes({ effectifs: [0, 0] })).tauxGlobal).toBeNull();
  });

  it('refuses a growing funnel and too few stages', () => {
    expect(erreur(tauxDEtapes({ effectifs: [100, 120] }))?.message).toBe(
      'L’étape 2 (120) dépasse l’étape précédente (100)\u202f: un entonnoir ne grossit jamais.',
    );
    expect(erreur(tauxDEtapes({ effectifs: [100] }))?.message).toBe(
      'Il faut au moins deux étapes pour calculer un taux.',
    );
  });
});
