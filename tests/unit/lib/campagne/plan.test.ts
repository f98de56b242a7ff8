import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { planDeCampagne, planALEchelle, effectifsEntiers } from '@lib/campagne/plan.ts';
import { valeurDe } from '../aide-lib.ts';
import { contexteEntreprise, type FicheContexte } from '@lib/campagne/contexte.ts';
import {
  budgetDeDepart,
  avecLigneMethode,
  evaluerBudget,
  ID_LIGNE_METHODE,
  BUDGET_PAR_DEFAUT,
} from '@lib/campagne/budget-saisi.ts';
import fiche from '../../../../content/datasets/emballages-casablanca/entreprise.json';
import campagne from '../../../../content/datasets/emballages-casablanca/campagne.json';

const contexte = contexteEntreprise({
  fiche: fiche as unknown as FicheContexte,
  campagnePassee: campagne,
});
const tauxArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
  minLength: 4,
  maxLength: 4,
});

describe('planDeCampagne', () => {
  test('l’exemple de la leçon en personnes entières : 800 → 480 → 96 → 60 → 15', () => {
    const r = planDeCampagne({ devise: 'EUR', contacts: 800, taux: [0.6, 0.2, 0.625, 0.25] });
    expect(r.ok && r.valeur.effectifs).toEqual([800, 480, 96, 60, 15]);
  });

  test('57 prospects chez Sadaf : des personnes entières, en DH, au panier et au taux de marque de l’entreprise', () => {
    const r = planDeCampagne({
      contexte,
      devise: 'MAD',
      contacts: 57,
      taux: [0.6, 0.2, 0.625, 0.25],
    });
    if (!r.ok) throw new Error(r.erreur.message);
    expect(r.valeur.effectifs).toEqual([57, 34, 7, 4, 1]);
    expect(r.valeur.moyennes[1]).toBeCloseTo(34.2, 9);
    expect(r.valeur.chiffreAffaires).toBe(fiche.offre.prixMoyenHT);
    expect(r.valeur.tauxDeMarque).toBe(fiche.offre.tauxDeMarque);
    expect(r.valeur.devise).toBe('MAD');
  });

  test('propriétés : des entiers, un entonnoir qui ne grossit jamais, jamais NaN', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        tauxArb,
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (contacts, taux, total, tdm) => {
          const r = planDeCampagne({
            contexte,
            devise: 'MAD',
            contacts,
            taux,
            budget: { total, tauxDeMarque: tdm },
          });
          if (!r.ok) return false;
          const v = r.valeur;
          return (
            v.effectifs.every(Number.isInteger) &&
            v.effectifs.every((e, i) => i === 0 || e <= v.effectifs[i - 1]) &&
            [v.chiffreAffaires, v.marge, v.cout, v.resultat, v.caMinimum].every(
              (x) => x === null || Number.isFinite(x),
            ) &&
            (v.roi === null || Number.isFinite(v.roi))
          );
        },
      ),
    );
  });

  test('des saisies impossibles sont des erreurs en français', () => {
    expect(
      planDeCampagne({ devise: 'EUR', contacts: 34.2, taux: [0.5, 0.5, 0.5, 0.5] }),
    ).toMatchObject({ ok: false, erreur: { champ: 'contacts' } });
    expect(
      planDeCampagne({ devise: 'EUR', contacts: 10, taux: [0.5, 1.5, 0.5, 0.5] }),
    ).toMatchObject({ ok: false, erreur: { champ: 'taux' } });
    expect(planDeCampagne({ devise: 'EUR', contacts: 10, taux: [0.5, 0.5, 0.5] })).toMatchObject({
      ok: false,
    });
  });

  test('à l’échelle d’une autre campagne : mêmes taux, effectifs entiers, montants en proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        tauxArb,
        (n, m, taux) => {
          const p = planDeCampagne({
            contexte,
            devise: 'MAD',
            contacts: n,
            taux,
            budget: { total: 1000 * n, tauxDeMarque: 0.3 },
          });
          if (!p.ok) return false;
          const e = planALEchelle({ plan: p.valeur, contacts: m });
          return (
            e.ok &&
            e.valeur.contacts === m &&
            e.valeur.effectifs.every(Number.isInteger) &&
            Math.abs((e.valeur.cout ?? 0) - 1000 * m) < 1e-6 * Math.max(1, m)
          );
        },
      ),
    );
  });

  test('effectifsEntiers arrondit à l’unité la plus proche, étape par étape', () => {
    expect(effectifsEntiers({ contacts: 1000, taux: [0.6, 0.2, 0.625, 0.25] }).effectifs).toEqual([
      1000, 600, 120, 75, 19,
    ]);
  });
});

describe('le budget d’une entreprise', () => {
  test('part de ses propres chiffres : les dépenses de sa dernière campagne, son taux de marque, sa devise', () => {
    const b = budgetDeDepart({ contexte, devise: 'MAD' });
    expect(b.devise).toBe('MAD');
    expect(b.taux).toBe('30');
    expect(b.lignes.map((l) => l.id)).toEqual(campagne.lignesDeCout.map((l) => l.id));
    expect(valeurDe(evaluerBudget(b))!.total).toBe(
      campagne.lignesDeCout.reduce((s, l) => s + l.montant, 0),
    );
    expect(budgetDeDepart({ devise: 'EUR' })).toEqual(BUDGET_PAR_DEFAUT);
  });

  test('« Ajouter au budget » deux fois : une seule ligne de méthode ; une autre méthode la remplace', () => {
    const b = budgetDeDepart({ contexte, devise: 'MAD' });
    const une = avecLigneMethode({
      saisie: b,
      action: 'Téléphone (57 contacts)',
      montant: '2 280',
    });
    const deux = avecLigneMethode({
      saisie: une,
      action: 'Téléphone (57 contacts)',
      montant: '2 280',
    });
    expect(deux).toEqual(une);
    expect(deux.lignes.filter((l) => l.id === ID_LIGNE_METHODE)).toHaveLength(1);
    const autre = avecLigneMethode({
      saisie: deux,
      action: 'Publipostage (57 contacts)',
      montant: '1 000',
    });
    expect(autre.lignes.filter((l) => l.id === ID_LIGNE_METHODE)).toEqual([
      { id: ID_LIGNE_METHODE, action: 'Publipostage (57 contacts)', montant: '1 000' },
    ]);
    expect(autre.lignes).toHaveLength(b.lignes.length + 1);
  });
});
