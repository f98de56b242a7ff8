/**
 * What a client is worth, and the ratios around the portfolio (chapters 1, 2, 10, 11).
 *
 * - panier moyen = CA ÷ nombre de transactions; part de marché = CA ÷ CA du marché
 * - taux de réalisation = réalisé ÷ objectif (1 = objective met)
 * - taux d’une étape = sortants ÷ entrants (taux de joignabilité, de RDV, de transformation…)
 * - durée de vie client = 1 ÷ taux d’attrition (10 % of clients lost a year → 10 years); the
 *   lifetime a customer value counts is capped at 10 years (duree-de-vie.ts)
 * - nouveaux clients nécessaires = ⌈clients × (attrition + croissance visée)⌉ per year: replace
 *   the clients lost, then grow (the « usure du portefeuille » of chapter 1)
 * - valeur client = panier moyen × fréquence d’achat (per year) × durée de vie (years), in
 *   turnover; `valeurClientEnMarge` multiplies by the taux de marque, since only the margin
 *   can pay for acquiring the client.
 * - valeur client actualisée: the annual margin m is received at the END of each year t; the
 *   client is still there in year t with probability (1 − a)^(t−1) (present in year 1); each
 *   margin is discounted by (1 + i)^t. Convention: the sum runs over an unlimited horizon,
 *   whose closed form is m ÷ (a + i); pass `horizon` (years) to stop the sum earlier.
 */
import { echec, type Resultat } from '../commun/resultat.ts';
import {
  arrondiSuperieur,
  exigerFraction,
  exigerNombre,
  exigerPositif,
  exigerQue,
  exigerStrictementPositif,
  resultat,
} from '../commun/champs.ts';

/** Panier moyen = chiffre d’affaires ÷ nombre de transactions. */
export function panierMoyen({
  chiffreAffaires,
  transactions,
}: {
  chiffreAffaires: number;
  transactions: number;
}): Resultat<number> {
  return (
    exigerPositif('chiffreAffaires', chiffreAffaires) ??
    exigerStrictementPositif('transactions', transactions) ??
    resultat(chiffreAffaires / transactions)
  );
}

/** Part de marché = CA de l’entreprise ÷ CA du marché. */
export function partDeMarche({
  chiffreAffaires,
  chiffreAffairesMarche,
}: {
  chiffreAffaires: number;
  chiffreAffairesMarche: number;
}): Resultat<number> {
  return (
    exigerPositif('chiffreAffaires', chiffreAffaires) ??
    exigerStrictementPositif('chiffreAffairesMarche', chiffreAffairesMarche) ??
    exigerQue(
      'chiffreAffaires',
      chiffreAffaires,
      chiffreAffaires <= chiffreAffairesMarche,
      'Le chiffre d’affaires de l’entreprise ne peut pas dépasser celui du marché entier.',
    ) ??
    resultat(chiffreAffaires / chiffreAffairesMarche)
  );
}

/** Taux de réalisation = réalisé ÷ objectif. */
export function tauxDeRealisation({
  realise,
  objectif,
}: {
  realise: number;
  objectif: number;
}): Resultat<number> {
  return (
    exigerNombre('realise', realise) ??
    exigerStrictementPositif('objectif', objectif) ??
    resultat(realise / objectif)
  );
}

/** Taux d’une étape = sortants ÷ entrants; a stage cannot produce more than it receives. */
export function taux({
  sortants,
  entrants,
}: {
  sortants: number;
  entrants: number;
}): Resultat<number> {
  return (
    exigerPositif('sortants', sortants) ??
    exigerStrictementPositif('entrants', entrants, 'pour calculer un taux') ??
    exigerQue(
      'sortants',
      sortants,
      sortants <= entrants,
      'Le nombre de sortants ne peut pas dépasser le nombre d’entrants d’une étape.',
    ) ??
    resultat(sortants / entrants)
  );
}

/** Durée de vie client (years) = 1 ÷ taux d’attrition annuel. */
export function dureeDeVieClient({ tauxAttrition }: { tauxAttrition: number }): Resultat<number> {
  return (
    exigerFraction('tauxAttrition', tauxAttrition) ??
    exigerQue(
      'tauxAttrition',
      tauxAttrition,
      tauxAttrition > 0,
      'Sans attrition, un client resterait pour toujours\u202F: la durée de vie n’est pas définie.',
    ) ??
    resultat(1 / tauxAttrition)
  );
}

