/**
 * Text comparison the way a person reads a prospect file: « Rabat », « RABAT » and « rabat »
 * are the same city, « Société Générale » and « societe generale » the same name.
 * Shared by the quality report (duplicates), the queries and the scoring grid.
 */

/** Removes accents and ligatures (é → e, ç → c, œ → oe), keeping everything else. */
export function sansAccents(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE');
}

/** Case-, accent- and spacing-insensitive form of any value (`null` / `undefined` give « »). */
export function normaliserTexte(valeur: unknown): string {
  if (valeur === null || valeur === undefined) return '';
  // Lower case first: some capitals lower into a letter plus a combining mark (İ → i̇).
  return sansAccents(String(valeur).toLowerCase())
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a value counts as empty in a file: absent, blank text, or NaN. */
export function estVide(valeur: unknown): boolean {
  return (
    valeur === null ||
    valeur === undefined ||
    (typeof valeur === 'string' && valeur.trim() === '') ||
    (typeof valeur === 'number' && Number.isNaN(valeur))
  );
}
