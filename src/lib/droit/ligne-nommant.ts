/**
 * Whether a cost line names a list (« Bloctel »), as a whole word in any case: what chapter 9
 * checks on each line against the lists no longer in force (lignes-de-cout.ts, at build time).
 * No import, so the page that calls it carries nothing of the rules table.
 */

/** The first of `listes` whose name the line `action` contains as a whole word, if any. */
export function ligneNommant<T extends { nom: string }>(
  action: string,
  listes: readonly T[],
): T | undefined {
  return listes.find((l) => new RegExp(`(^|[^\\p{L}])${l.nom}($|[^\\p{L}])`, 'iu').test(action));
}
