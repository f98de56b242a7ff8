import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  coutAcquisitionDeCampagne,
  coutDeCampagne,
} from '../../../../src/lib/portefeuille/cout-campagne.ts';
import { erreur, v } from '../aide-lib.ts';

const lignes = (...montants: number[]) => montants.map((montant) => ({ montant }));

describe('coutDeCampagne', () => {
  test('additionne les lignes de coût : 1 200 + 800,50 + 0 = 2 000,50', () => {
    expect(coutDeCampagne({ lignesDeCout: lignes(1200, 800.5, 0) })).toBe(2000.5);
  });
  test('une campagne sans ligne ne coûte rien', () => {
    expect(coutDeCampagne({ lignesDeCout: [] })).toBe(0);
  });
});

describe('coutAcquisitionDeCampagne', () => {
  test('17 200 € de dépenses pour 15 nouveaux clients : 1 146,67 € par client', () => {
    const cout = v(
      coutAcquisitionDeCampagne({
        lignesDeCout: lignes(2400, 3200, 4500, 6000, 1100),
        nouveauxClients: 15,
      }),
    );
    expect(cout).toBeCloseTo(17200 / 15, 9);
  });
  test('sans nouveau client, une erreur française plutôt qu’une division par zéro', () => {
    const e = erreur(coutAcquisitionDeCampagne({ lignesDeCout: lignes(500), nouveauxClients: 0 }));
    expect(e?.champ).toBe('nouveauxClients');
    expect(e?.message).toMatch(/répartir le coût/);
  });
  test('propriété : le coût par client fois les clients redonne la somme des lignes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 500 }),
        (montants, clients) => {
          const total = montants.reduce((a, b) => a + b, 0);
          const parClient = v(
            coutAcquisitionDeCampagne({
              lignesDeCout: lignes(...montants),
              nouveauxClients: clients,
            }),
          );
          expect(parClient * clients).toBeCloseTo(total, 3);
        },
      ),
    );
  });
});
