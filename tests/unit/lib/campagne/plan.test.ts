import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  planDeCampagne,
  planALEchelle,
  effectifsEntiers,
  coutVariableDuBudget,
} from '@lib/campagne/plan.ts';
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

  test('à l’échelle d’une autre campagne : mêmes taux, effectifs entiers ; seuls les coûts variables suivent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        tauxArb,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (n, m, taux, fixes, parContact) => {
          const p = planDeCampagne({
            contexte,
            devise: 'MAD',
            contacts: n,
            taux,
            budget: {
              total: fixes + parContact * n,
              coutVariable: parContact * n,
              tauxDeMarque: 0.3,
            },
          });
          if (!p.ok) return false;
          const e = planALEchelle({ plan: p.valeur, contacts: m });
          return (
            e.ok &&
            e.valeur.contacts === m &&
            e.valeur.taux.every((t, i) => t === taux[i]) &&
            e.valeur.effectifs.every(Number.isInteger) &&
            // The fixed lines are the same at any scale; the per-contact line follows the contacts.
            Math.abs((e.valeur.cout ?? 0) - (e.valeur.coutVariable ?? 0) - fixes) <
              1e-6 * Math.max(1, fixes) &&
            Math.abs((e.valeur.coutVariable ?? 0) - parContact * m) <
              1e-6 * Math.max(1, parContact * m)
          );
        },
      ),
    );
  });

  test('propriété : ramener un plan à sa propre taille ne change rien', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        tauxArb,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, taux, total, partVariable) => {
          const p = planDeCampagne({
            contexte,
            devise: 'MAD',
            contacts: n,
            taux,
            budget: { total, coutVariable: total * partVariable, tauxDeMarque: 0.3 },
          });
          if (!p.ok) return false;
          const e = planALEchelle({ plan: p.valeur, contacts: n });
          return (
            e.ok && JSON.stringify({ ...e.valeur, facteur: undefined }) === JSON.stringify(p.valeur)
          );
        },
      ),
    );
  });

  test('propriété : un budget tout en coûts fixes ne change pas avec l’échelle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        tauxArb,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (n, m, taux, total) => {
          const p = planDeCampagne({
            contexte,
            devise: 'MAD',
            contacts: n,
            taux,
            budget: { total, tauxDeMarque: 0.3 },
          });
          const e = p.ok && planALEchelle({ plan: p.valeur, contacts: m });
          return !!e && e.ok && e.valeur.cout === total && e.valeur.caMinimum === total / 0.3;
        },
      ),
    );
  });

  test('D1 : le plan de Sadaf (118 contacts, 132 220 DH dont 4 720 DH de téléphone) ramené à 420 contacts', () => {
    const p = planDeCampagne({
      contexte,
      devise: 'MAD',
      contacts: 118,
      taux: [0.4, 0.1, 1, 0.25],
      budget: {
        total: 132_220,
        tauxDeMarque: 0.3,
        coutVariable: coutVariableDuBudget({ montantLigneMethode: 4720, total: 132_220 }),
      },
    });
    if (!p.ok) throw new Error(p.erreur.message);
    const e = planALEchelle({ plan: p.valeur, contacts: 420 });
    if (!e.ok) throw new Error(e.erreur.message);
    expect(e.valeur.coutVariable).toBeCloseTo(16_800, 6);
    expect(e.valeur.cout).toBeCloseTo(144_300, 6);
    expect(e.valeur.effectifs).toEqual([420, 168, 17, 17, 4]);
  });

  test('coutVariableDuBudget : la ligne de la méthode moins ses coûts fixes, jamais plus que le total', () => {
    expect(coutVariableDuBudget({ montantLigneMethode: 4720, total: 132_220 })).toBe(4720);
    expect(
      coutVariableDuBudget({ montantLigneMethode: 3300, coutsFixesMethode: 3000, total: 9000 }),
    ).toBe(300);
    expect(coutVariableDuBudget({ montantLigneMethode: undefined, total: 9000 })).toBe(0);
    expect(coutVariableDuBudget({ montantLigneMethode: 20_000, total: 9000 })).toBe(9000);
    expect(
      coutVariableDuBudget({ montantLigneMethode: 100, coutsFixesMethode: 3000, total: 9000 }),
    ).toBe(0);
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
