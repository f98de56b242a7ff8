/**
 * The « Tableau de bord » of chapter 11: objectives and results of a prospecting operation as the
 * learner typed them (text, persisted), and their evaluation through src/lib: gap and taux de
 * réalisation per line, unit costs, margin, result, ROI on the margin, CA minimum of chapter 9.
 *
 * Stored per company under `atelier:v1:tableaux-de-bord` (par-entreprise.ts), each as `{ objectif, realise, tauxDeMarque, devise }`
 * (two records of seven strings, a string, 'EUR' | 'MAD'), plus `tauxPrevus` since issue 14
 * (optional: a stored value without it reads as null). Another shape is set aside and reported by
 * `atomePersistant`, and the company's starting figures come back (tableauDeDepart). The margin is not typed:
 * it is CA × taux de marque on both sides, as in the lesson, so the two cannot disagree.
 */
import { computed } from 'nanostores';
import { saisieParEntreprise } from './par-entreprise.ts';
import { contexteDe } from './contexte.ts';
import {
  evaluerTableauDeBord,
  tableauDeDepart,
  validerSaisieTableauDeBord,
  type Ligne,
  type SaisieTableauDeBord,
} from '../lib/campagne/tableau-saisi.ts';

export * from '../lib/campagne/tableau-saisi.ts';

const parEntreprise = saisieParEntreprise<SaisieTableauDeBord>({
  nom: 'tableaux-de-bord',
  libelle: 'du tableau de bord (chapitre 11)',
  defaut: (devise, e) => tableauDeDepart({ contexte: contexteDe(e), devise }),
  valider: validerSaisieTableauDeBord,
  ancienne: 'tableau-de-bord',
});
/** The learner's dashboard for the company studied, persisted per company under `atelier:v1:tableaux-de-bord`. */
export const $saisieTableauDeBord = parEntreprise.$saisie;
/** Every company's dashboard as typed, by company id (a company never edited has none). */
export const $tableauxDeBord = parEntreprise.$toutes;
const definir = parEntreprise.definir;

/** The evaluation of the current figures. */
export const $evaluationTableauDeBord = computed($saisieTableauDeBord, evaluerTableauDeBord);

/** Changes one typed figure. */
export function modifierTableauDeBord(
  cote: 'objectif' | 'realise',
  ligne: Ligne,
  texte: string,
): void {
  const s = $saisieTableauDeBord.get();
  // An objective count edited by hand is no longer the plan's: its rates no longer apply.
  const plan =
    cote === 'objectif' &&
    ['contacts', 'joints', 'rdv', 'propositions', 'commandes'].includes(ligne)
      ? { tauxPrevus: null }
      : {};
  definir({ ...s, ...plan, [cote]: { ...s[cote], [ligne]: texte } });
}

/** Changes the taux de marque. */
export function modifierTauxDeMarque(texte: string): void {
  definir({ ...$saisieTableauDeBord.get(), tauxDeMarque: texte });
}

/** Replaces every figure (the company's campaign). */
export function remplacerTableauDeBord(s: SaisieTableauDeBord): void {
  definir(s);
}

/** Back to the company's own starting figures (its past campaign; the lesson's example for a file without one). */
export function reinitialiserTableauDeBord(): void {
  parEntreprise.reinitialiser();
}
