import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { evaluerPlan, planSaisiParDefaut } from '../../../../src/lib/planning/evaluation-plan.ts';
import {
  CAPACITE_PAR_DEFAUT,
  evaluerCapacite,
} from '../../../../src/lib/planning/evaluation-capacite.ts';

const capacite = evaluerCapacite(CAPACITE_PAR_DEFAUT).resultat;
const defaut = planSaisiParDefaut({ moisDebut: 9, anneeDebut: 2026, commerciaux: 1 });

describe('evaluerPlan', () => {
  test('the default plan of a September campaign: twelve months, no warning', () => {
    const r = evaluerPlan({ saisie: defaut, pays: 'FR', capacite }).resultat!;
    expect(r.mois).toHaveLength(12);
    expect(r.alertes).toEqual([]);
    expect(r.visites).toBeCloseTo(90, 9);
    expect(r.visitesPossibles).toBe(368);
    expect(r.avecCapacite).toBe(true);
  });
  test('typed loads in French, errors next to the field that holds them', () => {
    const saisie = {
      ...defaut,
      commerciaux: 'deux',
      actions: defaut.actions.map((a) =>
        a.id === 'salon' ? { ...a, charge: '-2' } : a.id === 'bilan' ? { ...a, charge: '2,5' } : a,
      ),
    };
    const e = evaluerPlan({ saisie, pays: 'FR', capacite });
    expect(e.resultat).toBeUndefined();
    expect(e.erreurs['charge-salon']).toBe(
      'La charge de «\u00a0Salon professionnel\u00a0» ne peut pas être négative.',
    );
    expect(e.erreurs.commerciaux).toBeTruthy();
    expect(e.erreurs['charge-bilan']).toBeUndefined();
    expect(
      evaluerPlan({ saisie: { ...defaut, commerciaux: '1,5' }, pays: 'FR', capacite }).erreurs
        .commerciaux,
    ).toBe('Le nombre de commerciaux doit être un entier supérieur ou égal à 1.');
  });
  test('without a Capacité result, the plan still runs and says so', () => {
    const r = evaluerPlan({ saisie: defaut, pays: 'MA' }).resultat!;
    expect(r.avecCapacite).toBe(false);
    expect(r.visitesPossibles).toBeNull();
  });
});

/** Every number reachable in a value, for the « never NaN » property. */
const nombres = (v: unknown): number[] =>
  typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(nombres) : [];

describe('propriétés', () => {
  test('un plan valide ne donne jamais NaN ni Infinity, en France comme au Maroc', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2020, max: 2035 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('FR' as const, 'MA' as const),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }),
        (moisDebut, anneeDebut, commerciaux, pays, avecCapacite, charges) => {
          const base = planSaisiParDefaut({ moisDebut, anneeDebut, commerciaux });
          // Loads typed the French way, in tenths (« 2,5 »), cycled over the default actions.
          const saisie = {
            ...base,
            actions: base.actions.map((a, i) => ({
              ...a,
              charge: `${charges[i % charges.length] / 10}`.replace('.', ','),
            })),
          };
          const e = evaluerPlan({ saisie, pays, capacite: avecCapacite ? capacite : undefined });
          expect(e.erreurs).toEqual({});
          expect(e.resultat?.mois).toHaveLength(12);
          expect(nombres(e.resultat).every(Number.isFinite)).toBe(true);
        },
      ),
    );
  });
});
