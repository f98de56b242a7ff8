/**
 * How a figure changes over time (chapter 2, « taux d’évolution des chiffres d’affaires »).
 *
 * - taux d’évolution = (valeur d’arrivée − valeur de départ) ÷ valeur de départ
 * - indice base 100 = valeur d’arrivée ÷ valeur de départ × 100
 * - successive changes MULTIPLY: taux global = (1 + t1) × (1 + t2) × … − 1
 *   (+12 %, +10 %, +8 %, +5 % make +39,71 %, not the +35 % of a sum)
 * - taux réciproque (the change that undoes t) = 1 ÷ (1 + t) − 1 (+25 % is undone by −20 %)
 * - TCAM (taux de croissance annuel moyen) = (arrivée ÷ départ)^(1 ÷ n) − 1 over n periods;
 *   `tauxMoyen` is the same average computed from a list of successive rates.
 * Conventions: the starting value must be > 0 (a rate on a zero or negative base means
 * nothing) and the values are non-negative, as turnovers are; a rate is ≥ −100 %.
 */
import { echec, type Resultat } from '../commun/resultat.ts';
import { exigerPositif, exigerQue, exigerStrictementPositif, resultat } from '../commun/champs.ts';

type Valeurs = { valeurDepart: number; valeurArrivee: number };

const BASE = 'pour servir de base à un taux';

/** Checks a pair of values: the start > 0 (it is the base), the arrival ≥ 0. */
const exigerValeurs = ({ valeurDepart, valeurArrivee }: Valeurs) =>
  exigerStrictementPositif('valeurDepart', valeurDepart, BASE) ??
  exigerPositif('valeurArrivee', valeurArrivee);

/** Taux d’évolution = (arrivée − départ) ÷ départ. */
export function tauxDEvolution({ valeurDepart, valeurArrivee }: Valeurs): Resultat<number> {
  return (
    exigerValeurs({ valeurDepart, valeurArrivee }) ??
    resultat((valeurArrivee - valeurDepart) / valeurDepart)
  );
}

/** Indice base 100 = arrivée ÷ départ × 100. */
export function indiceBase100({ valeurDepart, valeurArrivee }: Valeurs): Resultat<number> {
  return (
    exigerValeurs({ valeurDepart, valeurArrivee }) ?? resultat((valeurArrivee / valeurDepart) * 100)
  );
}

/** Checks every rate of a list (≥ −100 %), naming the first faulty one by its rank. */
function exigerListe(taux: readonly number[]): Resultat<never> | undefined {
  if (!Array.isArray(taux)) return echec('La liste des taux manque.', 'taux');
  for (let i = 0; i < taux.length; i++) {
    const t = taux[i];
    if (typeof t !== 'number' || !Number.isFinite(t))
      return echec(`Le taux n°\u00A0${i + 1} doit être un nombre.`, 'taux');
    if (t < -1)
      return echec(`Le taux n°\u00A0${i + 1} ne peut pas être inférieur à −100\u202F%.`, 'taux');
  }
  return undefined;
}

/** Taux global of successive changes = Π(1 + tᵢ) − 1 (0 for an empty list). */
export function tauxGlobal({ taux }: { taux: readonly number[] }): Resultat<number> {
  return exigerListe(taux) ?? resultat(taux.reduce((produit, t) => produit * (1 + t), 1) - 1);
}

/** Taux réciproque: the change that brings the value back, 1 ÷ (1 + t) − 1. */
export function tauxReciproque({ taux }: { taux: number }): Resultat<number> {
  return (
    exigerQue(
      'taux',
      taux,
      taux > -1,
      'Après une baisse de 100\u202F%, aucun taux ne ramène la valeur de départ.',
    ) ?? resultat(1 / (1 + taux) - 1)
  );
}

/** TCAM = (arrivée ÷ départ)^(1 ÷ périodes) − 1: the constant rate that gives the same end value. */
export function tcam({
  valeurDepart,
  valeurArrivee,
  periodes,
}: Valeurs & { periodes: number }): Resultat<number> {
  return (
    exigerValeurs({ valeurDepart, valeurArrivee }) ??
    exigerStrictementPositif('periodes', periodes) ??
    resultat((valeurArrivee / valeurDepart) ** (1 / periodes) - 1)
  );
}

/** Average rate of a list of successive changes: (Π(1 + tᵢ))^(1 ÷ n) − 1. */
export function tauxMoyen({ taux }: { taux: readonly number[] }): Resultat<number> {
  const e = exigerListe(taux);
  if (e) return e;
  if (taux.length === 0)
    return echec('La liste des taux est vide\u202F: il faut au moins un taux.', 'taux');
  return resultat(taux.reduce((produit, t) => produit * (1 + t), 1) ** (1 / taux.length) - 1);
}
