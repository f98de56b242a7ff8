import { describe, expect, test } from 'vitest';
import {
  BUDGET_PAR_DEFAUT,
  evaluerBudget,
  validerSaisieBudget,
  type SaisieBudget,
} from '../../../src/stores/budget.ts';
import { erreursDe } from '../../../src/lib/commun/resultat.ts';
import { valeurDe } from '../lib/aide-lib.ts';

const avec = (c: Partial<SaisieBudget>): SaisieBudget => ({ ...BUDGET_PAR_DEFAUT, ...c });

describe('evaluerBudget', () => {
  test('l’exemple de la leçon : 17 200 € à 25 % de taux de marque → 68 800 €', () => {
    const r = valeurDe(evaluerBudget(BUDGET_PAR_DEFAUT))!;
    expect(r.total).toBe(17200);
    expect(r.caMinimum).toBeCloseTo(17200 / 0.25, 9);
    expect(r.parAction.reduce((s, a) => s + a.part, 0)).toBeCloseTo(1, 12);
    expect(r.lectureErronee).toBeUndefined();
  });

  test('un taux de marge est converti en taux de marque, et la mauvaise lecture coûte exactement les dépenses', () => {
    const r = valeurDe(evaluerBudget(avec({ typeTaux: 'marge', taux: '50 %' })))!;
    expect(r.tauxDeMarque).toBeCloseTo(0.5 / 1.5, 12);
    expect(r.caMinimum).toBeCloseTo(17200 / (0.5 / 1.5), 6);
    expect(r.lectureErronee).toBeCloseTo(17200 / 0.5, 6);
    expect(r.caMinimum - r.lectureErronee!).toBeCloseTo(17200, 6);
  });

  test('les saisies à la française sont lues', () => {
    const s = avec({
      lignes: [
        { id: 'a', action: 'A', montant: '1\u202f250,50 €' },
        { id: 'b', action: 'B', montant: '749.5' },
      ],
      taux: '12,5',
    });
    const r = valeurDe(evaluerBudget(s))!;
    expect(r.total).toBeCloseTo(2000, 9);
    expect(r.caMinimum).toBeCloseTo(16000, 6);
  });

  test('une saisie invalide donne une erreur en français sur le bon champ, sans résultat', () => {
    const e = evaluerBudget(avec({ lignes: [{ id: 'a', action: 'Salon', montant: 'abc' }] }));
    expect(valeurDe(e)).toBeUndefined();
    expect(erreursDe(e).a).toMatch(/nombre/);
    expect(erreursDe(evaluerBudget(avec({ taux: '' }))).taux).toBeTruthy();
    expect(erreursDe(evaluerBudget(avec({ taux: '0' }))).taux).toBeTruthy();
    expect(erreursDe(evaluerBudget(avec({ taux: '100 %' }))).taux).toBeTruthy();
    expect(
      erreursDe(evaluerBudget(avec({ lignes: [{ id: 'a', action: 'Salon', montant: '-5' }] }))).a,
    ).toMatch(/négative/);
  });

  test('une enveloppe vide donne un CA minimum nul, sans division par zéro', () => {
    const r = valeurDe(evaluerBudget(avec({ lignes: [] })))!;
    expect(r.total).toBe(0);
    expect(r.caMinimum).toBe(0);
  });
});

describe('validerSaisieBudget', () => {
  test('accepte le budget par défaut', () => {
    expect(validerSaisieBudget(JSON.parse(JSON.stringify(BUDGET_PAR_DEFAUT)))).toEqual(
      BUDGET_PAR_DEFAUT,
    );
  });
  test.each([
    null,
    42,
    'x',
    {},
    { ...BUDGET_PAR_DEFAUT, typeTaux: 'autre' },
    { ...BUDGET_PAR_DEFAUT, lignes: [{ id: 1 }] },
    { ...BUDGET_PAR_DEFAUT, devise: 'USD' },
  ])('refuse une valeur stockée mal formée (%#)', (brut) =>
    expect(validerSaisieBudget(brut)).toBeUndefined(),
  );
});
