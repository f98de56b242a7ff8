/**
 * The funnel of chapter 10 « Mesurer l’efficacité »: the mode (forward from contacts, or backward
 * from an objective), the contacts, the objective and the four stage rates, as the learner typed
 * them, persisted per company under `atelier:v1:entonnoirs` (par-entreprise.ts); parsing and
 * evaluation are src/lib/campagne/entonnoir-saisi.ts. Nothing here subscribes or copies a result.
 *
 * HOW THE STORED VALUE CAN GO STALE: a stage added or removed from the course's funnel changes
 * the number of rates; the validator then refuses the value, which is set aside and reported
 * (persistance.ts), and the lesson's example comes back. Bump v1 rather than reading it anyway.
 */
import { computed } from 'nanostores';
import { saisieParEntreprise } from './par-entreprise.ts';
import {
  ENTONNOIR_PAR_DEFAUT,
  evaluerEntonnoir,
  validerSaisieEntonnoir,
  type SaisieEntonnoir,
} from '../lib/campagne/entonnoir-saisi.ts';
import { ETAPES_ENTONNOIR, TAUX_ENTONNOIR } from '../lib/campagne/etapes.ts';

export {
  ENTONNOIR_PAR_DEFAUT,
  evaluerEntonnoir,
  validerSaisieEntonnoir,
  tauxEnTexte,
  type SaisieEntonnoir,
  type EvaluationEntonnoir,
  type EtapeCalculee,
} from '../lib/campagne/entonnoir-saisi.ts';
/** The funnel's stages and rates (defined once in src/lib/campagne/etapes.ts). */
export const ETAPES = ETAPES_ENTONNOIR;
export const TAUX = TAUX_ENTONNOIR;

const parEntreprise = saisieParEntreprise<SaisieEntonnoir>({
  nom: 'entonnoirs',
  libelle: 'de l’entonnoir (chapitre 10)',
  defaut: () => ENTONNOIR_PAR_DEFAUT,
  valider: validerSaisieEntonnoir,
  ancienne: 'entonnoir',
});
/** The learner's funnel for the company studied, persisted per company under `atelier:v1:entonnoirs`. */
export const $saisieEntonnoir = parEntreprise.$saisie;
/** Every company's funnel as typed, by company id (a company never edited has none). */
export const $entonnoirs = parEntreprise.$toutes;
const definir = parEntreprise.definir;

/** The evaluation of the current funnel. */
export const $evaluationEntonnoir = computed($saisieEntonnoir, evaluerEntonnoir);

/** Changes the spread of the rates. */
export function modifierEcart(ecart: string): void {
  definir({ ...$saisieEntonnoir.get(), ecart });
}
/** Draws another set of campaigns (next seed). */
export function relancerSimulation(): void {
  const s = $saisieEntonnoir.get();
  const n = Number.parseInt(s.graine, 10);
  definir({ ...s, graine: String(Number.isSafeInteger(n) && n > 0 ? n + 1 : 1) });
}

/** Switches between forward and backward. */
export function choisirMode(mode: SaisieEntonnoir['mode']): void {
  definir({ ...$saisieEntonnoir.get(), mode });
}
/** Changes the contacts or the objective; typed contacts are no longer the selection's. */
export function modifierEntonnoir(
  changement: Partial<Pick<SaisieEntonnoir, 'contacts' | 'objectif'>>,
): void {
  const { origine, ...s } = $saisieEntonnoir.get();
  definir({ ...s, ...('contacts' in changement ? {} : origine ? { origine } : {}), ...changement });
}
/** « Partir de ma sélection »: the contacts are the selection of chapter 6, and the funnel remembers it; `taux`, the rates to start from (stores/plan.ts). */
export function partirDeLaSelection(contacts: number, taux?: string[]): void {
  const s = $saisieEntonnoir.get();
  definir({
    ...s,
    contacts: String(contacts),
    origine: 'selection',
    ...(taux?.length === TAUX.length ? { taux } : {}),
  });
}
/** Changes one stage rate as typed. */
export function modifierTaux(i: number, texte: string): void {
  const s = $saisieEntonnoir.get();
  definir({ ...s, taux: s.taux.map((t, j) => (j === i ? texte : t)) });
}
/** Replaces the four rates (e.g. with a past campaign's). */
export function remplacerTaux(taux: string[]): void {
  if (taux.length === TAUX.length) definir({ ...$saisieEntonnoir.get(), taux });
}
/** Restores the lesson's example. */
export function reinitialiserEntonnoir(): void {
  parEntreprise.reinitialiser();
}
