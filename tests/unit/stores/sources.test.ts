import { describe, expect, test } from 'vitest';
import { validerCoutsSources } from '../../../src/stores/sources.ts';

describe('validerCoutsSources', () => {
  test('accepte la forme attendue, refuse une source inconnue ou un identifiant invalide', () => {
    expect(validerCoutsSources({ 'mobilier-lyon': { salon: '5 000' } })).toEqual({
      'mobilier-lyon': { salon: '5 000' },
    });
    expect(validerCoutsSources({ 'mobilier-lyon': { telepathie: '1' } })).toBeUndefined();
    expect(validerCoutsSources({ 'Pas un id': {} })).toBeUndefined();
    expect(validerCoutsSources([1])).toBeUndefined();
  });
});
