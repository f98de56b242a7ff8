/**
 * What the method of chapter 7 was chosen on (issue 14, defect D11): the selection of chapter 6
 * at that moment (its head count and a fingerprint of its ids) and the contacts the method was
 * chosen for. Saved with the choice, in the learner's work: a later selection is compared with
 * it, so the thread (fil.ts), chapter 7 and chapter 9 can say the method is « à revoir » and what
 * changed. It records an input's context, not a derived figure: nothing here is recomputed.
 */
import { accorder } from '../commun/accord.ts';

/** The selection and the contacts a method was chosen on. */
export interface BaseMethode {
  /** Selected prospects (rows of the cleaned file) when the method was chosen. */
  prospects: number;
  /** Fingerprint of their ids (`empreinteSelection`): the same head count with other prospects is another selection. */
  empreinte: string;
  /** Contacts the method was chosen for (chapter 7's comparator). */
  contacts: number;
}

/** A selection as compared: its head count and the fingerprint of its ids. */
export interface EmpreinteSelection {
  prospects: number;
  empreinte: string;
}

/**
 * The fingerprint of a selection: FNV-1a (32 bits) over its ids, sorted so that the order rows
 * come in does not matter. Not a security hash: it only tells two selections apart, and a
 * selection of 100 000 ids takes a few milliseconds.
 */
export function empreinteSelection(ids: readonly string[]): EmpreinteSelection {
  let h = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return { prospects: ids.length, empreinte: (h >>> 0).toString(16).padStart(8, '0') };
}

/**
 * Why the chosen method is to be reviewed, or null when it is up to date. `base` null: nothing
 * recorded — a method chosen before any selection, or saved by a version before this record —
 * is treated as up to date (as before: no alarm raised on a guess; choosing again records it).
 * `selection` null: the rows are still loading, nothing to compare yet.
 */
export function revueMethode({
  base,
  selection,
}: {
  base: BaseMethode | null | undefined;
  selection: EmpreinteSelection | null;
}): string | null {
  if (!base || !selection || selection.empreinte === base.empreinte) return null;
  const maintenant = `La sélection compte maintenant ${accorder(selection.prospects, 'prospect', 'prospects')}`;
  const pour = accorder(base.contacts, 'contact', 'contacts');
  if (selection.prospects !== base.prospects)
    return base.contacts === base.prospects
      ? `${maintenant}, la méthode a été choisie pour ${pour}.`
      : `${maintenant}, elle en comptait ${base.prospects} quand la méthode a été choisie (pour ${pour}).`;
  return `${maintenant}, comme quand la méthode a été choisie (pour ${pour}), mais ce ne sont plus les mêmes.`;
}
