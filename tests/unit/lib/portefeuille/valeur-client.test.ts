import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dureeDeVieClient,
  nouveauxClientsNecessaires,
  panierMoyen,
  partDeMarche,
  taux,
  tauxDeRealisation,
  valeurClient,
  valeurClientActualisee,
  valeurClientEnMarge,
} from '@lib/portefeuille/valeur-client.ts';
import { DUREE_DE_VIE_MAX, dureeDeVieRetenue } from '@lib/portefeuille/duree-de-vie.ts';
import { erreur, fini, nimporte, v } from '../aide-lib.ts';

describe('portfolio ratios', () => {
  it('worked examples', () => {
    expect(v(panierMoyen({ chiffreAffaires: 250000, transactions: 1000 }))).toBe(250);
    expect(v(partDeMarche({ chiffreAffaires: 2e6, chiffreAffairesMarche: 2e7 }))).toBeCloseTo(
      0.1,
      12,
    );
    expect(v(tauxDeRealisation({ realise: 90, objectif: 100 }))).toBeCloseTo(0.9, 12);
    expect(v(tauxDeRealisation({ realise: 120, objectif: 100 }))).toBeCloseTo(1.2, 12);
    expect(v(taux({ sortants: 30, entrants: 600 }))).toBeCloseTo(0.05, 12);
  });

  it('errors', () => {
    expect(erreur(panierMoyen({ chiffreAffaires: 1, transactions: 0 }))).toEqual({
      champ: 'transactions',
      message: 'Le nombre de transactions doit être supérieur à 0.',
    });
    expect(erreur(partDeMarche({ chiffreAffaires: 3, chiffreAffairesMarche: 2 }))?.champ).toBe(
      'chiffreAffaires',
    );
    expect(erreur(taux({ sortants: 31, entrants: 30 }))?.message).toContain('ne peut pas dépasser');
    expect(erreur(taux({ sortants: 0, entrants: 0 }))?.champ).toBe('entrants');
    expect(erreur(tauxDeRealisation({ realise: 1, objectif: 0 }))).toEqual({
      champ: 'objectif',
      message: 'L’objectif doit être supérieur à 0.',
    });
  });

  it('a stage rate is always between 0 and 1', () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), (a, b) => {
        const [sortants, entrants] = a <= b ? [a, b] : [b, a];
        fc.pre(entrants > 0);
        const t = v(taux({ sortants, entrants }));
        return t >= 0 && t <= 1;
      }),
    );
  });
});

