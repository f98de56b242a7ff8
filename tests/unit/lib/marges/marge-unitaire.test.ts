import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { margeUnitaireHT } from '@lib/marges/marge-unitaire.ts';
import { margeUnitaire } from '@lib/marges/marges.ts';

describe('margeUnitaireHT (l’offre d’une fiche entreprise)', () => {
  it('une commande vendue 1 800 € HT qui coûte 1 080 € : 720 € de marge', () =>
    expect(margeUnitaireHT({ prixVenteHT: 1800, coutAchatHT: 1080 })).toBe(720));
  it('une vente à perte donne une marge négative', () =>
    expect(margeUnitaireHT({ prixVenteHT: 90, coutAchatHT: 100 })).toBe(-10));
  it('propriété : finie, la même que margeUnitaire (les saisies vérifiées), et proportionnelle', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (prixVenteHT, coutAchatHT, k) => {
          const m = margeUnitaireHT({ prixVenteHT, coutAchatHT });
          const verifiee = margeUnitaire({ prixVenteHT, coutAchatHT });
          const fois = margeUnitaireHT({
            prixVenteHT: k * prixVenteHT,
            coutAchatHT: k * coutAchatHT,
          });
          return (
            Number.isFinite(m) &&
            verifiee.ok &&
            Object.is(verifiee.valeur, m === 0 ? 0 : m) &&
            Math.abs(fois - k * m) <= 1e-6 * Math.max(1, k * prixVenteHT)
          );
        },
      ),
    );
  });
});
