/**
 * The sales force's visiting capacity (chapter 8 « Planifier », seed 002 §4.1.4: time needed
 * versus time available).
 *
 * - visites par commercial = semaines travaillées × jours de terrain par semaine × visites par jour
 * - commerciaux nécessaires = ⌈visites à faire ÷ visites par commercial⌉ (rounded up: a
 *   salesperson is whole, and one short means visits left undone)
 * The detailed day (time per visit, travel, admin) and the working-day calendar live in
 * planning.ts; this module only multiplies and divides the resulting capacities.
 */
import { type Resultat } from '../commun/resultat.ts';
import {
  arrondiSuperieur,
  exigerPositif,
  exigerQue,
  exigerStrictementPositif,
  resultat,
} from '../commun/champs.ts';

/** Visites possibles par commercial = semaines × jours par semaine × visites par jour. */
export function visitesParCommercial({
  semaines,
  joursParSemaine,
  visitesParJour,
}: {
  semaines: number;
  joursParSemaine: number;
  visitesParJour: number;
}): Resultat<number> {
  return (
    exigerQue(
      'semaines',
      semaines,
      semaines >= 0 && semaines <= 53,
      'Le nombre de semaines doit être compris entre 0 et 53.',
    ) ??
    exigerQue(
      'joursParSemaine',
      joursParSemaine,
      joursParSemaine >= 0 && joursParSemaine <= 7,
      'Le nombre de jours par semaine doit être compris entre 0 et 7.',
    ) ??
    exigerPositif('visitesParJour', visitesParJour) ??
    resultat(semaines * joursParSemaine * visitesParJour)
  );
}

/** Commerciaux nécessaires = ⌈visites à faire ÷ visites par commercial⌉. */
export function commerciauxNecessaires({
  visitesAFaire,
  visitesParCommercial,
}: {
  visitesAFaire: number;
  visitesParCommercial: number;
}): Resultat<number> {
  return (
    exigerPositif('visitesAFaire', visitesAFaire) ??
    exigerStrictementPositif(
      'visitesParCommercial',
      visitesParCommercial,
      'pour répartir les visites',
    ) ??
    resultat(arrondiSuperieur(visitesAFaire / visitesParCommercial))
  );
}
