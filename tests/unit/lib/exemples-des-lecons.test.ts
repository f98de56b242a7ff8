/**
 * The worked examples that teach the formulas of the sheet (issue 17), recomputed with the
 * library: if a lesson's figure and src/lib disagree, this file says which example is wrong.
 * Each case quotes the chapter and the example's title.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '@lib/index.ts';
import { v } from './aide-lib.ts';

describe('chapitre 9 : « quand la campagne de Sadaf Emballages est-elle remboursée ? »', () => {
  const chiffreAffaires = 10 * 48000;
  const taux = v(lib.tauxMargeSurCoutVariable({ chiffreAffaires, chargesVariables: 336000 }));
  const seuil = v(lib.seuilDeRentabilite({ chargesFixes: 64000, tauxMargeSurCoutVariable: taux }));

  it('30 % de marge sur coût variable, seuil ≈ 213 333 DH, un peu plus de 4 commandes', () => {
    expect(chiffreAffaires).toBe(480000);
    expect(taux).toBeCloseTo(0.3, 12);
    expect(Math.round(seuil)).toBe(213333);
    expect(Math.ceil(seuil / 48000)).toBe(5);
  });

  it('point mort 160 jours (vers le 10 juin), marge de sécurité ≈ 266 667 DH, indice ≈ 55,6 %', () => {
    expect(v(lib.pointMort({ seuilDeRentabilite: seuil, chiffreAffaires, joursParAn: 360 }))).toBeCloseTo(160, 9);
    expect(Math.round(v(lib.margeDeSecurite({ chiffreAffaires, seuilDeRentabilite: seuil })))).toBe(266667);
    expect(v(lib.indiceDeSecurite({ chiffreAffaires, seuilDeRentabilite: seuil }))).toBeCloseTo(0.5556, 4);
  });

  it('diviser par la part des charges variables donnerait un seuil plus de deux fois trop bas', () => {
    expect(seuil / (64000 / 0.7)).toBeGreaterThan(2);
  });
});

describe('chapitre 9 : « L’erreur qui coûte exactement l’enveloppe »', () => {
  it('51 600 € de CA à 25 % de marque ne laissent que 12 900 €, les trois quarts de 17 200 €', () => {
    const tauxDeMarque = v(lib.tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: 1 / 3 }));
    const faux = v(lib.caMinimum({ depenses: 17200, tauxDeMarque: 1 / 3 }));
    expect(faux).toBeCloseTo(51600, 6);
    expect(faux * tauxDeMarque).toBeCloseTo(12900, 6);
    expect((faux * tauxDeMarque) / 17200).toBeCloseTo(0.75, 9);
    expect(v(lib.caMinimum({ depenses: 17200, tauxDeMarque })) - faux).toBeCloseTo(17200, 6);
  });
});
