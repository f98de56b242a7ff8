import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clientsPourRentabiliser,
  coutAcquisitionClient,
  coutUnitaire,
  indiceDeSecurite,
  margeDeSecurite,
  pointMort,
  resultatOperation,
  roi,
  seuilDeRentabilite,
  tauxMargeSurCoutVariable,
} from '@lib/marges/rentabilite.ts';
import { margeSurChiffreAffaires } from '@lib/marges/marge-operation.ts';
import { erreur, fini, nimporte, v } from '../aide-lib.ts';

describe('break-even', () => {
  it('worked example: 60 000 € of fixed costs, 40 % de MCV, CA 200 000 €', () => {
    expect(
      v(tauxMargeSurCoutVariable({ chiffreAffaires: 200000, chargesVariables: 120000 })),
    ).toBeCloseTo(0.4, 12);
    const seuil = v(seuilDeRentabilite({ chargesFixes: 60000, tauxMargeSurCoutVariable: 0.4 }));
    expect(seuil).toBeCloseTo(150000, 6);
    expect(v(pointMort({ seuilDeRentabilite: seuil, chiffreAffaires: 200000 }))).toBeCloseTo(
      270,
      9,
    );
    expect(
      v(pointMort({ seuilDeRentabilite: seuil, chiffreAffaires: 200000, joursParAn: 365 })),
    ).toBeCloseTo(273.75, 9);
    expect(v(margeDeSecurite({ chiffreAffaires: 200000, seuilDeRentabilite: seuil }))).toBeCloseTo(
      50000,
      6,
    );
    expect(v(indiceDeSecurite({ chiffreAffaires: 200000, seuilDeRentabilite: seuil }))).toBeCloseTo(
      0.25,
      12,
    );
  });

  it('a seuil above the CA: point mort past the year end, negative safety margin', () => {
    expect(v(pointMort({ seuilDeRentabilite: 300000, chiffreAffaires: 200000 }))).toBeCloseTo(
      540,
      9,
    );
    expect(v(margeDeSecurite({ chiffreAffaires: 200000, seuilDeRentabilite: 300000 }))).toBe(
      -100000,
    );
  });

  it('errors', () => {
    expect(
      erreur(seuilDeRentabilite({ chargesFixes: 1000, tauxMargeSurCoutVariable: 0 }))?.champ,
    ).toBe('tauxMargeSurCoutVariable');
    expect(erreur(seuilDeRentabilite({ chargesFixes: -1, tauxMargeSurCoutVariable: 0.3 }))).toEqual(
      {
        champ: 'chargesFixes',
        message: 'Les charges fixes ne peuvent pas être négatives.',
      },
    );
    expect(erreur(pointMort({ seuilDeRentabilite: 1, chiffreAffaires: 0 }))?.champ).toBe(
      'chiffreAffaires',
    );
    expect(
      erreur(pointMort({ seuilDeRentabilite: 1, chiffreAffaires: 2, joursParAn: 0 }))?.champ,
    ).toBe('joursParAn');
    expect(erreur(indiceDeSecurite({ chiffreAffaires: 0, seuilDeRentabilite: 1 }))?.champ).toBe(
      'chiffreAffaires',
    );
  });
});

