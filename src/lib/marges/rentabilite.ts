/**
 * Break-even and the profitability of a prospecting operation (chapters 9 and 11).
 *
 * - taux de marge sur coût variable = (CA − charges variables) ÷ CA
 * - seuil de rentabilité = charges fixes ÷ taux de marge sur coût variable (the CA at which the
 *   margin pays the fixed costs; the CA minimum of a budget is the same idea with the
 *   prospecting expenses as fixed costs and the taux de marque as the margin rate)
 * - point mort = seuil ÷ CA × jours par an: the day of the year when the seuil is reached.
 *   Convention: the commercial year of 360 days (12 months of 30) by default, as most French
 *   management textbooks do; pass 365 for calendar days. A result above `joursParAn` means
 *   the seuil is not reached within the year (the CA is below it): it is returned as is.
 * - marge de sécurité = CA − seuil; indice de sécurité = marge de sécurité ÷ CA
 * - marge générée par une opération = CA HT × taux de marque, rounded to the unit of money:
 *   marge-operation.ts (apart, so that only chapter 11 ships it).
 * - résultat de l’opération = marge générée − coût; ROI = (marge générée − coût) ÷ coût.
 *   The ROI is computed on the MARGIN the new sales bring, never on their turnover: a campaign
 *   that costs 10 000 € and brings 40 000 € of sales at 20 % de marque loses 2 000 €.
 * - coût unitaire = coût total ÷ nombre (per contact, visit, lead, RDV…);
 *   coût d’acquisition client = coût total ÷ nouveaux clients;
 *   clients pour rentabiliser = ⌈coût ÷ marge par client⌉ (rounded up: a client is whole).
 */
import { type Resultat } from '../commun/resultat.ts';
import {
  arrondiSuperieur,
  exigerNombre,
  exigerPositif,
  exigerQue,
  exigerStrictementPositif,
  resultat,
} from '../commun/champs.ts';

/** The commercial year of French management: 12 months of 30 days. */
export const ANNEE_COMMERCIALE = 360;

/** Taux de marge sur coût variable = (CA − charges variables) ÷ CA. */
export function tauxMargeSurCoutVariable({
  chiffreAffaires,
  chargesVariables,
}: {
  chiffreAffaires: number;
  chargesVariables: number;
}): Resultat<number> {
  return (
    exigerStrictementPositif('chiffreAffaires', chiffreAffaires, 'pour calculer un taux') ??
    exigerPositif('chargesVariables', chargesVariables) ??
    resultat((chiffreAffaires - chargesVariables) / chiffreAffaires)
  );
}

/** Seuil de rentabilité = charges fixes ÷ taux de marge sur coût variable. */
export function seuilDeRentabilite({
  chargesFixes,
  tauxMargeSurCoutVariable,
}: {
  chargesFixes: number;
  tauxMargeSurCoutVariable: number;
}): Resultat<number> {
  return (
    exigerPositif('chargesFixes', chargesFixes) ??
    exigerQue(
      'tauxMargeSurCoutVariable',
      tauxMargeSurCoutVariable,
      tauxMargeSurCoutVariable > 0 && tauxMargeSurCoutVariable <= 1,
      'Le taux de marge sur coût variable doit être supérieur à 0 et au plus 100\u202F%\u202F: sans marge, aucun chiffre d’affaires ne couvre les charges fixes.',
    ) ??
    resultat(chargesFixes / tauxMargeSurCoutVariable)
  );
}

/** Point mort = seuil de rentabilité ÷ CA × jours par an (360 by default: the commercial year). */
export function pointMort({
  seuilDeRentabilite,
  chiffreAffaires,
  joursParAn = ANNEE_COMMERCIALE,
}: {
  seuilDeRentabilite: number;
  chiffreAffaires: number;
  joursParAn?: number;
}): Resultat<number> {
  return (
    exigerPositif('seuilDeRentabilite', seuilDeRentabilite) ??
    exigerStrictementPositif(
      'chiffreAffaires',
      chiffreAffaires,
      'pour situer le point mort dans l’année',
    ) ??
    exigerQue(
      'joursParAn',
      joursParAn,
      joursParAn > 0 && joursParAn <= 366,
      'Le nombre de jours par an doit être compris entre 1 et 366 (360 pour l’année commerciale).',
    ) ??
    resultat((seuilDeRentabilite / chiffreAffaires) * joursParAn)
  );
}

type Securite = { chiffreAffaires: number; seuilDeRentabilite: number };

/** Marge de sécurité = CA − seuil de rentabilité (negative when the seuil is not reached). */
export function margeDeSecurite({
  chiffreAffaires,
  seuilDeRentabilite,
}: Securite): Resultat<number> {
  return (
    exigerPositif('chiffreAffaires', chiffreAffaires) ??
    exigerPositif('seuilDeRentabilite', seuilDeRentabilite) ??
    resultat(chiffreAffaires - seuilDeRentabilite)
  );
}

/** Indice de sécurité = (CA − seuil) ÷ CA: how far sales can fall before a loss. */
export function indiceDeSecurite({
  chiffreAffaires,
  seuilDeRentabilite,
}: Securite): Resultat<number> {
  return (
    exigerStrictementPositif('chiffreAffaires', chiffreAffaires, 'pour calculer un indice') ??
    exigerPositif('seuilDeRentabilite', seuilDeRentabilite) ??
    resultat((chiffreAffaires - seuilDeRentabilite) / chiffreAffaires)
  );
}

type Operation = { margeGeneree: number; cout: number };

/** Résultat de l’opération = marge générée − coût de l’opération. */
export function resultatOperation({ margeGeneree, cout }: Operation): Resultat<number> {
  return (
    exigerNombre('margeGeneree', margeGeneree) ??
    exigerPositif('cout', cout) ??
    resultat(margeGeneree - cout)
  );
}

/** ROI = (marge générée − coût) ÷ coût, on the margin, not on the turnover. */
export function roi({ margeGeneree, cout }: Operation): Resultat<number> {
  return (
    exigerNombre('margeGeneree', margeGeneree) ??
    exigerStrictementPositif('cout', cout, 'pour calculer un retour sur investissement') ??
    resultat((margeGeneree - cout) / cout)
  );
}

/** Coût unitaire = coût total ÷ nombre (per contact, visit, lead, RDV…). */
export function coutUnitaire({
  coutTotal,
  nombre,
}: {
  coutTotal: number;
  nombre: number;
}): Resultat<number> {
  return (
    exigerPositif('coutTotal', coutTotal) ??
    exigerStrictementPositif('nombre', nombre) ??
    resultat(coutTotal / nombre)
  );
}

/** Coût d’acquisition client = coût total ÷ nouveaux clients. */
export function coutAcquisitionClient({
  coutTotal,
  nouveauxClients,
}: {
  coutTotal: number;
  nouveauxClients: number;
}): Resultat<number> {
  return (
    exigerPositif('coutTotal', coutTotal) ??
    exigerStrictementPositif('nouveauxClients', nouveauxClients, 'pour répartir le coût') ??
    resultat(coutTotal / nouveauxClients)
  );
}

/** Clients pour rentabiliser = ⌈coût ÷ marge par client⌉, rounded up. */
export function clientsPourRentabiliser({
  cout,
  margeParClient,
}: {
  cout: number;
  margeParClient: number;
}): Resultat<number> {
  return (
    exigerPositif('cout', cout) ??
    exigerStrictementPositif('margeParClient', margeParClient, 'pour rentabiliser un coût') ??
    resultat(arrondiSuperieur(cout / margeParClient))
  );
}
