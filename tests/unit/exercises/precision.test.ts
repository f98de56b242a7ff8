import { describe, expect, test } from 'vitest';
import { libelleAvecPrecision, precisionAttendue } from '../../../src/exercises/precision.ts';

describe('precisionAttendue', () => {
  test('dit la précision que la tolérance accepte, dans l’unité que tape l’élève', () => {
    // A rate within 0,05 point: 42,9 % is accepted for 42,857 %, 43 % is not.
    expect(
      precisionAttendue({ attendu: 0.42857, unite: '%', tolerance: { absolue: 0.0005 } }),
    ).toBe('au dixième près');
    expect(precisionAttendue({ attendu: 1250, unite: 'EUR', tolerance: { absolue: 0.5 } })).toBe(
      'à l’unité près',
    );
    expect(precisionAttendue({ attendu: 1250, unite: 'MAD', tolerance: { absolue: 0.01 } })).toBe(
      'au centième près',
    );
    expect(
      precisionAttendue({ attendu: 180_000, unite: 'EUR', tolerance: { relative: 0.001 } }),
    ).toBe('à la centaine près');
  });

  test('ne dit rien d’une réponse exacte', () => {
    expect(precisionAttendue({ attendu: 12, unite: 'nombre', tolerance: { absolue: 0 } })).toBe(
      undefined,
    );
  });
});

test('la précision entre dans la parenthèse du libellé s’il en a une', () => {
  const taux = { attendu: 0.3, unite: '%' as const, tolerance: { absolue: 0.0005 } };
  expect(libelleAvecPrecision({ ...taux, libelle: 'Taux de marque (en\u202f%)' })).toBe(
    'Taux de marque (en\u202f%, au dixième près)',
  );
  expect(libelleAvecPrecision({ ...taux, libelle: 'Taux de marque' })).toBe(
    'Taux de marque (au dixième près)',
  );
});
