import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  coefficientMultiplicateur,
  margeGlobale,
  margeUnitaire,
  prixHT,
  prixNet,
  prixTTC,
  prixVenteHTDepuisTauxDeMarge,
  prixVenteHTDepuisTauxDeMarque,
  tauxDeMarge,
  tauxDeMarqueDepuisTauxDeMarge,
  tauxDeMargeDepuisTauxDeMarque,
  tauxDeMarque,
} from '@lib/marges/marges.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = (r: Resultat<number>): number => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = (r: Resultat<number>) => (r.ok ? undefined : r.erreur);

/** Any double, including NaN, ±Infinity, −0, huge and tiny values. */
const nimporte = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1, -1, 1e308, -1e308, 5e-324),
);
const sansNaN = (r: Resultat<number>) => !r.ok || Number.isFinite(r.valeur);

describe('worked example: bought 80 € HT, sold 100 € HT', () => {
  it('margin, rates and their bases', () => {
    expect(v(margeUnitaire({ prixVenteHT: 100, coutAchatHT: 80 }))).toBe(20);
    expect(v(margeGlobale({ margeUnitaire: 20, quantite: 150 }))).toBe(3000);
    expect(v(tauxDeMarge({ prixVenteHT: 100, coutAchatHT: 80 }))).toBeCloseTo(0.25, 12);
    expect(v(tauxDeMarque({ prixVenteHT: 100, coutAchatHT: 80 }))).toBeCloseTo(0.2, 12);
  });

  it('prices back from the rates', () => {
    expect(v(prixVenteHTDepuisTauxDeMarge({ coutAchatHT: 80, tauxDeMarge: 0.25 }))).toBeCloseTo(
      100,
      10,
    );
    expect(v(prixVenteHTDepuisTauxDeMarque({ coutAchatHT: 80, tauxDeMarque: 0.2 }))).toBeCloseTo(
      100,
      10,
    );
    expect(v(tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: 0.25 }))).toBeCloseTo(0.2, 12);
    expect(v(tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque: 0.2 }))).toBeCloseTo(0.25, 12);
  });

  it('VAT, coefficient and discount', () => {
    expect(v(prixTTC({ prixHT: 100, tauxTVA: 0.2 }))).toBeCloseTo(120, 10);
    expect(v(prixHT({ prixTTC: 120, tauxTVA: 0.2 }))).toBeCloseTo(100, 10);
    expect(v(coefficientMultiplicateur({ prixVenteTTC: 120, coutAchatHT: 80 }))).toBeCloseTo(
      1.5,
      12,
    );
    expect(v(prixNet({ prixBrut: 100, tauxRemise: 0.1 }))).toBeCloseTo(90, 10);
    expect(v(prixNet({ prixBrut: 100, tauxRemise: 1 }))).toBe(0);
  });

  it('a sale at a loss has a negative margin and rates', () => {
    expect(v(margeUnitaire({ prixVenteHT: 70, coutAchatHT: 80 }))).toBe(-10);
    expect(v(tauxDeMarge({ prixVenteHT: 70, coutAchatHT: 80 }))).toBeCloseTo(-0.125, 12);
    expect(v(tauxDeMarque({ prixVenteHT: 70, coutAchatHT: 80 }))).toBeCloseTo(-1 / 7, 12);
  });
});

describe('errors in French, naming the field', () => {
  it.each([
    [
      margeUnitaire({ prixVenteHT: -1, coutAchatHT: 80 }),
      'prixVenteHT',
      'Le prix de vente HT ne peut pas être négatif.',
    ],
    [
      margeGlobale({ margeUnitaire: 20, quantite: -2 }),
      'quantite',
      'La quantité ne peut pas être négative.',
    ],
    [
      tauxDeMarge({ prixVenteHT: 100, coutAchatHT: 0 }),
      'coutAchatHT',
      'Le coût d’achat HT doit être supérieur à 0 pour calculer un taux de marge.',
    ],
    [
      tauxDeMarque({ prixVenteHT: 0, coutAchatHT: 80 }),
      'prixVenteHT',
      'Le prix de vente HT doit être supérieur à 0 pour calculer un taux de marque.',
    ],
    [
      tauxDeMarque({ prixVenteHT: Number.NaN, coutAchatHT: 80 }),
      'prixVenteHT',
      'Le prix de vente HT doit être un nombre.',
    ],
    [
      margeGlobale({ margeUnitaire: Infinity, quantite: 2 }),
      'margeUnitaire',
      'La marge unitaire doit être un nombre.',
    ],
    [
      prixNet({ prixBrut: 100, tauxRemise: 1.5 }),
      'tauxRemise',
      'Le taux de remise doit être compris entre 0\u202F% et 100\u202F%.',
    ],
  ])('%#', (r, champ, message) => {
    expect(erreur(r)).toEqual({ champ, message });
  });

  it('refuses a taux de marque of 100 % or more', () => {
    for (const tauxDeMarque of [1, 1.2]) {
      expect(erreur(prixVenteHTDepuisTauxDeMarque({ coutAchatHT: 80, tauxDeMarque }))?.champ).toBe(
        'tauxDeMarque',
      );
      expect(erreur(tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque }))?.message).toContain(
        'inférieur à 100\u202F%',
      );
    }
  });

  it('refuses a taux de marge of −100 % or less', () => {
    expect(erreur(tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: -1 }))?.champ).toBe('tauxDeMarge');
    expect(erreur(prixVenteHTDepuisTauxDeMarge({ coutAchatHT: 80, tauxDeMarge: -2 }))?.champ).toBe(
      'tauxDeMarge',
    );
  });

  it('refuses a VAT rate typed as 20 instead of 0,2', () => {
    expect(erreur(prixTTC({ prixHT: 100, tauxTVA: 20 }))?.message).toContain('20\u202F% = 0,2');
    expect(erreur(prixHT({ prixTTC: 100, tauxTVA: -0.1 }))?.champ).toBe('tauxTVA');
  });

  it('reports an overflow instead of Infinity', () => {
    expect(margeGlobale({ margeUnitaire: 1e308, quantite: 1e10 }).ok).toBe(false);
  });
});

