/**
 * Versioned, validated persistence for state that must survive a reload (ARCHITECTURE rule 5).
 *
 * Every key is `atelier:v1:<name>`. On read, the stored JSON goes through a validator; a value
 * that fails (a hand-edited store, an older format, a truncated write) is copied aside under
 * `<key>:corrompu`, reported through `$erreursStockage` in French, and replaced by the default,
 * so a damaged store never blanks a page. When a format changes, bump `v1` in the key and add a
 * migration here from the previous key, rather than reading old data with a new shape.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';

/** French messages about stores that were unreadable and have been reset. */
export const $erreursStockage = atom<string[]>([]);

/** Reports a reset store (exported for stores with their own loading, such as IndexedDB ones). */
export function signalerStockageCorrompu(nom: string): void {
  $erreursStockage.set([
    ...$erreursStockage.get(),
    `Vos données « ${nom} » enregistrées dans ce navigateur étaient illisibles : elles ont été mises de côté et remplacées par les valeurs par défaut.`,
  ]);
}

/** A validator returns the typed value, or undefined when the stored value is not acceptable. */
export type Validateur<T> = (brut: unknown) => T | undefined;

/** A persistent atom whose stored value is validated on every read. */
export function atomePersistant<T>(nom: string, defaut: T, valider: Validateur<T>) {
  const cle = `atelier:v1:${nom}`;
  return persistentAtom<T>(cle, defaut, {
    encode: (v) => JSON.stringify(v),
    decode: (texte) => {
      let brut: unknown;
      try {
        brut = JSON.parse(texte);
      } catch {
        brut = undefined;
      }
      const valeur = valider(brut);
      if (valeur !== undefined) return valeur;
      try {
        localStorage.setItem(`${cle}:corrompu`, texte);
      } catch { /* storage full: the reset still happens */ }
      signalerStockageCorrompu(nom);
      return defaut;
    },
  });
}
