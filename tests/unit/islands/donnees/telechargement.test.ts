import { describe, expect, it } from 'vitest';
import { nomDeFichier } from '../../../../src/islands/donnees/telechargement.ts';

describe('nomDeFichier', () => {
  it('ôte l’extension « .csv » même suivie d’un suffixe (session 11 : « prospects-hostile-csv-selection.csv »)', () => {
    expect(nomDeFichier('prospects-hostile.csv-selection')).toBe('prospects-hostile-selection');
    expect(nomDeFichier('Menara Clim.CSV')).toBe('Menara-Clim');
    expect(nomDeFichier('Sadaf Emballages-selection')).toBe('Sadaf-Emballages-selection');
  });
});