describe('profitability of an operation', () => {
  it('ROI on the margin, not on the turnover: 40 000 € of sales at 20 % for 10 000 € lose money', () => {
    const margeGeneree = 40000 * 0.2;
    expect(v(resultatOperation({ margeGeneree, cout: 10000 }))).toBeCloseTo(-2000, 9);
    expect(v(roi({ margeGeneree, cout: 10000 }))).toBeCloseTo(-0.2, 12);
    expect(v(roi({ margeGeneree: 25000, cout: 10000 }))).toBeCloseTo(1.5, 12);
  });

  it('unit costs', () => {
    expect(v(coutUnitaire({ coutTotal: 3000, nombre: 600 }))).toBe(5);
    expect(v(coutAcquisitionClient({ coutTotal: 10000, nouveauxClients: 8 }))).toBe(1250);
    expect(erreur(coutAcquisitionClient({ coutTotal: 10000, nouveauxClients: 0 }))).toEqual({
      champ: 'nouveauxClients',
      message: 'Le nombre de nouveaux clients doit être supérieur à 0 pour répartir le coût.',
    });
    expect(erreur(roi({ margeGeneree: 1, cout: 0 }))?.champ).toBe('cout');
  });

  it('clients pour rentabiliser: rounded up, without floating-point surprises', () => {
    expect(v(clientsPourRentabiliser({ cout: 10000, margeParClient: 1250 }))).toBe(8);
    expect(v(clientsPourRentabiliser({ cout: 10001, margeParClient: 1250 }))).toBe(9);
    expect(v(clientsPourRentabiliser({ cout: 1.1, margeParClient: 0.1 }))).toBe(11);
    expect(v(clientsPourRentabiliser({ cout: 0, margeParClient: 100 }))).toBe(0);
    expect(erreur(clientsPourRentabiliser({ cout: 100, margeParClient: 0 }))?.champ).toBe(
      'margeParClient',
    );
  });

  it('enough clients always pay for the cost, one fewer does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e7 }),
        fc.integer({ min: 1, max: 1e5 }),
        (cout, margeParClient) => {
          const n = v(clientsPourRentabiliser({ cout, margeParClient }));
          return n * margeParClient >= cout && (n - 1) * margeParClient < cout;
        },
      ),
    );
  });

  it('never NaN or Infinity', () => {
    fc.assert(
      fc.property(nimporte, nimporte, nimporte, (a, b, c) =>
        [
          tauxMargeSurCoutVariable({ chiffreAffaires: a, chargesVariables: b }),
          seuilDeRentabilite({ chargesFixes: a, tauxMargeSurCoutVariable: b }),
          pointMort({ seuilDeRentabilite: a, chiffreAffaires: b, joursParAn: c }),
          margeDeSecurite({ chiffreAffaires: a, seuilDeRentabilite: b }),
          indiceDeSecurite({ chiffreAffaires: a, seuilDeRentabilite: b }),
          resultatOperation({ margeGeneree: a, cout: b }),
          roi({ margeGeneree: a, cout: b }),
          coutUnitaire({ coutTotal: a, nombre: b }),
          coutAcquisitionClient({ coutTotal: a, nouveauxClients: b }),
          clientsPourRentabiliser({ cout: a, margeParClient: b }),
        ].every(fini),
      ),
    );
  });

  describe('margeSurChiffreAffaires (one rule for a campaign’s margin)', () => {
    it('CA × taux de marque, rounded to the unit of money, half up', () => {
      // Sadaf’s spring campaign: 658 500 DH at 30 %; Hilal’s: 139 201 DH at 16,3 %.
      expect(v(margeSurChiffreAffaires({ chiffreAffaires: 658_500, tauxDeMarque: 0.3 }))).toBe(
        197_550,
      );
      expect(v(margeSurChiffreAffaires({ chiffreAffaires: 139_201, tauxDeMarque: 0.163 }))).toBe(
        22_690,
      );
      // 90 × 0,35 = 31,5 on paper (31,4999… in binary): half up gives 32.
      expect(v(margeSurChiffreAffaires({ chiffreAffaires: 90, tauxDeMarque: 0.35 }))).toBe(32);
      expect(v(margeSurChiffreAffaires({ chiffreAffaires: 0, tauxDeMarque: 0.4 }))).toBe(0);
    });

    it('refuses a negative turnover and a taux de marque of 100 % or more', () => {
      expect(
        erreur(margeSurChiffreAffaires({ chiffreAffaires: -1, tauxDeMarque: 0.3 }))?.message,
      ).toMatch(/chiffre d’affaires/);
      expect(
        erreur(margeSurChiffreAffaires({ chiffreAffaires: 100, tauxDeMarque: 1 }))?.message,
      ).toMatch(/inférieur à 100/);
    });

    it('is always a whole amount within half a unit of CA × taux', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1e8 }),
          fc.double({ min: -0.5, max: 0.99, noNaN: true }),
          (chiffreAffaires, tauxDeMarque) => {
            const m = v(margeSurChiffreAffaires({ chiffreAffaires, tauxDeMarque }));
            return (
              Number.isInteger(m) && Math.abs(m - chiffreAffaires * tauxDeMarque) <= 0.5 + 1e-3
            );
          },
        ),
      );
    });
  });
});
