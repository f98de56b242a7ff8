/**
 * The « Tableau de bord » of chapter 11: objectives and results of a prospecting operation as the
 * learner typed them (text, persisted), and their evaluation through src/lib: gap and taux de
 * réalisation per line, unit costs, margin, result, ROI on the margin, CA minimum of chapter 9.
 *
 * Stored per company under `atelier:v1:tableaux-de-bord` (par-entreprise.ts), each as `{ objectif, realise, tauxDeMarque, devise }`
 * (two records of seven strings, a string, 'EUR' | 'MAD'), plus `depuisPlan` since session 11
 * (optional: absent reads as false). Session 10 stored the plan's rates instead (`tauxPrevus`):
 * such a save loads as `depuisPlan: true` and the copied rates are dropped, the current plan's
 * being derived. Another shape is set aside and reported by `atomePersistant`, and the company's
 * starting figures come back (tableauDeDepart). The margin is not typed: it is CA × taux de marque
 * on both sides, as in the lesson, so the two cannot disagree.
 *
 * Following the plan (« Reprendre mon plan »), the objectives the plan gives and its stage rates
 * are DERIVED from the current plan (stores/plan.ts, loaded only then: it is heavy), so chapter 10
 * and this dashboard always give the same verdict (issue 14).
 */
import { atom, computed, onMount } from 'nanostores';
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

/** What the dashboard reads while it follows the plan: set by its listener below, else null. */
type Suivi = {
  saisie: SaisieTableauDeBord;
  tauxPrevus: readonly number[] | null;
  lignes: string[];
};
const $suiviDuPlan = atom<Suivi | null>(null);
type ModulePlan = typeof import('./tableau-de-bord-plan.ts');
/** The plan's module once loaded: later subscriptions to it are synchronous. */
let modulePlan: ModulePlan | undefined;
const chargerModulePlan = async () => (modulePlan ??= await import('./tableau-de-bord-plan.ts'));
onMount($suiviDuPlan, () => {
  let arreterPlan: (() => void) | undefined,
    fini = false;
  const brancher = (m: ModulePlan) => {
    if (fini || arreterPlan || !$saisieTableauDeBord.get().depuisPlan) return;
    arreterPlan = m.$tableauSuivantLePlan.subscribe((v) => $suiviDuPlan.set(v));
  };
  const arreter = $saisieTableauDeBord.subscribe((s) => {
    if (s.depuisPlan && !arreterPlan) {
      if (modulePlan) brancher(modulePlan);
      else void chargerModulePlan().then(brancher);
    } else if (!s.depuisPlan && arreterPlan) {
      arreterPlan();
      arreterPlan = undefined;
      $suiviDuPlan.set(null);
    }
  });
  return () => {
    fini = true;
    arreter();
    arreterPlan?.();
    arreterPlan = undefined;
    $suiviDuPlan.set(null);
  };
});

/** The dashboard as it reads: following the plan, its objectives and rates derived from it. */
const $tableauLu = computed([$saisieTableauDeBord, $suiviDuPlan], (s, suivi) =>
  s.depuisPlan && suivi ? suivi : { saisie: s, tauxPrevus: null, lignes: [] as string[] },
);
/** The figures as the table shows them (following the plan, the objectives it gives). */
export const $saisieAffichee = computed($tableauLu, (t) => t.saisie);
/** Whether the objectives now follow the plan (derived, not the stored flag alone: the plan must compute). */
export const $suitLePlan = computed($tableauLu, (t) => t.tauxPrevus !== null);

/** The evaluation of the current figures. */
export const $evaluationTableauDeBord = computed($tableauLu, (t) =>
  evaluerTableauDeBord(t.saisie, t.tauxPrevus),
);

/**
 * Changes one typed figure. Typing an objective the plan gives leaves the plan: the objectives
 * shown (the plan's, derived) become the typed ones, with this change.
 */
export function modifierTableauDeBord(
  cote: 'objectif' | 'realise',
  ligne: Ligne,
  texte: string,
): void {
  const s = $saisieTableauDeBord.get();
  const lu = $tableauLu.get();
  if (cote === 'objectif' && s.depuisPlan && lu.lignes.includes(ligne))
    return definir({
      ...lu.saisie,
      depuisPlan: false,
      objectif: { ...lu.saisie.objectif, [ligne]: texte },
    });
  definir({ ...s, [cote]: { ...s[cote], [ligne]: texte } });
}

/** Changes the taux de marque (following the plan, which gives it, leaves the plan). */
export function modifierTauxDeMarque(texte: string): void {
  const s = $saisieTableauDeBord.get();
  const lu = $tableauLu.get();
  if (s.depuisPlan && lu.lignes.includes('tauxDeMarque'))
    return definir({ ...lu.saisie, depuisPlan: false, tauxDeMarque: texte });
  definir({ ...s, tauxDeMarque: texte });
}

/**
 * « Reprendre mon plan »: `saisie` (tableau-plan.ts `saisieDepuisPlan`) follows the plan. The
 * plan's module is loaded first, so the objectives shown are the plan's from the first render.
 */
export async function suivreLePlan(saisie: SaisieTableauDeBord): Promise<void> {
  await chargerModulePlan();
  definir({ ...saisie, depuisPlan: true });
}

/** Replaces every figure (the company's campaign). */
export function remplacerTableauDeBord(s: SaisieTableauDeBord): void {
  definir(s);
}

/** Back to the company's own starting figures (its past campaign; the lesson's example for a file without one). */
export function reinitialiserTableauDeBord(): void {
  parEntreprise.reinitialiser();
}
