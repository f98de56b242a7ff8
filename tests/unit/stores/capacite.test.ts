import { describe, expect, test } from 'vitest';
import { CAPACITE_PAR_DEFAUT } from '@lib/planning/evaluation-capacite.ts';
import { validerSaisieCapacite } from '../../../src/stores/capacite.ts';

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
