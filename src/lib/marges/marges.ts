/**
 * Margins and prices (chapter 2 « Analyser le portefeuille client », reused in 9 and 11).
 *
 * - marge unitaire = prix de vente HT − coût d’achat HT; marge globale = marge unitaire × quantité.
 * - taux de marge = marge ÷ coût d’achat HT (the base is the COST);
 *   taux de marque = marge ÷ prix de vente HT (the base is the SELLING PRICE).
 *   Same margin, two bases: confusing them is the error this course exists to prevent, hence
 *   named parameters everywhere. With a positive margin, taux de marque < taux de marge and < 100 %.
 * - conversions: marque = marge ÷ (1 + marge); marge = marque ÷ (1 − marque).
 * - coefficient multiplicateur = prix de vente TTC ÷ coût d’achat HT (the retail convention,
 *   which folds the VAT in; some textbooks divide two HT prices instead, giving 1 + taux de marge).
 * - prix TTC = prix HT × (1 + taux de TVA); prix net = prix brut × (1 − taux de remise).
 * Rates are fractions (0,25 = 25 %). A margin may be negative (sale at a loss); prices and
 * costs may not. A VAT rate is refused at 100 % or more: it is almost always « 20 » typed for 0,2.
 */
import { type Resultat } from '../commun/resultat.ts';
import { margeUnitaireHT } from './marge-unitaire.ts';
import {
  exigerFraction,
  exigerNombre,
  exigerPositif,
  exigerQue,
  exigerStrictementPositif,
  resultat,
} from '../commun/champs.ts';

const MARQUE_IMPOSSIBLE =
  'Le taux de marque doit rester inférieur à 100\u202F%\u202F: la marge ne peut pas atteindre le prix de vente.';
const MARGE_IMPOSSIBLE =
  'Le taux de marge doit rester supérieur à −100\u202F%\u202F: au-delà, le prix de vente serait nul ou négatif.';
const TVA_EN_FRACTION =
  'Le taux de TVA doit être compris entre 0 et 100\u202F% (exclu), par exemple 20\u202F% = 0,2.';

/** Marge unitaire = prix de vente HT − coût d’achat HT (negative for a sale at a loss). */
export function margeUnitaire({
  prixVenteHT,
  coutAchatHT,
}: {
  prixVenteHT: number;
  coutAchatHT: number;
}): Resultat<number> {
  return (
    exigerPositif('prixVenteHT', prixVenteHT) ??
    exigerPositif('coutAchatHT', coutAchatHT) ??
    resultat(margeUnitaireHT({ prixVenteHT, coutAchatHT }))
  );
}

/** Marge globale = marge unitaire × quantité vendue. */
export function margeGlobale({
  margeUnitaire,
  quantite,
}: {
  margeUnitaire: number;
  quantite: number;
}): Resultat<number> {
  return (
    exigerNombre('margeUnitaire', margeUnitaire) ??
    exigerPositif('quantite', quantite) ??
    resultat(margeUnitaire * quantite)
  );
}

/** Taux de marge = (PV HT − coût d’achat HT) ÷ coût d’achat HT: the margin on the COST. */
export function tauxDeMarge({
  prixVenteHT,
  coutAchatHT,
}: {
  prixVenteHT: number;
  coutAchatHT: number;
}): Resultat<number> {
  return (
    exigerPositif('prixVenteHT', prixVenteHT) ??
    exigerStrictementPositif('coutAchatHT', coutAchatHT, 'pour calculer un taux de marge') ??
    resultat((prixVenteHT - coutAchatHT) / coutAchatHT)
  );
}

/** Taux de marque = (PV HT − coût d’achat HT) ÷ PV HT: the margin on the SELLING PRICE. */
export function tauxDeMarque({
  prixVenteHT,
  coutAchatHT,
}: {
  prixVenteHT: number;
  coutAchatHT: number;
}): Resultat<number> {
  return (
    exigerStrictementPositif('prixVenteHT', prixVenteHT, 'pour calculer un taux de marque') ??
    exigerPositif('coutAchatHT', coutAchatHT) ??
    resultat((prixVenteHT - coutAchatHT) / prixVenteHT)
  );
}

