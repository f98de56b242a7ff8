import { describe, expect, test } from 'vitest';
import { apresOperations } from '@lib/fichier/operations.ts';

describe('apresOperations', () => {
  test('les mots du chapitre 5, pas « correction » pour une suppression (tester D13), accordés à 0, 1 ou plusieurs', () => {
    expect(apresOperations(1)).toBe('après 1\u00a0opération');
    expect(apresOperations(3)).toBe('après 3\u00a0opérations');
    expect(apresOperations(1200)).toBe('après 1\u202f200\u00a0opérations');
    expect(apresOperations(0)).toBe('sans aucune opération');
  });
});
