/**
 * The figures several analyses share, derived once per recompute from the dossier: total
 * turnover of each year, average basket, the taux de marque whatever base the learner typed,
 * and the total cost of the method. Each is `undefined` while its inputs are missing, or the
 * library's `Resultat` (so an error is reported by the analysis that uses it, never hidden).
 */
import { totalDepenses } from '../budget.ts';
import { tauxDeMarque, tauxDeMarqueDepuisTauxDeMarge } from '../marges.ts';
import type { Resultat } from '../resultat.ts';
import { panierMoyen } from '../valeur-client.ts';
import { sommeDefinie } from './analyse.ts';
import type { Dossier } from './modele.ts';

/** What the analyses share. */
export interface Contexte {
  caN1?: number;
  caN?: number;
  panier?: Resultat<number>;
  /** The taux de marque, computed from price and cost when both are typed, else converted from the typed rate. */
  marque?: Resultat<number>;
  /** The method's cost lines summed (undefined when no amount is typed). */
  coutMethode?: Resultat<number>;
}

/** Derives the shared figures of a dossier. */
export function contexteDe({ dossier }: { dossier: Dossier }): Contexte {
  const { categories } = dossier.portefeuille;
  const caN1 = sommeDefinie(categories.map((c) => c.caN1));
  const caN = sommeDefinie(categories.map((c) => c.caN));
  const v = dossier.valeur;
  const panier = caN !== undefined && v.transactions !== undefined ? panierMoyen({ chiffreAffaires: caN, transactions: v.transactions }) : undefined;
  let marque: Resultat<number> | undefined;
  if (v.prixVenteHT !== undefined && v.coutAchatHT !== undefined) marque = tauxDeMarque({ prixVenteHT: v.prixVenteHT, coutAchatHT: v.coutAchatHT });
  else if (v.taux !== undefined) marque = v.typeTaux === 'marque' ? { ok: true, valeur: v.taux } : tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: v.taux });
  const lignes = dossier.methode.couts.filter((l) => l.montant !== undefined);
  const coutMethode = lignes.length
    ? totalDepenses({ lignes: lignes.map((l, i) => ({ id: String(i), action: l.action, montant: l.montant as number })) })
    : undefined;
  return { caN1, caN, panier, marque, coutMethode };
}
