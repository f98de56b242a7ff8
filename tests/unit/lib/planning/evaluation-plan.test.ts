import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  evaluerPlan,
  planSaisiParDefaut,
  type ChampPlan,
  type SaisiePlan,
} from '../../../../src/lib/planning/evaluation-plan.ts';
import { erreursDe } from '../../../../src/lib/commun/resultat.ts';
import { proprieteDesChamps, valeurDe } from '../aide-lib.ts';
import {
  CAPACITE_PAR_DEFAUT,
  evaluerCapacite,
} from '../../../../src/lib/planning/evaluation-capacite.ts';

const capacite = valeurDe(evaluerCapacite(CAPACITE_PAR_DEFAUT));
const defaut = planSaisiParDefaut({ moisDebut: 9, anneeDebut: 2026, commerciaux: 1 });

describe('evaluerPlan', () => {
  test('the default plan of a September campaign: twelve months, no warning', () => {
    const r = valeurDe(evaluerPlan({ saisie: defaut, pays: 'FR', capacite }))!;
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
    expect(valeurDe(e)).toBeUndefined();
    expect(erreursDe(e)['charge-salon']).toBe(
      'La charge de «\u00a0Salon professionnel\u00a0» ne peut pas être négative.',
    );
    expect(erreursDe(e).commerciaux).toBeTruthy();
    expect(erreursDe(e)['charge-bilan']).toBeUndefined();
    expect(
      erreursDe(evaluerPlan({ saisie: { ...defaut, commerciaux: '1,5' }, pays: 'FR', capacite }))
        .commerciaux,
    ).toBe('Le nombre de commerciaux doit être un entier supérieur ou égal à 1.');
  });
  test('without a Capacité result, the plan still runs and says so', () => {
    const r = valeurDe(evaluerPlan({ saisie: defaut, pays: 'MA' }))!;
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
          expect(erreursDe(e)).toEqual({});
          expect(valeurDe(e)?.mois).toHaveLength(12);
          expect(nombres(valeurDe(e)).every(Number.isFinite)).toBe(true);
        },
      ),
    );
  });
  test('un seul champ illisible (commerciaux ou une charge) est signalé, et lui seul', () => {
    const champs: { champ: ChampPlan; mettre: (s: SaisiePlan, t: string) => SaisiePlan }[] = [
      { champ: 'commerciaux', mettre: (s, t) => ({ ...s, commerciaux: t }) },
      ...defaut.actions.map((a) => ({
        champ: `charge-${a.id}` as const,
        mettre: (s: SaisiePlan, t: string) => ({
          ...s,
          actions: s.actions.map((b) => (b.id === a.id ? { ...b, charge: t } : b)),
        }),
      })),
    ];
    proprieteDesChamps({
      evaluer: (saisie: SaisiePlan) => evaluerPlan({ saisie, pays: 'FR', capacite }),
      saisie: fc
        .record({
          moisDebut: fc.integer({ min: 1, max: 12 }),
          commerciaux: fc.integer({ min: 1, max: 50 }),
        })
        .map(({ moisDebut, commerciaux }) =>
          planSaisiParDefaut({ moisDebut, anneeDebut: 2026, commerciaux }),
        ),
      champs,
    });
  });
});