/** Nouveaux clients nécessaires sur un an = ⌈clients × (attrition + croissance visée)⌉. */
export function nouveauxClientsNecessaires({
  clients,
  tauxAttrition,
  tauxCroissance,
}: {
  clients: number;
  tauxAttrition: number;
  tauxCroissance: number;
}): Resultat<number> {
  return (
    exigerPositif('clients', clients) ??
    exigerFraction('tauxAttrition', tauxAttrition) ??
    exigerQue(
      'tauxCroissance',
      tauxCroissance,
      tauxCroissance >= -tauxAttrition,
      'Le taux de croissance visé ne peut pas être plus bas que l’opposé du taux d’attrition (on ne recrute pas un nombre négatif de clients).',
    ) ??
    resultat(arrondiSuperieur(clients * (tauxAttrition + tauxCroissance)))
  );
}

type Achats = { panierMoyen: number; frequence: number; duree: number };

/** Checks the three factors of a client's value: all ≥ 0. */
const exigerAchats = ({ panierMoyen, frequence, duree }: Achats) =>
  exigerPositif('panierMoyen', panierMoyen) ??
  exigerPositif('frequence', frequence) ??
  exigerPositif('duree', duree);

/** Valeur client (CA) = panier moyen × fréquence annuelle × durée de vie en années. */
export function valeurClient({ panierMoyen, frequence, duree }: Achats): Resultat<number> {
  return (
    exigerAchats({ panierMoyen, frequence, duree }) ?? resultat(panierMoyen * frequence * duree)
  );
}

/** Valeur client en marge = panier moyen × fréquence × durée × taux de marque. */
export function valeurClientEnMarge({
  panierMoyen,
  frequence,
  duree,
  tauxDeMarque,
}: Achats & { tauxDeMarque: number }): Resultat<number> {
  return (
    exigerAchats({ panierMoyen, frequence, duree }) ??
    exigerQue(
      'tauxDeMarque',
      tauxDeMarque,
      tauxDeMarque >= 0 && tauxDeMarque < 1,
      'Le taux de marque doit être compris entre 0 et 100\u202F% (exclu).',
    ) ??
    resultat(panierMoyen * frequence * duree * tauxDeMarque)
  );
}

/**
 * Valeur client actualisée = Σ m × (1 − a)^(t−1) ÷ (1 + i)^t, t = 1 … horizon (unlimited by default;
 * a fractional horizon counts whole years only, since the margin comes at each year end).
 * With r = (1 − a) ÷ (1 + i), the sum is m ÷ (1 + i) × (1 − r^H) ÷ (1 − r), and m ÷ (a + i) for H → ∞.
 */
export function valeurClientActualisee({
  margeAnnuelle,
  tauxAttrition,
  tauxActualisation,
  horizon,
}: {
  margeAnnuelle: number;
  tauxAttrition: number;
  tauxActualisation: number;
  horizon?: number;
}): Resultat<number> {
  const e =
    exigerNombre('margeAnnuelle', margeAnnuelle) ??
    exigerFraction('tauxAttrition', tauxAttrition) ??
    exigerFraction('tauxActualisation', tauxActualisation) ??
    (horizon === undefined ? undefined : exigerPositif('horizon', horizon));
  if (e) return e;
  const i = tauxActualisation;
  const r = (1 - tauxAttrition) / (1 + i);
  if (horizon === undefined) {
    if (tauxAttrition + i === 0) {
      return echec(
        'Sans attrition ni actualisation, la valeur est infinie\u202F: indiquez un horizon en années.',
        'horizon',
      );
    }
    return resultat(margeAnnuelle / (tauxAttrition + i));
  }
  const annees = Math.floor(horizon);
  // r = 1 only when a = i = 0: every year then counts for the full margin.
  const somme = r === 1 ? annees : (1 - r ** annees) / (1 - r);
  return resultat((margeAnnuelle / (1 + i)) * somme);
}
