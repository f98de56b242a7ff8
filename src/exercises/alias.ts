/**
 * Renamed exercises. Progress is stored under exercise ids; when an id has to change
 * (a chapter slug renamed, a typo fixed), add `ancienId: nouvelId` here instead of losing
 * the learners' attempts. The store rewrites old ids on read and on import; the bilan
 * resolves them too, so an old export file still counts. Never remove an entry.
 */

/** Old exercise id → current id. Empty until an exercise is renamed. */
export const ALIAS_EXERCICES: Readonly<Record<string, string>> = {};

/** The current id of an exercise, following renames (a cycle stops at the first repeat). */
export function resoudreAlias(
  id: string,
  alias: Readonly<Record<string, string>> = ALIAS_EXERCICES,
): string {
  const vus = new Set<string>();
  let courant = id;
  while (Object.hasOwn(alias, courant) && !vus.has(courant)) {
    vus.add(courant);
    courant = alias[courant];
  }
  return courant;
}