describe('properties', () => {
  it('no NaN or Infinity for any input', () => {
    fc.assert(
      fc.property(nimporte, nimporte, (a, b) =>
        [
          margeUnitaire({ prixVenteHT: a, coutAchatHT: b }),
          margeGlobale({ margeUnitaire: a, quantite: b }),
          tauxDeMarge({ prixVenteHT: a, coutAchatHT: b }),
          tauxDeMarque({ prixVenteHT: a, coutAchatHT: b }),
          prixVenteHTDepuisTauxDeMarge({ coutAchatHT: a, tauxDeMarge: b }),
          prixVenteHTDepuisTauxDeMarque({ coutAchatHT: a, tauxDeMarque: b }),
          tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: a }),
          tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque: a }),
          coefficientMultiplicateur({ prixVenteTTC: a, coutAchatHT: b }),
          prixTTC({ prixHT: a, tauxTVA: b }),
          prixHT({ prixTTC: a, tauxTVA: b }),
          prixNet({ prixBrut: a, tauxRemise: b }),
        ].every(sansNaN),
      ),
    );
  });

  const prix = fc.double({ min: 0.01, max: 1e9, noNaN: true });

  it('with a positive margin: taux de marque < 1 and taux de marge > taux de marque', () => {
    fc.assert(
      fc.property(prix, prix, (a, b) => {
        const [coutAchatHT, prixVenteHT] = a < b ? [a, b] : [b, a];
        fc.pre(prixVenteHT > coutAchatHT);
        const marge = v(tauxDeMarge({ prixVenteHT, coutAchatHT }));
        const marque = v(tauxDeMarque({ prixVenteHT, coutAchatHT }));
        return marque > 0 && marque < 1 && marge > marque;
      }),
    );
  });

  it('the two conversions are inverse', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.99, max: 100, noNaN: true }), (t) => {
        const marque = v(tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: t }));
        const retour = v(tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque: marque }));
        return Math.abs(retour - t) <= 1e-9 * Math.max(1, Math.abs(t));
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -100, max: 0.99, noNaN: true }), (m) => {
        const marge = v(tauxDeMargeDepuisTauxDeMarque({ tauxDeMarque: m }));
        const retour = v(tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: marge }));
        return Math.abs(retour - m) <= 1e-9 * Math.max(1, Math.abs(m));
      }),
    );
  });

  it('prices and rates agree: PV from either rate gives back the same price', () => {
    fc.assert(
      // Cost between 1 % and 100 times the price: beyond that, 1 − taux de marque cancels digits.
      fc.property(prix, fc.double({ min: 0.01, max: 100, noNaN: true }), (prixVenteHT, k) => {
        const coutAchatHT = prixVenteHT * k;
        const marge = v(tauxDeMarge({ prixVenteHT, coutAchatHT }));
        const marque = v(tauxDeMarque({ prixVenteHT, coutAchatHT }));
        const pv1 = v(prixVenteHTDepuisTauxDeMarge({ coutAchatHT, tauxDeMarge: marge }));
        const pv2 = v(prixVenteHTDepuisTauxDeMarque({ coutAchatHT, tauxDeMarque: marque }));
        const tol = 1e-9 * prixVenteHT;
        return Math.abs(pv1 - prixVenteHT) <= tol && Math.abs(pv2 - prixVenteHT) <= tol;
      }),
    );
  });

  it('prix HT and prix TTC are inverse', () => {
    fc.assert(
      fc.property(prix, fc.double({ min: 0, max: 0.99, noNaN: true }), (p, tauxTVA) => {
        const retour = v(prixHT({ prixTTC: v(prixTTC({ prixHT: p, tauxTVA })), tauxTVA }));
        return Math.abs(retour - p) <= 1e-9 * p;
      }),
    );
  });
});
