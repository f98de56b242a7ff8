import { describe, expect, test } from 'vitest';
import { validerSaisieUsure } from '../../../src/stores/usure.ts';
import { USURE_PAR_DEFAUT } from '../../../src/lib/portefeuille/evaluation-usure.ts';

describe('validerSaisieUsure', () => {
  test('accepte l’exemple par défaut', () => {
    expect(validerSaisieUsure(JSON.parse(JSON.stringify(USURE_PAR_DEFAUT)))).toEqual(
      USURE_PAR_DEFAUT,
    );
  });
  test.each([
    null,
    42,
    'x',
    [],
    {},
    { ...USURE_PAR_DEFAUT, clients: 200 },
    { clients: '1', tauxAttrition: '2' },
    { ...USURE_PAR_DEFAUT, tauxCroissance: 'x'.repeat(500) },
  ])('refuse une valeur stockée mal formée (%#)', (brut) =>
    expect(validerSaisieUsure(brut)).toBeUndefined(),
  );
});
