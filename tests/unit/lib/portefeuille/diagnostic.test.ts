import { describe, expect, it } from 'vitest';
import { diagnosticPortefeuille, niveauDependance } from '@lib/portefeuille/diagnostic.ts';
import { classerABC } from '@lib/portefeuille/portefeuille.ts';
import type { Resultat } from '@lib/commun/resultat.ts';
import { fautesTypo } from '../../exercises/typographie.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};

// The lesson's ABC example: ten clients, 500 000 € of CA.
const lignes = v(
  classerABC({
    elements: [200, 130, 60, 25, 20, 18, 15, 14, 10, 8].map((k, i) => ({
      id: String(i + 1),
      valeur: k * 1000,
    })),
  }),
);
// The lesson's growth example: the office-furniture maker.
const evolution = {
  categories: [
    { categorie: 'Entreprises', caN1: 600000, caN: 660000, evolution: 0.1, contribution: 0.06 },
    { categorie: 'Collectivités', caN1: 300000, caN: 270000, evolution: -0.1, contribution: -0.03 },
    { categorie: 'Revendeurs', caN1: 100000, caN: 150000, evolution: 0.5, contribution: 0.05 },
  ],
  global: { caN1: 1000000, caN: 1080000, evolution: 0.08 },
};

describe('niveauDependance', () => {
  it('uses the lesson’s orders of magnitude', () => {
    expect(niveauDependance({ partDuPremier: 0.4, partTroisPremiers: 0.78 })).toBe('forte');
    expect(niveauDependance({ partDuPremier: 0.2, partTroisPremiers: 0.5 })).toBe('forte');
    expect(niveauDependance({ partDuPremier: 0.12, partTroisPremiers: 0.28 })).toBe('marquée');
    expect(niveauDependance({ partDuPremier: 0.06, partTroisPremiers: 0.17 })).toBe('faible');
  });
});

describe('diagnosticPortefeuille', () => {
  const phrases = diagnosticPortefeuille({
    lignes,
    evolution,
    renouvellement: {
      clientsN1: 40,
      clientsN: 38,
      fideles: 32,
      perdus: Array.from({ length: 8 }, (_, i) => `p${i}`),
      nouveaux: ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'],
      tauxAttrition: 0.2,
    },
    rentabilite: { valeurClientEnMarge: 1800, coutAcquisition: 1500 },
  });
  const texte = (id: string) => phrases.find((p) => p.id === id)?.texte;

  it('says the dependence on the top three clients in plain French', () => {
    expect(texte('dependance')).toBe(
      '3\u00a0clients font 78\u202f% du CA, le premier à lui seul 40\u202f%\u202f: dépendance forte, la perte d’un seul grand client ferait chuter les ventes.',
    );
    expect(phrases[0].niveau).toBe('alerte');
  });

  it('gives the weight of each class', () => {
    expect(texte('abc')).toContain(
      'A\u202f: 4\u00a0clients (40\u202f% du portefeuille), 83\u202f% du CA',
    );
    expect(texte('abc')).toContain(
      'C\u202f: 2\u00a0clients (20\u202f% du portefeuille), 3,6\u202f% du CA',
    );
  });

  it('names the category that drives growth and the ones that decline', () => {
    expect(texte('croissance')).toBe(
      'Le CA passe de 1\u202f000\u202f000\u00a0€ en N−1 à 1\u202f080\u202f000\u00a0€ en N, soit +8\u202f%.',
    );
    expect(texte('categories')).toBe(
      'Par catégorie\u202f: Entreprises tire la croissance (+10\u202f%, 6 points du taux global)\u202f; Collectivités (−10\u202f%) recule.',
    );
  });

  it('compares clients lost and won, and the value of a client with its cost', () => {
    expect(texte('clients')).toContain(
      '8 des 40\u00a0clients de N−1 n’ont rien acheté en N (attrition de 20\u202f%)',
    );
    expect(texte('clients')).toContain('le portefeuille s’use');
    expect(texte('rentabilite')).toContain('rentable, mais de peu');
    expect(phrases.find((p) => p.id === 'rentabilite')?.niveau).toBe('attention');
  });

  it('leaves out what it has no figures for, and writes correct French typography', () => {
    expect(diagnosticPortefeuille({ lignes: [] })).toEqual([]);
    const seul = diagnosticPortefeuille({
      lignes: v(classerABC({ elements: [{ id: 'x', valeur: 10 }] })),
    });
    expect(seul[0].texte).toMatch(/^Un seul client fait 100\u202f% du CA/);
    for (const p of phrases) expect(fautesTypo(p.texte), p.texte).toEqual([]);
  });
});
