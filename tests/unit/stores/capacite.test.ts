import { describe, expect, test } from 'vitest';
import { CAPACITE_PAR_DEFAUT } from '@lib/planning/evaluation-capacite.ts';
import { capaciteParDefaut, validerSaisieCapacite } from '../../../src/stores/capacite.ts';

describe('validerSaisieCapacite', () => {
  test('accepte l’exemple par défaut', () => {
    expect(validerSaisieCapacite(JSON.parse(JSON.stringify(CAPACITE_PAR_DEFAUT)))).toEqual(
      CAPACITE_PAR_DEFAUT,
    );
  });
  test.each([
    null,
    42,
    'x',
    [],
    {},
    { ...CAPACITE_PAR_DEFAUT, semaines: 46 },
    { semaines: '46' },
    { ...CAPACITE_PAR_DEFAUT, prospects: 'x'.repeat(500) },
  ])('refuse une valeur stockée mal formée (%#)', (brut) =>
    expect(validerSaisieCapacite(brut)).toBeUndefined(),
  );
});

describe('capaciteParDefaut', () => {
  test('écrit les chiffres d’une entreprise comme l’apprenant les taperait', () => {
    const capacite = {
      semaines: 46,
      joursParSemaine: 1.5,
      heuresParJour: 7.5,
      tempsAdministratif: 48,
      dureeVisite: 60,
      dureeTrajet: 35,
      prospects: 1250,
      tauxSecondeVisite: 0.35,
    };
    expect(capaciteParDefaut({ capacite })).toEqual({
      semaines: '46',
      joursParSemaine: '1,5',
      heuresParJour: '7,5',
      tempsAdministratif: '48',
      dureeVisite: '60',
      dureeTrajet: '35',
      prospects: '1 250',
      tauxSecondeVisite: '35',
    });
    expect(capaciteParDefaut({})).toBe(CAPACITE_PAR_DEFAUT);
  });
});
