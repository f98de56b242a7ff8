/**
 * Usure du portefeuille (chapter 1): what a portfolio loses each year, how many new clients it
 * takes to replace them and grow, and where the portfolio goes over a few years with and
 * without prospecting.
 *
 * - clients perdus dans l’année = clients en début d’année × taux d’attrition
 * - nouveaux clients nécessaires = ⌈clients × (attrition + croissance visée)⌉: the catalogue
 *   formula `nouveaux-clients-necessaires`, called here, never re-implemented
 * - durée de vie moyenne d’un client = 1 ÷ taux d’attrition (catalogue `duree-de-vie-client`)
 *
 * Conventions (the seeds give none):
 * - attrition strikes the clients present at the start of the year; clients won during a year
 *   do not leave that same year, as the catalogue formula assumes (200 − 30 + 40 = 210);
 * - counts are expected values kept at full precision (200 × 0,85⁵ ≈ 88,7): only display rounds;
 * - monthly need = yearly need ÷ 12; a plan rounds it up (3,3 → 4), one cannot sign a third of
 *   a client;
 * - with prospecting, each year wins the recommended number computed on the portfolio actually
 *   held at the start of that year; since it is rounded up, the portfolio ends every year at or
 *   just above the objective clients × (1 + croissance)^t.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { arrondiSuperieur, exigerPositif, exigerQue } from '../commun/champs.ts';
import { dureeDeVieClient, nouveauxClientsNecessaires } from './valeur-client.ts';

/** The inputs of the chapter-1 simulator; rates are fractions (0.15 = 15 %). */
export interface ParametresUsure {
  clients: number;
  tauxAttrition: number;
  tauxCroissance: number;
}

/** What the portfolio needs in its first year. */
export interface BesoinUsure {
  /** Clients lost in the year (expected value, not rounded). */
  clientsPerdus: number;
  /** Clients added by the growth objective (clients × croissance; negative for a planned decline). */
  croissanceVisee: number;
  /** New clients to win in the year, rounded up (catalogue formula). */
  nouveauxParAn: number;
  /** Yearly need ÷ 12, exact (3,33…). */
  nouveauxParMois: number;
  /** Monthly need rounded up, for a plan (4). */
  nouveauxParMoisPlan: number;
  /** Average client lifetime in years; `undefined` when no client is ever lost (or so few it overflows). */
  dureeDeVie: number | undefined;
}

/** One year of the projection (year 0 is today). */
export interface AnneeProjection {
  annee: number;
  /** Portfolio at the end of the year if nobody prospects. */
  sansProspection: number;
  /** Portfolio at the end of the year when the recommended number of clients is won. */
  avecProspection: number;
  /** The growth objective: clients × (1 + croissance)^annee. */
  objectif: number;
  /** New clients won during this year with prospecting (0 for year 0). */
  nouveauxClients: number;
  /** Clients lost during this year with prospecting (0 for year 0). */
  clientsPerdus: number;
}

const TROP_GRAND = 'Les valeurs saisies sont trop grandes pour ce calcul.';

/** Checks the portfolio: a whole, non-negative number of clients. */
const exigerClients = (clients: number) =>
  exigerPositif('clients', clients) ??
  exigerQue(
    'clients',
    clients,
    Number.isInteger(clients),
    'Le nombre de clients doit être un nombre entier\u202F: on ne compte pas de fraction de client.',
  );

/** New clients needed per year and per month, clients lost, and the average client lifetime. */
export function besoinEnNouveauxClients({
  clients,
  tauxAttrition,
  tauxCroissance,
}: ParametresUsure): Resultat<BesoinUsure> {
  const e = exigerClients(clients);
  if (e) return e;
  const n = nouveauxClientsNecessaires({ clients, tauxAttrition, tauxCroissance });
  if (!n.ok) return n;
  // A rate already checked can only fail here by being so tiny that 1 ÷ rate overflows: no lifetime then.
  const duree = tauxAttrition > 0 ? dureeDeVieClient({ tauxAttrition }) : undefined;
  const nouveauxParAn = n.valeur;
  const nouveauxParMois = nouveauxParAn / 12;
  return ok({
    clientsPerdus: clients * tauxAttrition,
    croissanceVisee: clients * tauxCroissance + 0, // + 0 turns −0 into 0 (it would print « -0 »)
    nouveauxParAn,
    nouveauxParMois,
    nouveauxParMoisPlan: arrondiSuperieur(nouveauxParMois),
    dureeDeVie: duree?.ok ? duree.valeur : undefined,
  });
}

/**
 * The portfolio year by year over `horizon` years (5 by default, whole years from 1 to 50):
 * without prospecting, with the recommended prospecting, and the growth objective.
 */
export function projectionPortefeuille({
  clients,
  tauxAttrition,
  tauxCroissance,
  horizon = 5,
}: ParametresUsure & { horizon?: number }): Resultat<AnneeProjection[]> {
  const e =
    exigerClients(clients) ??
    exigerQue(
      'horizon',
      horizon,
      Number.isInteger(horizon) && horizon >= 1 && horizon <= 50,
      'L’horizon doit être un nombre entier d’années, entre 1 et 50.',
    );
  if (e) return e;
  const annees: AnneeProjection[] = [
    {
      annee: 0,
      sansProspection: clients,
      avecProspection: clients,
      objectif: clients,
      nouveauxClients: 0,
      clientsPerdus: 0,
    },
  ];
  let sans = clients;
  let avec = clients;
  for (let annee = 1; annee <= horizon; annee++) {
    // The plan is recomputed each year on the clients actually held, as a sales manager would.
    const besoin = nouveauxClientsNecessaires({ clients: avec, tauxAttrition, tauxCroissance });
    if (!besoin.ok) return besoin;
    const clientsPerdus = avec * tauxAttrition;
    avec = avec * (1 - tauxAttrition) + besoin.valeur;
    sans *= 1 - tauxAttrition;
    const objectif = clients * (1 + tauxCroissance) ** annee;
    if (![avec, sans, objectif].every(Number.isFinite)) return echec(TROP_GRAND);
    annees.push({
      annee,
      sansProspection: sans,
      avecProspection: avec,
      objectif,
      nouveauxClients: besoin.valeur,
      clientsPerdus,
    });
  }
  return ok(annees);
}
