/**
 * « Exemple du cours » in chapters 9 and 11: the lesson's figures are in euros; a company in dirhams
 * gets them converted at 10 DH for 1 €, as chapter 7 converts the course's default figures, never
 * the euro amounts relabelled « DH ».
 */
import { describe, expect, test } from 'vitest';
import {
  BUDGET_PAR_DEFAUT,
  budgetExempleDuCours,
  estBudgetExemple,
  evaluerBudget,
} from '@lib/campagne/budget-saisi.ts';
import {
  estTableauExemple,
  evaluerTableauDeBord,
  tableauExempleDuCours,
} from '@lib/campagne/tableau-saisi.ts';

const ok = <T>(r: { ok: true; valeur: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('invalide');
  return r.valeur;
};

describe('the lesson’s budget (17 200 € at 25 %)', () => {
  test('in euros as the lesson writes it, in dirhams ×10: 172 000 DH and 688 000 DH of CA minimum', () => {
    expect(ok(evaluerBudget(budgetExempleDuCours({ devise: 'EUR' }))).total).toBe(17_200);
    const dh = ok(evaluerBudget(budgetExempleDuCours({ devise: 'MAD' })));
    expect(dh.total).toBe(172_000);
    expect(dh.caMinimum).toBe(688_000);
    expect(budgetExempleDuCours({ devise: 'MAD' }).taux).toBe('25');
  });

  test('is recognised as the example (the origin line says so), and no longer once a line changes', () => {
    for (const devise of ['EUR', 'MAD'] as const) {
      const b = budgetExempleDuCours({ devise });
      expect(estBudgetExemple(b)).toBe(true);
      expect(
        estBudgetExemple({
          ...b,
          lignes: b.lignes.map((l, i) => (i ? l : { ...l, montant: '1' })),
        }),
      ).toBe(false);
    }
    expect(estBudgetExemple({ ...BUDGET_PAR_DEFAUT, devise: 'MAD' })).toBe(false);
  });
});

describe('the lesson’s dashboard (72 000 € aimed at, 17 200 € planned)', () => {
  test('in dirhams the amounts are ×10, the counts and the rate unchanged', () => {
    const e = ok(evaluerTableauDeBord(tableauExempleDuCours({ devise: 'EUR' })));
    const d = ok(evaluerTableauDeBord(tableauExempleDuCours({ devise: 'MAD' })));
    const ligne = (r: typeof e, l: string) => r.lignes.find((x) => x.ligne === l)!;
    expect([ligne(d, 'chiffreAffaires').objectif, ligne(d, 'cout').objectif]).toEqual([
      720_000, 172_000,
    ]);
    expect(d.realise.resultat).toBe(10 * e.realise.resultat);
    expect(e.realise.resultat).toBe(-650);
    expect(ligne(d, 'rdv')).toEqual(ligne(e, 'rdv'));
    expect(d.tauxDeMarque).toBe(0.25);
    expect(estTableauExemple(tableauExempleDuCours({ devise: 'MAD' }))).toBe(true);
  });
});
