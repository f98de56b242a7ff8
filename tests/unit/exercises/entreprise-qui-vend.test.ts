import { describe, expect, test } from 'vitest';
import { creerAleatoire } from '@lib/commun/aleatoire.ts';
import { entrepriseAuHasard, entrepriseQuiVend } from '@exercises/budgetiser/contexte.ts';
import { exercicesNumeriques as budgetiser } from '@exercises/budgetiser/index.ts';
import { exercicesNumeriques as rentabilite } from '@exercises/mesurer-la-rentabilite/index.ts';
import { genererVersion } from '@exercises/generateur.ts';

/** The problems whose statement sells goods at a taux de marque or a taux de marge. */
const VENDENT = [
  'budgetiser/ca-minimum',
  'budgetiser/ca-objectif',
  'budgetiser/ca-minimum-taux-de-marge',
  'budgetiser/ligne-manquante',
  'budgetiser/clients-rentabilite',
  'mesurer-la-rentabilite/clients-rentabiliser',
];

describe('verif14 item 5 : une agence d’assurances ne vend pas avec un taux de marque', () => {
  test('entrepriseQuiVend tire comme entrepriseAuHasard et ne remplace que l’agence', () => {
    let remplacees = 0;
    for (let g = 0; g < 300; g++) {
      const a = creerAleatoire(g),
        b = creerAleatoire(g);
      const avant = entrepriseAuHasard(a),
        apres = entrepriseQuiVend(b);
      expect(b()).toBe(a()); // the same draws follow: every other number is unchanged
      if (avant.nom === 'Bouregreg Assurances') {
        remplacees++;
        expect(apres.devise).toBe('MAD');
        expect(apres.presentation).not.toMatch(/assurance/i);
      } else expect(apres).toEqual(avant);
    }
    expect(remplacees).toBeGreaterThan(0);
  });

  test('aucune version de ces problèmes ne met une agence d’assurances à vendre', () => {
    const exercices = [...budgetiser, ...rentabilite].filter((e) => VENDENT.includes(e.id));
    expect(exercices.map((e) => e.id).sort()).toEqual([...VENDENT].sort());
    for (const e of exercices)
      for (let g = 0; g < 200; g++)
        expect(
          genererVersion({ exerciceId: e.id, code: String(g), generer: e.generer }).enonce,
        ).not.toMatch(/assurance/i);
  });
});
