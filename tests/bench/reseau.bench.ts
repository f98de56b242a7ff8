import { describe, expect, test } from 'vitest';
import { CATEGORIES_RESEAU, type Contact } from '@lib/reseau/reseau.ts';
import { diagnostiquerReseau, descriptionCarte } from '@lib/reseau/diagnostic.ts';
import { disposerReseau } from '@lib/reseau/carte.ts';

const contacts: Contact[] = Array.from({ length: 40 }, (_, i) => ({
  id: `c${i}`,
  nom: `Contact ${i}`,
  categorie: CATEGORIES_RESEAU[i % 4],
  role: '',
  organisation: '',
  force: ((i % 3) + 1) as 1 | 2 | 3,
  dernierEchange: '2026-01-15',
}));

describe('réseau de 40 contacts', () => {
  test('diagnostic, description et carte en bien moins d’une image (16 ms)', () => {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) {
      diagnostiquerReseau({ contacts, aujourdhui: '2026-11-23' });
      descriptionCarte({ contacts });
      disposerReseau({ contacts });
    }
    const parCalcul = (performance.now() - t0) / 100;
    console.log(`réseau : ${parCalcul.toFixed(3)} ms par recalcul complet (40 contacts)`);
    expect(parCalcul).toBeLessThan(2);
  });
});
