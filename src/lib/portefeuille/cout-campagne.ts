/**
 * What the company's last campaign cost, set against the portfolio (chapter 2): its total cost is
 * the sum of its cost lines, and the coût d’acquisition client is that total ÷ the new clients it
 * won (its orders). Moved from stores/portefeuille-analyse.ts: a store holds no formula (issue 14).
 */
import { coutAcquisitionClient } from '../marges/rentabilite.ts';
import type { Resultat } from '../commun/resultat.ts';

/** A campaign's cost lines, in its currency, excluding tax. */
export interface LignesDeCout {
  lignesDeCout: readonly { montant: number }[];
}

/** Coût total d’une campagne = the sum of its cost lines (0 without any line). */
export function coutDeCampagne({ lignesDeCout }: LignesDeCout): number {
  return lignesDeCout.reduce((total, l) => total + l.montant, 0);
}

/** Coût d’acquisition client of a campaign = its total cost ÷ the new clients it won. */
export function coutAcquisitionDeCampagne({
  lignesDeCout,
  nouveauxClients,
}: LignesDeCout & { nouveauxClients: number }): Resultat<number> {
  return coutAcquisitionClient({ coutTotal: coutDeCampagne({ lignesDeCout }), nouveauxClients });
}
