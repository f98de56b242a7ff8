import { describe, expect, it } from 'vitest';
import { nomDuTableau } from '../../../src/build/nom-tableau.ts';

describe('the name of a lesson table’s region (axe landmark-unique, issue 19)', () => {
  it('is made of its column headings', () => {
    expect(
      nomDuTableau(
        '<thead><tr><th>Méthode</th><th align="right">Coût <em>(€)</em></th></tr></thead><tbody><tr><td>a</td><td>1</td></tr></tbody>',
      ),
    ).toBe('Tableau\u202f: Méthode, Coût (€)');
  });
  it('gives two tables with different columns two different names', () => {
    expect(nomDuTableau('<tr><th>Source</th><th>Coût</th></tr>')).not.toBe(
      nomDuTableau('<tr><th>Étape</th><th>Taux</th></tr>'),
    );
  });
  it('falls back to a generic name without headings', () => {
    expect(nomDuTableau('<tr><td>a</td></tr>')).toMatch(/^Tableau/);
  });
});
