import { describe, expect, test } from 'vitest';
import { champsSansRegle } from '@lib/droit/champs-du-droit.ts';

describe('champsSansRegle (verif14 item 8 : « inscrit sur Bloctel » pour un fichier marocain)', () => {
  test('Bloctel est une liste française : aucune règle marocaine ne la lit', () => {
    expect(champsSansRegle({ pays: 'MA' })).toEqual(['bloctel']);
    expect(champsSansRegle({ pays: 'FR' })).toEqual([]);
  });
});
