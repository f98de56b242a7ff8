/**
 * The first step of « Masquer les résultats », shared by the page's tool listener
 * (labo-outils.ts), which takes it at once even when the tools' code is still loading, and by
 * the tools themselves (projection.ts), which take the next steps.
 */

/** The result sections of a simulator, in reading order: what « Masquer » hides and reveals step by step. */
export const RESULTATS = '.labo-resultats, .labo-graphique, .vue-differee';

/** Hides every result section of the simulator (the role-play reads `data-resultats` too). */
export function entrerMasquage(labo: HTMLElement): void {
  labo.dataset.resultats = 'masques';
  for (const s of labo.querySelectorAll<HTMLElement>(RESULTATS)) s.dataset.masque = 'oui';
}
