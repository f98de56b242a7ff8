/** What the learner's work on a file holds, named in French: the question before a new file replaces it (issue 15, case 5). */
import { accorder } from '../commun/accord.ts';
import type { TravailEntreprise } from '../../stores/travail.ts';

/**
 * What replacing the file would erase of this work, in French (« 1 opération de nettoyage »,
 * « 2 prospects sélectionnés », « la méthode choisie »…): empty when nothing was done (issue 15, case 5).
 */
export function partiesDuTravail(t: TravailEntreprise): string[] {
  const parties: string[] = [];
  if (t.journal.length > 0)
    parties.push(
      accorder(t.journal.length, 'opération de nettoyage', 'opérations de nettoyage', {
        feminin: true,
      }),
    );
  if (t.grille) parties.push('la grille de scoring');
  if (t.selection.length > 0)
    parties.push(accorder(t.selection.length, 'prospect sélectionné', 'prospects sélectionnés'));
  if (t.methode) parties.push('la méthode choisie');
  return parties;
}
