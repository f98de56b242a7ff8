/** French typography checks shared by the content lint and the generator tests (not a test file). */
import { anglicismes, nombreCoupe } from '../content/typographie.ts';

/** The typography faults of a user-visible French text, described in French; [] when clean. */
export function fautesTypo(texte: string): string[] {
  const fautes: string[] = [];
  const avant = texte.match(/(^|[^\u202f])[;:!?%]/g);
  if (avant)
    fautes.push(
      `espace fine insécable (U+202F) manquante avant ${avant.map((m) => m.slice(-1)).join(' ')}`,
    );
  if (/«(?!\u00a0)/.test(texte)) fautes.push('espace insécable (U+00A0) manquante après «');
  if (/(?<!\u00a0)»/.test(texte)) fautes.push('espace insécable (U+00A0) manquante avant »');
  if (/'/.test(texte)) fautes.push('apostrophe droite au lieu de ’');
  const coupe = nombreCoupe(texte);
  if (coupe)
    fautes.push(
      `nombre coupé par une espace ordinaire « ${coupe} » (espace fine insécable U+202F)`,
    );
  fautes.push(...anglicismes(texte));
  if (/NaN|Infinity|undefined|\[object/.test(texte)) fautes.push('valeur technique affichée');
  return fautes;
}

/** Every string inside a value (objects and arrays walked), with its path. */
export function textes(valeur: unknown, chemin = ''): { chemin: string; texte: string }[] {
  if (typeof valeur === 'string') return [{ chemin, texte: valeur }];
  if (Array.isArray(valeur)) return valeur.flatMap((v, i) => textes(v, `${chemin}[${i}]`));
  if (valeur && typeof valeur === 'object')
    return Object.entries(valeur).flatMap(([k, v]) => textes(v, chemin ? `${chemin}.${k}` : k));
  return [];
}
