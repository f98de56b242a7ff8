/**
 * The cleaning log of chapter 5: an operation (edit, merge, deletion) is added to the company's
 * work only while the rows it names are still those shown (issue 15, case 9). Apart from
 * campagne.ts so that only chapter 5 loads it.
 */
import { atom } from 'nanostores';
import type { OperationNettoyage } from '../lib/fichier/journal.ts';
import { $fichierNettoye, fichierAJour, modifierTravail } from './campagne.ts';

/** Why the last cleaning operation was refused, in French (null when it applied). */
export const $operationRefusee = atom<string | null>(null);

/**
 * Adds a cleaning operation (edit, merge, deletion) to the current company's log, unless a row it
 * names is no longer in the file shown (replaced in another tab, still loading): then nothing is
 * written and `$operationRefusee` says why (issue 15, case 9). Returns whether it was added.
 */
export function ajouterOperation(op: OperationNettoyage): boolean {
  const presents = new Set($fichierNettoye.get().map((p) => p.id));
  const cibles =
    op.type === 'modifier' ? [op.id] : op.type === 'fusionner' ? [...op.ids, op.garder] : op.ids;
  const absents = fichierAJour() ? cibles.filter((id) => !presents.has(id)) : cibles;
  if (absents.length > 0) {
    const liste = absents.slice(0, 3).join(', ') + (absents.length > 3 ? '…' : '');
    $operationRefusee.set(
      `${absents.length > 1 ? `Les fiches ${liste} n’existent` : `La fiche ${liste} n’existe`} plus dans le fichier étudié (remplacé dans un autre onglet, ou en cours de chargement)\u202f: rien n’a été modifié. Vérifiez le fichier affiché, puis recommencez.`,
    );
    return false;
  }
  $operationRefusee.set(null);
  modifierTravail((t) => ({ ...t, journal: [...t.journal, op] }));
  return true;
}
