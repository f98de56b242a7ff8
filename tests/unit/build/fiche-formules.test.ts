import { describe, expect, it } from 'vitest';
import { formules } from '@lib/formules/catalogue.ts';
import {
  grouperParChapitre,
  libelleUnite,
  texteEntree,
} from '../../../src/build/fiche-formules.ts';

/** The twelve chapters as the collection gives them, deliberately out of order. */
const CHAPITRES = [12, 3, 1, 9, 2, 11, 4, 5, 6, 7, 8, 10].map((n) => ({
  slug: `c${n}`,
  numero: n,
  titre: `Titre ${n}`,
}));

describe('grouperParChapitre', () => {
  const groupes = grouperParChapitre({ formules, chapitres: CHAPITRES });
  const ids = groupes.flatMap((g) => g.formules.map((f) => f.id));

  it('place chaque formule du catalogue exactement une fois', () => {
    expect(ids).toHaveLength(formules.length);
    expect(new Set(ids)).toEqual(new Set(formules.map((f) => f.id)));
  });
  it('range les chapitres dans l’ordre du cours, sans section vide', () => {
    const numeros = groupes.map((g) => g.numero);
    expect(numeros).toEqual([...numeros].sort((a, b) => a - b));
    expect(new Set(numeros).size).toBe(numeros.length);
    for (const g of groupes) expect(g.formules.length).toBeGreaterThan(0);
  });
  it('met chaque formule sous son chapitre, avec son titre et son slug', () => {
    for (const g of groupes) {
      expect(g).toMatchObject({ titre: `Titre ${g.numero}`, slug: `c${g.numero}` });
      for (const f of g.formules) expect(f.chapitre).toBe(g.numero);
    }
  });
  it('garde l’ordre du catalogue à l’intérieur d’un chapitre', () => {
    const rang = new Map(formules.map((f, i) => [f.id, i]));
    for (const g of groupes) {
      const r = g.formules.map((f) => rang.get(f.id)!);
      expect(r).toEqual([...r].sort((a, b) => a - b));
    }
  });
  it('ne perd pas une formule dont le chapitre manque à la collection', () => {
    const g = grouperParChapitre({
      formules: [
        { id: 'x', chapitre: 13 },
        { id: 'y', chapitre: 1 },
      ],
      chapitres: CHAPITRES,
    });
    expect(g.map((x) => [x.numero, x.titre, x.slug])).toEqual([
      [1, 'Titre 1', 'c1'],
      [13, 'Chapitre 13', undefined],
    ]);
  });
  it('rend une liste vide pour un catalogue vide', () => {
    expect(grouperParChapitre({ formules: [], chapitres: CHAPITRES })).toEqual([]);
  });
});

describe('unités', () => {
  it('donne un mot court pour chaque unité utilisée par le catalogue', () => {
    for (const f of formules)
      for (const u of [f.unite, ...f.entrees.map((e) => e.unite)])
        expect(libelleUnite({ unite: u })).toMatch(/\S/);
    expect(libelleUnite({ unite: 'taux' })).toBe('%');
  });
  it('écrit une entrée avec son unité et, s’il y en a une, sa valeur par défaut', () => {
    expect(texteEntree({ libelle: 'Prix de vente HT', unite: 'montant' })).toBe(
      'Prix de vente HT (€/DH)',
    );
    expect(texteEntree({ libelle: 'Nombre de jours par an', unite: 'jours', defaut: 360 })).toBe(
      'Nombre de jours par an (jours, 360 par défaut)',
    );
    expect(texteEntree({ libelle: 'Taux', unite: 'taux', defaut: 0.2 })).toBe(
      'Taux (%, 20\u202F% par défaut)',
    );
  });
});
