/**
 * The budget of chapter 9 « Budgétiser »: the expense lines and the expected margin rate as the
 * learner typed them (text, so that nothing typed is lost, even while invalid), persisted, and
 * their evaluation through src/lib. Kept as typed text on purpose: « 1 500 » must come back as
 * « 1 500 » after a reload, not as 1500.
 */
import { computed } from 'nanostores';
import { parseNombre, parsePourcentage } from '../lib/nombres.ts';
import { analyseBudget, caMinimumLectureErronee, type LigneBudget } from '../lib/budget.ts';
import { tauxDeMarqueDepuisTauxDeMarge } from '../lib/marges.ts';

export { $saisieBudget, BUDGET_PAR_DEFAUT, validerSaisieBudget, type LigneSaisie, type SaisieBudget } from './budget-saisie.ts';
import { $saisieBudget, BUDGET_PAR_DEFAUT, type SaisieBudget } from './budget-saisie.ts';
import { retenirPlan } from './campagne.ts';

/** The evaluation of a budget: per-field French errors, and the analysis when every field is valid. */
export interface EvaluationBudget {
  erreurs: Record<string, string>;
  resultat?: {
    total: number;
    caMinimum: number;
    tauxDeMarque: number;
    parAction: { id: string; action: string; montant: number; part: number }[];
    /** When a taux de marge was typed: the CA minimum one gets by wrongly dividing by it. */
    lectureErronee?: number;
  };
}

/** Parses what was typed and runs the analysis through src/lib; pure, unit-tested. */
export function evaluerBudget(s: SaisieBudget): EvaluationBudget {
  const erreurs: Record<string, string> = {};
  const lignes: LigneBudget[] = [];
  for (const l of s.lignes) {
    const r = parseNombre(l.montant, { champ: l.id, libelle: l.action.trim() ? `le montant de l’action «\u00a0${l.action.trim()}\u00a0»` : 'le montant de cette action' });
    if (!r.ok) erreurs[l.id] = r.erreur.message;
    else if (r.valeur < 0) erreurs[l.id] = 'Une dépense ne peut pas être négative.';
    else lignes.push({ id: l.id, action: l.action.trim() || 'Action sans nom', montant: r.valeur });
  }
  const taux = parsePourcentage(s.taux, { champ: 'taux', libelle: s.typeTaux === 'marque' ? 'le taux de marque' : 'le taux de marge' });
  let tauxDeMarque: number | undefined;
  if (!taux.ok) erreurs.taux = taux.erreur.message;
  else if (s.typeTaux === 'marque') tauxDeMarque = taux.valeur;
  else {
    const conv = tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge: taux.valeur });
    if (conv.ok) tauxDeMarque = conv.valeur;
    else erreurs.taux = conv.erreur.message;
  }
  if (Object.keys(erreurs).length > 0 || tauxDeMarque === undefined) return { erreurs };
  const analyse = analyseBudget({ lignes, tauxDeMarque });
  if (!analyse.ok) return { erreurs: { [analyse.erreur.champ === 'tauxDeMarque' ? 'taux' : analyse.erreur.champ ?? 'taux']: analyse.erreur.message } };
  let lectureErronee: number | undefined;
  if (s.typeTaux === 'marge' && taux.ok) {
    const faux = caMinimumLectureErronee({ depenses: analyse.valeur.total, tauxDeMarge: taux.valeur });
    if (faux.ok) lectureErronee = faux.valeur;
  }
  return { erreurs, resultat: { ...analyse.valeur, tauxDeMarque, lectureErronee } };
}

/** The evaluation of the current budget. */
export const $evaluationBudget = computed($saisieBudget, evaluerBudget);

// Chapter 11's dashboard takes the cost and the taux de marque of this budget as its objectives.
if (typeof window !== 'undefined') {
  $evaluationBudget.subscribe((ev) => { if (ev.resultat) retenirPlan({ cout: ev.resultat.total, tauxDeMarque: ev.resultat.tauxDeMarque }); });
}

let compteur = 0;
/** Adds an expense line, empty or with its action and amount (as text, the way the learner types it). */
export function ajouterLigne(ligne: { action: string; montant: string } = { action: '', montant: '' }): void {
  const s = $saisieBudget.get();
  compteur += 1;
  $saisieBudget.set({ ...s, lignes: [...s.lignes, { id: `ligne-${Date.now().toString(36)}-${compteur}`, ...ligne }] });
}
/** Removes an expense line. */
export function supprimerLigne(id: string): void {
  const s = $saisieBudget.get();
  $saisieBudget.set({ ...s, lignes: s.lignes.filter((l) => l.id !== id) });
}
/** Changes one field of an expense line. */
export function modifierLigne(id: string, champ: 'action' | 'montant', valeur: string): void {
  const s = $saisieBudget.get();
  $saisieBudget.set({ ...s, lignes: s.lignes.map((l) => (l.id === id ? { ...l, [champ]: valeur } : l)) });
}
/** Changes the rate, its kind or the currency. */
export function modifierBudget(changement: Partial<Omit<SaisieBudget, 'lignes'>>): void {
  $saisieBudget.set({ ...$saisieBudget.get(), ...changement });
}
/** Restores the default envelope. */
export function reinitialiserBudget(): void {
  $saisieBudget.set(BUDGET_PAR_DEFAUT);
}
