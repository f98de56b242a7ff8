import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  phraseVisitesDuPlan,
  tauxSecondeVisiteSaisi,
  visitesDuPlan,
} from '@lib/campagne/visites-plan.ts';
import { evaluerCapacite, CAPACITE_PAR_DEFAUT } from '@lib/planning/evaluation-capacite.ts';

describe('visitesDuPlan', () => {
  test('D4 : 118 prospects au téléphone → 5 rendez-vous visités, 5 secondes visites (pas 118 + 77)', () => {
    const r = visitesDuPlan({ contacts: 118, taux: [0.4, 0.1, 1, 0.25], methode: 'telephone' });
    expect(r).toEqual({
      ok: true,
      valeur: { base: 'rdv', premieres: 5, secondes: 5, tauxSecondeVisite: 1 },
    });
    if (r.ok)
      expect(phraseVisitesDuPlan({ visites: r.valeur, contacts: 118, methode: 'Téléphone' })).toBe(
        'Votre sélection de 118\u00a0prospects, aux taux de la méthode retenue au chapitre\u00a07 (téléphone)\u202f: 5\u00a0premières visites, une par rendez-vous obtenu, et 5\u00a0secondes visites pour les propositions (100\u202f%).',
      );
  });

  test('sur le terrain, chaque contact est une visite', () => {
    const r = visitesDuPlan({ contacts: 118, taux: [1, 0.5, 0.35, 0.3], methode: 'terrain' });
    expect(r.ok && r.valeur).toMatchObject({ base: 'contacts', premieres: 118, secondes: 21 });
  });

  test('propriété : le taux saisi au chapitre 8 redonne exactement les secondes visites du plan', () => {
    const taux = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: 4,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        taux,
        fc.constantFrom('telephone', 'terrain', null),
        (contacts, t, methode) => {
          const r = visitesDuPlan({ contacts, taux: t, methode });
          if (!r.ok) return false;
          const v = r.valeur;
          const ev = evaluerCapacite({
            ...CAPACITE_PAR_DEFAUT,
            prospects: String(v.premieres),
            tauxSecondeVisite: tauxSecondeVisiteSaisi(v),
          });
          return (
            v.secondes <= v.premieres &&
            ev.ok &&
            ev.valeur.secondesVisites === v.secondes &&
            ev.valeur.visitesNecessaires === v.premieres + v.secondes
          );
        },
      ),
    );
  });
});
