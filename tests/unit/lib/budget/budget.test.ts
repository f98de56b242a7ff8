import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  analyseBudget,
  caMinimum,
  caMinimumLectureErronee,
  caObjectif,
  totalDepenses,
  type LigneBudget,
} from '@lib/budget/budget.ts';
import { tauxDeMarqueDepuisTauxDeMarge } from '@lib/marges/marges.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

const lignes: LigneBudget[] = [
  { id: 'salon', action: 'Salon professionnel', montant: 12000 },
  { id: 'mailing', action: 'Premier mailing', montant: 3000 },
  { id: 'doc', action: 'Documentation', montant: 5000 },
  { id: 'mission', action: 'Mission de prospection', montant: 10000 },
];

describe('totalDepenses', () => {
  it('adds the lines; an empty budget totals 0', () => {
    expect(v(totalDepenses({ lignes }))).toBe(30000);
    expect(v(totalDepenses({ lignes: [] }))).toBe(0);
  });

  it('names the faulty line by its action', () => {
    const avecNegatif = [...lignes, { id: 'x', action: 'Annonces', montant: -5 }];
    expect(erreur(totalDepenses({ lignes: avecNegatif }))).toEqual({
      champ: 'lignes',
      message: 'Le montant de la ligne «\u00A0Annonces\u00A0» ne peut pas être négatif.',
    });
    const avecNaN = [{ id: 'y', action: 'Tarif', montant: Number.NaN }];
    expect(erreur(totalDepenses({ lignes: avecNaN }))).toEqual({
      champ: 'lignes',
      message: 'Le montant de la ligne «\u00A0Tarif\u00A0» doit être un nombre.',
    });
  });
});

describe('caMinimum and caObjectif', () => {
  it('divide by the taux de marque (worked example: 30 000 € at 20 %)', () => {
    expect(v(caMinimum({ depenses: 30000, tauxDeMarque: 0.2 }))).toBeCloseTo(150000, 6);
    expect(v(caObjectif({ depenses: 30000, beneficeVise: 10000, tauxDeMarque: 0.2 }))).toBeCloseTo(
      200000,
      6,
    );
    expect(v(caMinimum({ depenses: 0, tauxDeMarque: 0.2 }))).toBe(0);
  });

  it('the wrong reading (÷ taux de marge) lands below the true minimum', () => {
    const tauxDeMarque = v(tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: 0.25 }));
    expect(v(caMinimum({ depenses: 30000, tauxDeMarque }))).toBeCloseTo(150000, 6);
    expect(v(caMinimumLectureErronee({ depenses: 30000, tauxDeMarge: 0.25 }))).toBeCloseTo(
      120000,
      6,
    );
  });

  it('the margin of the CA minimum pays exactly for the expenses', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (depenses, t) => {
          const ca = v(caMinimum({ depenses, tauxDeMarque: t }));
          return Math.abs(ca * t - depenses) <= 1e-9 * Math.max(1, depenses);
        },
      ),
    );
  });

  it.each([
    [
      caMinimum({ depenses: 30000, tauxDeMarque: 0 }),
      'tauxDeMarque',
      'Avec un taux de marque nul, aucune vente ne couvre les dépenses.',
    ],
    [
      caMinimum({ depenses: -1, tauxDeMarque: 0.2 }),
      'depenses',
      'Les dépenses ne peuvent pas être négatives.',
    ],
    [
      caObjectif({ depenses: 1, beneficeVise: -1, tauxDeMarque: 0.2 }),
      'beneficeVise',
      'Le bénéfice visé ne peut pas être négatif.',
    ],
    [
      caMinimum({ depenses: Number.NaN, tauxDeMarque: 0.2 }),
      'depenses',
      'Les dépenses doivent être un nombre.',
    ],
    [
      caMinimumLectureErronee({ depenses: 1, tauxDeMarge: 0 }),
      'tauxDeMarge',
      'Le taux de marge doit être supérieur à 0 pour couvrir des dépenses.',
    ],
  ])('error %#', (r, champ, message) => {
    expect(erreur(r)).toEqual({ champ, message });
  });

  it('refuses a negative taux de marque and one of 100 % or more', () => {
    expect(erreur(caMinimum({ depenses: 1, tauxDeMarque: -0.1 }))?.champ).toBe('tauxDeMarque');
    expect(erreur(caMinimum({ depenses: 1, tauxDeMarque: 1 }))?.message).toContain('100\u202F%');
    expect(erreur(caObjectif({ depenses: 1, beneficeVise: 0, tauxDeMarque: 1.5 }))?.champ).toBe(
      'tauxDeMarque',
    );
  });

  it('never returns NaN or Infinity', () => {
    const nimporte = fc.oneof(
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, 1e308, 5e-324),
    );
    fc.assert(
      fc.property(nimporte, nimporte, nimporte, (a, b, c) =>
        [
          caMinimum({ depenses: a, tauxDeMarque: b }),
          caObjectif({ depenses: a, beneficeVise: c, tauxDeMarque: b }),
          caMinimumLectureErronee({ depenses: a, tauxDeMarge: b }),
          totalDepenses({
            lignes: [
              { id: '1', action: 'a', montant: a },
              { id: '2', action: 'b', montant: b },
            ],
          }),
        ].every((r) => !r.ok || Number.isFinite(r.valeur)),
      ),
    );
  });
});

describe('analyseBudget', () => {
  it('gives the total, the CA minimum and each share', () => {
    const a = v(analyseBudget({ lignes, tauxDeMarque: 0.2 }));
    expect(a.total).toBe(30000);
    expect(a.caMinimum).toBeCloseTo(150000, 6);
    expect(a.parAction.map((l) => l.part)).toEqual([0.4, 0.1, 5000 / 30000, 10000 / 30000]);
    expect(a.parAction.reduce((s, l) => s + l.part, 0)).toBeCloseTo(1, 12);
  });

  it('shares are 0 when the total is 0', () => {
    const a = v(
      analyseBudget({ lignes: [{ id: 'a', action: 'Gratuit', montant: 0 }], tauxDeMarque: 0.3 }),
    );
    expect(a).toEqual({
      total: 0,
      caMinimum: 0,
      parAction: [{ id: 'a', action: 'Gratuit', montant: 0, part: 0 }],
    });
  });

  it('passes errors through', () => {
    expect(erreur(analyseBudget({ lignes, tauxDeMarque: 0 }))?.champ).toBe('tauxDeMarque');
    expect(
      erreur(analyseBudget({ lignes: [{ id: 'a', action: 'A', montant: -1 }], tauxDeMarque: 0.3 }))
        ?.champ,
    ).toBe('lignes');
  });
});
