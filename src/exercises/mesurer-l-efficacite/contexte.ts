/**
 * The funnels the « Mesurer l’efficacité » problems draw from: a company of the course, the
 * names of the funnel stages as the lesson writes them, and stage rates in steps of 5 points
 * (round figures a learner can multiply by hand). Stage order: appelés → joints → RDV →
 * propositions → commandes.
 */
import { type Aleatoire, entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatPourcentage } from '../../lib/commun/nombres.ts';

export { entrepriseAuHasard } from '../budgetiser/contexte.ts';

/** The five counts of the funnel, top to bottom, in the course's words. */
export const ETAPES = [
  'contacts appelés',
  'contacts joints',
  'rendez-vous obtenus',
  'propositions remises',
  'commandes signées',
] as const;

/** The four stage rates, named as the lesson names them. */
export const NOMS_TAUX = [
  'taux de joignabilité',
  'taux de prise de rendez-vous',
  'taux de proposition',
  'taux de transformation',
] as const;

/** Plausible range of each stage rate, in percent: [min, max], drawn in steps of 5 points. */
const BORNES: readonly [number, number][] = [
  [50, 80],
  [15, 35],
  [50, 80],
  [20, 40],
];

/** Draws the four stage rates as fractions (0.6 for 60 %). */
export function tauxAuHasard(alea: Aleatoire): number[] {
  return BORNES.map(([min, max]) => (5 * entierEntre(alea, min / 5, max / 5)) / 100);
}

/** A rate of the statement, without useless decimals (« 62,5 % », « 20 % »). */
export function tauxEnonce(t: number): string {
  return formatPourcentage(t, 1);
}
