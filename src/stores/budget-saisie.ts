/**
 * What the learner typed in the Budget simulator of chapter 9, kept PER COMPANY under
 * `atelier:v1:budgets` (issue 14: a budget made for Sadaf in DH no longer follows the learner to
 * Lyon, and a shared scenario of another company's budget replaces nothing of theirs). A company
 * not touched yet starts from its own figures (`budgetDeDepart`: its last campaign's cost lines,
 * its taux de marque, its currency).
 *
 * MIGRATION (read once, then removed): `atelier:v1:budget` held the budget of the company studied
 * at the time (adopted for it through `ancienne`); `travail[id].budget` held the budgets of the
 * companies left (adopted below, once, for every company with no budget yet).
 */
import { saisieParEntreprise } from './par-entreprise.ts';
import { contexteDe } from './contexte.ts';
import {
  budgetDeDepart,
  validerSaisieBudget,
  type SaisieBudget,
} from '../lib/campagne/budget-saisi.ts';

export {
  BUDGET_PAR_DEFAUT,
  validerSaisieBudget,
  type LigneSaisie,
  type SaisieBudget,
} from '../lib/campagne/budget-saisi.ts';

const parEntreprise = saisieParEntreprise<SaisieBudget>({
  nom: 'budgets',
  libelle: 'du budget (chapitre 9)',
  defaut: (devise, e) => budgetDeDepart({ contexte: contexteDe(e), devise }),
  valider: validerSaisieBudget,
  ancienne: 'budget',
});

/** The current company's budget as typed. */
export const $saisieBudget = parEntreprise.$saisie;
/** Every company's budget as typed, by company id (a company never edited has none). */
export const $budgets = parEntreprise.$toutes;
/** Replaces the current company's budget. */
export const definirBudget = parEntreprise.definir;
/** Back to the company's own starting budget. */
export const reinitialiserBudget = parEntreprise.reinitialiser;

// One-shot adoption of the budgets that travelled inside `travail` before issue 14: read raw
// (this store must not load the campaign's), each checked; travail.ts drops the field on its next write.
try {
  const brut: unknown =
    typeof localStorage === 'undefined'
      ? null
      : JSON.parse(localStorage.getItem('atelier:v1:travail') ?? 'null');
  if (brut && typeof brut === 'object') {
    const budgets = { ...parEntreprise.$toutes.get() };
    let adoptes = 0;
    for (const [id, t] of Object.entries(brut as Record<string, { budget?: unknown }>)) {
      const b = t && typeof t === 'object' && t.budget ? validerSaisieBudget(t.budget) : undefined;
      if (b && !budgets[id]) {
        budgets[id] = b;
        adoptes++;
      }
    }
    if (adoptes > 0) parEntreprise.$toutes.set(budgets);
  }
} catch {
  /* unreadable former work: persistance.ts reports it when campagne.ts reads it */
}
