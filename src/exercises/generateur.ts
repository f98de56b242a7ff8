/**
 * The contract of a randomized numeric problem. A generator receives a seeded source and
 * returns one version: the statement, the numbers drawn, the expected answers (computed by
 * src/lib, never here), the mistakes learners are expected to make with a targeted message,
 * a hint and a worked solution whose last step shows the expected answer.
 * Generators draw « round » numbers (prices to the hundred, rates in whole or half percents)
 * so that the statement reads like a real company's figures and the hand calculation is fair.
 */
import { type Aleatoire, choisir, entierEntre } from '../lib/commun/aleatoire.ts';
import { formatMontant, formatNombre, formatPourcentage } from '../lib/commun/nombres.ts';
import { expressionDe } from '../lib/formules/expressions.ts';
import type { Resultat } from '../lib/commun/resultat.ts';
import { aleaVersion } from './codes.ts';
import { dansTolerance } from './verification.ts';

/** Accepted gap around an expected value: within `absolue` OR within `relative` × |attendu|. */
export interface Tolerance {
  /** Largest accepted absolute gap, in the answer's unit (1 for « to the euro »; 0.0005 for 0,05 point of %). */
  absolue?: number;
  /** Largest accepted gap as a fraction of the expected value (0.001 = 0,1 %). */
  relative?: number;
}

/** How an answer is typed and shown: an amount in euros or dirhams, a rate, or a plain count. */
export type UniteReponse = 'EUR' | 'MAD' | '%' | 'nombre';

/** One expected answer (a problem may ask for several). */
export interface ReponseAttendue {
  /** Key of the field (`caMinimum`), stable within the exercise. */
  cle: string;
  /** Label of the input (« CA minimum à réaliser »). */
  libelle: string;
  /** Expected value, full precision; a rate is a fraction (0.25 for 25 %). */
  attendu: number;
  /** Unit: decides how the learner's text is read and how the value is shown. */
  unite: UniteReponse;
  /** Accepted gap. */
  tolerance: Tolerance;
  /**
   * The label as the field shows it, with its precision (avecEtiquettes, precision.ts): set when a
   * version is drawn for the page, so the island ships no precision code for its first version.
   */
  etiquette?: string;
}

/** A predictable wrong answer and the feedback it deserves. */
export interface ErreurAnticipee {
  /** The value the mistake produces (same unit as the answer; a fraction for a rate). */
  valeur: number;
  /** Gap accepted to recognise it (defaults to the answer's tolerance). */
  tolerance?: Tolerance;
  /** Targeted French feedback (« Vous avez divisé par le taux de marge… »). */
  message: string;
  /** Key of the answer it concerns; omitted when the problem has a single answer. */
  cle?: string;
}

/** One step of the worked solution. */
export interface EtapeSolution {
  /** The step in French, numbers formatted fr-FR. */
  texte: string;
  /** Id of the formula of the catalogue (src/lib/formules/catalogue.ts) the step applies, if any. */
  formuleId?: string;
}

/** One version of a numeric problem. */
export interface VersionNumerique {
  /** Statement in French, with the numbers of this version; « \n\n » separates paragraphs, lines starting « - » are list items. */
  enonce: string;
  /** The numbers drawn, by name (fractions for rates), for tests and the printed answer key. */
  donnees: Record<string, number>;
  /** Expected answers, in the order of the fields. */
  reponses: ReponseAttendue[];
  /** Anticipated mistakes with targeted feedback. */
  erreursAnticipees: ErreurAnticipee[];
  /** Hint shown after a first wrong answer. */
  indice: string;
  /** Worked solution; the last step shows the expected answer(s). */
  solution: EtapeSolution[];
}

/** Draws one version from a seeded source. */
export type Generateur = (alea: Aleatoire) => VersionNumerique;

/** The version of an exercise for a code: same id and code, same numbers, in Node and in the browser. */
export function genererVersion({
  exerciceId,
  code,
  generer,
}: {
  exerciceId: string;
  code: string;
  generer: Generateur;
}): VersionNumerique {
  return generer(aleaVersion({ exerciceId, code }));
}

/** Formats a value in the unit of an answer (« 12 500 € », « 12 500,50 DH », « 16,67 % », « 7 »). */
export function formaterReponse({
  valeur,
  unite,
}: {
  valeur: number;
  unite: UniteReponse;
}): string {
  // Whole amounts without « ,00 » (« 84 000 € »), others to the cent (« 19 418,60 € »).
  if (unite === 'EUR' || unite === 'MAD')
    return formatMontant(valeur, unite, Math.round(valeur * 100) % 100 === 0 ? 0 : 2);
  if (unite === '%') return formatPourcentage(valeur, 2);
  return formatNombre(valeur, 2);
}

/**
 * The value of a library computation for a generator. Drawn inputs are always valid, so an
 * error here is a bug in the generator's ranges: failing loudly lets the 1 000-seed tests catch it.
 */
export function valeurDe<T>(r: Resultat<T>): T {
  if (!r.ok)
    throw new Error(
      `Générateur : entrée invalide (${r.erreur.champ ?? '?'}) — ${r.erreur.message}`,
    );
  return r.valeur;
}

export { expressionDe };

/**
 * Drops the anticipated mistakes a draw made indistinguishable from the right answer
 * (e.g. rounding down an exact quotient): a right answer must never get a « mistake » message.
 */
export function sansCollision(version: VersionNumerique): VersionNumerique {
  const erreursAnticipees = version.erreursAnticipees.filter((e) =>
    version.reponses.every(
      (r) =>
        (e.cle !== undefined && e.cle !== r.cle) ||
        !dansTolerance({
          valeur: e.valeur,
          attendu: r.attendu,
          tolerance: e.tolerance ?? r.tolerance,
        }),
    ),
  );
  return { ...version, erreursAnticipees };
}

/** A round amount: an integer in [min, max] steps of `pas` (prices to the hundred…). */
export function montantRond(
  alea: Aleatoire,
  { min, max, pas }: { min: number; max: number; pas: number },
): number {
  return pas * entierEntre(alea, Math.ceil(min / pas), Math.floor(max / pas));
}

/** A rate in whole or half percents, as a fraction: between `min` and `max` percent. */
export function tauxRond(
  alea: Aleatoire,
  { min, max, demi = false }: { min: number; max: number; demi?: boolean },
): number {
  const pas = demi ? 0.5 : 1;
  return (pas * entierEntre(alea, Math.ceil(min / pas), Math.floor(max / pas))) / 100;
}

/** A currency from a company context: a French SME counts in euros, a Moroccan one in dirhams. */
export function deviseDe(alea: Aleatoire): 'EUR' | 'MAD' {
  return choisir(alea, ['EUR', 'EUR', 'MAD'] as const);
}
