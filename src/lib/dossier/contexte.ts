/**
 * The figures several analyses share, derived once per recompute from the dossier: total
 * turnover of each year, average basket, the taux de marque whatever base the learner typed,
 * and the total cost of the method. Each is `undefined` while its inputs are missing, or the
 * library's `Resultat` (so an error is reported by the analysis that uses it, never hidden).
 */
import { totalDepenses } from '../budget/budget.ts';
import { tauxDeMarque, tauxDeMarqueDepuisTauxDeMarge } from '../marges/marges.ts';
import type { Resultat } from '../commun/resultat.ts';
import { panierMoyen } from '../portefeuille/valeur-client.ts';
import { sommeDefinie } from './analyse.ts';
import type { CategorieCA, Dossier } from './modele.ts';
import { categoriesDepuisVentes, type VentesDossier } from './ventes.ts';

/**
 * The portfolio the analyses read: the categories typed by the learner, or, when none is typed
 * and a sales file is imported, the CA by category of its two last years (with their years).
 */
export function portefeuilleDe({ dossier }: { dossier: Dossier }): {
  categories: CategorieCA[];
  anneeN1: string;
  anneeN: string;
  depuisVentes: boolean;
} {
  const p = dossier.portefeuille;
  const lignes = dossier.ventes?.lignes ?? [];
  if (p.categories.length > 0 || lignes.length === 0) return { ...p, depuisVentes: false };
  const v = categoriesDepuisVentes({ ventes: dossier.ventes as VentesDossier });
  if (!v) return { ...p, depuisVentes: false };
  return {
    categories: v.categories,
    anneeN1: p.anneeN1.trim() || v.libelleN1,
    anneeN: p.anneeN.trim() || v.libelleN,
    depuisVentes: true,
  };
}

/** What the analyses share. */
export interface Contexte {
  /** The portfolio read by part 2.2: typed categories, or those of the sales file. */
  portefeuille: ReturnType<typeof portefeuilleDe>;
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
  const portefeuille = portefeuilleDe({ dossier });
  const { categories } = portefeuille;
  const caN1 = sommeDefinie(categories.map((c) => c.caN1));
  const caN = sommeDefinie(categories.map((c) => c.caN));
  const v = dossier.valeur;
  const panier =
    caN !== undefined && v.transactions !== undefined
      ? panierMoyen({ chiffreAffaires: caN, transactions: v.transactions })
      : undefined;
  let marque: Resultat<number> | undefined;
  if (v.prixVenteHT !== undefined && v.coutAchatHT !== undefined)
    marque = tauxDeMarque({ prixVenteHT: v.prixVenteHT, coutAchatHT: v.coutAchatHT });
  else if (v.taux !== undefined)
    marque =
      v.typeTaux === 'marge'
        ? tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: v.taux })
        : { ok: true, valeur: v.taux };
  const lignes = dossier.methode.couts.filter((l) => l.montant !== undefined);
  const coutMethode = lignes.length
    ? totalDepenses({
        lignes: lignes.map((l, i) => ({
          id: String(i),
          action: l.action,
          montant: l.montant as number,
        })),
      })
    : undefined;
  return { portefeuille, caN1, caN, panier, marque, coutMethode };
}