describe('attrition and client value', () => {
  it('durée de vie and new clients needed', () => {
    expect(v(dureeDeVieClient({ tauxAttrition: 0.2 }))).toBeCloseTo(5, 12);
    expect(v(dureeDeVieClient({ tauxAttrition: 1 }))).toBe(1);
    expect(erreur(dureeDeVieClient({ tauxAttrition: 0 }))?.champ).toBe('tauxAttrition');
    expect(erreur(dureeDeVieClient({ tauxAttrition: 1.2 }))?.message).toBe(
      'Le taux d’attrition doit être compris entre 0\u202F% et 100\u202F%.',
    );
    expect(
      v(nouveauxClientsNecessaires({ clients: 200, tauxAttrition: 0.1, tauxCroissance: 0.05 })),
    ).toBe(30);
    expect(
      v(nouveauxClientsNecessaires({ clients: 210, tauxAttrition: 0.1, tauxCroissance: 0 })),
    ).toBe(21);
    expect(
      v(nouveauxClientsNecessaires({ clients: 205, tauxAttrition: 0.1, tauxCroissance: 0 })),
    ).toBe(21);
    expect(
      erreur(nouveauxClientsNecessaires({ clients: 200, tauxAttrition: 0.1, tauxCroissance: -0.2 }))
        ?.champ,
    ).toBe('tauxCroissance');
  });

  it('valeur client in turnover and in margin', () => {
    expect(v(valeurClient({ panierMoyen: 250, frequence: 4, duree: 5 }))).toBe(5000);
    expect(
      v(valeurClientEnMarge({ panierMoyen: 250, frequence: 4, duree: 5, tauxDeMarque: 0.3 })),
    ).toBeCloseTo(1500, 9);
    expect(
      erreur(valeurClientEnMarge({ panierMoyen: 250, frequence: 4, duree: 5, tauxDeMarque: 1 }))
        ?.champ,
    ).toBe('tauxDeMarque');
    expect(erreur(valeurClient({ panierMoyen: 250, frequence: -4, duree: 5 }))).toEqual({
      champ: 'frequence',
      message: 'La fréquence d’achat (achats par an) ne peut pas être négative.',
    });
  });

  it('valeur actualisée: closed form m ÷ (a + i) and truncated horizons', () => {
    const base = { margeAnnuelle: 1000, tauxAttrition: 0.2, tauxActualisation: 0.05 };
    expect(v(valeurClientActualisee(base))).toBeCloseTo(4000, 9);
    expect(v(valeurClientActualisee({ ...base, horizon: 1 }))).toBeCloseTo(1000 / 1.05, 9);
    expect(v(valeurClientActualisee({ ...base, horizon: 2 }))).toBeCloseTo(
      1000 / 1.05 + 800 / 1.05 ** 2,
      9,
    );
    expect(v(valeurClientActualisee({ ...base, horizon: 0 }))).toBe(0);
    expect(
      v(
        valeurClientActualisee({
          margeAnnuelle: 1000,
          tauxAttrition: 0,
          tauxActualisation: 0,
          horizon: 3,
        }),
      ),
    ).toBe(3000);
    expect(
      erreur(
        valeurClientActualisee({ margeAnnuelle: 1000, tauxAttrition: 0, tauxActualisation: 0 }),
      )?.champ,
    ).toBe('horizon');
  });

  it('the closed form agrees with the year-by-year sum', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        (m, a, i, horizon) => {
          let somme = 0;
          for (let t = 1; t <= horizon; t++) somme += (m * (1 - a) ** (t - 1)) / (1 + i) ** t;
          const calcule = v(
            valeurClientActualisee({
              margeAnnuelle: m,
              tauxAttrition: a,
              tauxActualisation: i,
              horizon,
            }),
          );
          return Math.abs(calcule - somme) <= 1e-9 * Math.max(1, somme);
        },
      ),
    );
  });

  it('a long horizon approaches the unlimited one', () => {
    const base = { margeAnnuelle: 1000, tauxAttrition: 0.15, tauxActualisation: 0.08 };
    expect(v(valeurClientActualisee({ ...base, horizon: 400 }))).toBeCloseTo(
      v(valeurClientActualisee(base)),
      6,
    );
  });

  it('never NaN or Infinity', () => {
    fc.assert(
      fc.property(nimporte, nimporte, nimporte, nimporte, (a, b, c, d) =>
        [
          panierMoyen({ chiffreAffaires: a, transactions: b }),
          partDeMarche({ chiffreAffaires: a, chiffreAffairesMarche: b }),
          tauxDeRealisation({ realise: a, objectif: b }),
          taux({ sortants: a, entrants: b }),
          dureeDeVieClient({ tauxAttrition: a }),
          nouveauxClientsNecessaires({ clients: a, tauxAttrition: b, tauxCroissance: c }),
          valeurClient({ panierMoyen: a, frequence: b, duree: c }),
          valeurClientEnMarge({ panierMoyen: a, frequence: b, duree: c, tauxDeMarque: d }),
          valeurClientActualisee({ margeAnnuelle: a, tauxAttrition: b, tauxActualisation: c }),
          valeurClientActualisee({
            margeAnnuelle: a,
            tauxAttrition: b,
            tauxActualisation: c,
            horizon: d,
          }),
        ].every(fini),
      ),
    );
  });
});

describe('dureeDeVieRetenue (one rule for the lifetime a customer value counts)', () => {
  it('1 ÷ attrition up to 10 years, capped beyond, the cap when no client was lost', () => {
    expect(DUREE_DE_VIE_MAX).toBe(10);
    expect(v(dureeDeVieRetenue({ tauxAttrition: 0.2 }))).toEqual({
      duree: 5,
      dureeCalculee: 5,
      plafonnee: false,
    });
    // Sadaf: 7 of its 103 clients lost, 14,71 years by the formula, 10 retained.
    const sadaf = v(dureeDeVieRetenue({ tauxAttrition: 7 / 103 }));
    expect(sadaf).toMatchObject({ duree: 10, plafonnee: true });
    expect(sadaf.dureeCalculee).toBeCloseTo(14.71, 2);
    expect(v(dureeDeVieRetenue({ tauxAttrition: 0.1 })).plafonnee).toBe(false);
    expect(v(dureeDeVieRetenue({ tauxAttrition: 0 }))).toEqual({ duree: 10, plafonnee: true });
    expect(erreur(dureeDeVieRetenue({ tauxAttrition: 1.5 }))).toBeDefined();
  });

  it('never above the cap, never above 1 ÷ attrition', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (tauxAttrition) => {
        const d = v(dureeDeVieRetenue({ tauxAttrition }));
        return d.duree <= DUREE_DE_VIE_MAX && (tauxAttrition === 0 || d.duree <= 1 / tauxAttrition);
      }),
    );
  });
});
