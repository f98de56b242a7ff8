/**
 * The budget of chapter 9 « Budgétiser »: the current company's expense lines and margin rate as
 * typed (budget-saisie.ts, per company), and their evaluation through src/lib. The chosen method's
 * line is added or updated in place (`ajouterMethodeAuBudget`): there is never more than one.
 * Nothing here subscribes or copies: the plan of the campaign derives from `$evaluationBudget`.
 */
import { computed } from 'nanostores';
import {
  avecLigneMethode,
  budgetExempleDuCours,
  evaluerBudget,
  type SaisieBudget,
} from '../lib/campagne/budget-saisi.ts';
import { $saisieBudget, definirBudget } from './budget-saisie.ts';

export {
  $saisieBudget,
  reinitialiserBudget,
  BUDGET_PAR_DEFAUT,
  validerSaisieBudget,
  type LigneSaisie,
  type SaisieBudget,
} from './budget-saisie.ts';
export {
  evaluerBudget,
  budgetDeDepart,
  estBudgetExemple,
  ID_LIGNE_METHODE,
  type EvaluationBudget,
} from '../lib/campagne/budget-saisi.ts';

/** The evaluation of the current budget. */
export const $evaluationBudget = computed($saisieBudget, evaluerBudget);

let compteur = 0;
/** Adds an empty expense line. */
export function ajouterLigne(
  ligne: { action: string; montant: string } = { action: '', montant: '' },
): void {
  const s = $saisieBudget.get();
  compteur += 1;
  definirBudget({
    ...s,
    lignes: [...s.lignes, { id: `ligne-${Date.now().toString(36)}-${compteur}`, ...ligne }],
  });
}
/** « Ajouter au budget »: the chosen method's line, added once or updated in place. */
export function ajouterMethodeAuBudget(ligne: { action: string; montant: string }): void {
  definirBudget(avecLigneMethode({ saisie: $saisieBudget.get(), ...ligne }));
}
/** Removes an expense line. */
export function supprimerLigne(id: string): void {
  const s = $saisieBudget.get();
  definirBudget({ ...s, lignes: s.lignes.filter((l) => l.id !== id) });
}
/** Changes one field of an expense line. */
export function modifierLigne(id: string, champ: 'action' | 'montant', valeur: string): void {
  const s = $saisieBudget.get();
  definirBudget({
    ...s,
    lignes: s.lignes.map((l) => (l.id === id ? { ...l, [champ]: valeur } : l)),
  });
}
/** « Exemple du cours »: the lesson's envelope (17 200 € at 25 %), converted for a company in dirhams. */
export function prendreExempleDuCours(): void {
  definirBudget(budgetExempleDuCours({ devise: $saisieBudget.get().devise }));
}
/** Changes the rate or its kind. */
export function modifierBudget(changement: Partial<Omit<SaisieBudget, 'lignes'>>): void {
  definirBudget({ ...$saisieBudget.get(), ...changement });
}
