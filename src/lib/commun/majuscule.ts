/**
 * Capitalising a sentence's first letter, shared by the error messages of nombres.ts and
 * champs.ts and by the islands. Its own module, in the « nombres » chunk (astro.config.mjs):
 * had champs.ts imported it from nombres.ts, the bundler would regroup the lib's shared chunks
 * and ch 10's page would load 8.5 KB more.
 */

/** The text with its first letter capitalised (« la marge » → « La marge »). */
export const majuscule = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The text with its first letter in lower case, for a sentence that follows a colon
 * (« Recommandation : la CNIL… »); an acronym (« CNIL », « RGPD ») is left as it is.
 */
export const minuscule = (s: string): string =>
  /^\p{Lu}[\p{Lu}\d]/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The error for a negative figure, agreeing with the field's name (« Le coût … négatif »,
 * « La marge … négative »); a plural or elided name (« Les coûts fixes », « L’objectif ») gets a
 * sentence that needs no agreement.
 */
export function pasNegatif(nom: string): string {
  const Nom = majuscule(nom);
  if (/^(le|un) /i.test(nom)) return `${Nom} ne peut pas être négatif.`;
  if (/^(la|une) /i.test(nom)) return `${Nom} ne peut pas être négative.`;
  return `${Nom}\u202f: saisissez un nombre positif ou nul.`;
}