/** PV HT = coût d’achat HT × (1 + taux de marge). */
export function prixVenteHTDepuisTauxDeMarge({
  coutAchatHT,
  tauxDeMarge,
}: {
  coutAchatHT: number;
  tauxDeMarge: number;
}): Resultat<number> {
  return (
    exigerPositif('coutAchatHT', coutAchatHT) ??
    exigerQue('tauxDeMarge', tauxDeMarge, tauxDeMarge > -1, MARGE_IMPOSSIBLE) ??
    resultat(coutAchatHT * (1 + tauxDeMarge))
  );
}

/** PV HT = coût d’achat HT ÷ (1 − taux de marque); impossible at 100 % or more. */
export function prixVenteHTDepuisTauxDeMarque({
  coutAchatHT,
  tauxDeMarque,
}: {
  coutAchatHT: number;
  tauxDeMarque: number;
}): Resultat<number> {
  return (
    exigerPositif('coutAchatHT', coutAchatHT) ??
    exigerQue('tauxDeMarque', tauxDeMarque, tauxDeMarque < 1, MARQUE_IMPOSSIBLE) ??
    resultat(coutAchatHT / (1 - tauxDeMarque))
  );
}

/** Taux de marque = taux de marge ÷ (1 + taux de marge). */
export function tauxDeMarqueDepuisTauxDeMarge({
  tauxDeMarge,
}: {
  tauxDeMarge: number;
}): Resultat<number> {
  return (
    exigerQue('tauxDeMarge', tauxDeMarge, tauxDeMarge > -1, MARGE_IMPOSSIBLE) ??
    resultat(tauxDeMarge / (1 + tauxDeMarge))
  );
}

/** Taux de marge = taux de marque ÷ (1 − taux de marque). */
export function tauxDeMargeDepuisTauxDeMarque({
  tauxDeMarque,
}: {
  tauxDeMarque: number;
}): Resultat<number> {
  return (
    exigerQue('tauxDeMarque', tauxDeMarque, tauxDeMarque < 1, MARQUE_IMPOSSIBLE) ??
    resultat(tauxDeMarque / (1 - tauxDeMarque))
  );
}

/** Coefficient multiplicateur = prix de vente TTC ÷ coût d’achat HT. */
export function coefficientMultiplicateur({
  prixVenteTTC,
  coutAchatHT,
}: {
  prixVenteTTC: number;
  coutAchatHT: number;
}): Resultat<number> {
  return (
    exigerPositif('prixVenteTTC', prixVenteTTC) ??
    exigerStrictementPositif('coutAchatHT', coutAchatHT, 'pour calculer un coefficient') ??
    resultat(prixVenteTTC / coutAchatHT)
  );
}

/** Checks a VAT rate: a fraction in [0, 1). */
const exigerTVA = (tauxTVA: number) =>
  exigerQue('tauxTVA', tauxTVA, tauxTVA >= 0 && tauxTVA < 1, TVA_EN_FRACTION);

/** Prix TTC = prix HT × (1 + taux de TVA). */
export function prixTTC({
  prixHT,
  tauxTVA,
}: {
  prixHT: number;
  tauxTVA: number;
}): Resultat<number> {
  return exigerPositif('prixHT', prixHT) ?? exigerTVA(tauxTVA) ?? resultat(prixHT * (1 + tauxTVA));
}

/** Prix HT = prix TTC ÷ (1 + taux de TVA). */
export function prixHT({
  prixTTC,
  tauxTVA,
}: {
  prixTTC: number;
  tauxTVA: number;
}): Resultat<number> {
  return (
    exigerPositif('prixTTC', prixTTC) ?? exigerTVA(tauxTVA) ?? resultat(prixTTC / (1 + tauxTVA))
  );
}

/** Prix net = prix brut × (1 − taux de remise), the discount being a fraction between 0 and 1. */
export function prixNet({
  prixBrut,
  tauxRemise,
}: {
  prixBrut: number;
  tauxRemise: number;
}): Resultat<number> {
  return (
    exigerPositif('prixBrut', prixBrut) ??
    exigerFraction('tauxRemise', tauxRemise) ??
    resultat(prixBrut * (1 - tauxRemise))
  );
}
