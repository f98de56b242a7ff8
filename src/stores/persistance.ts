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

/** What a company id looks like (samples' folder names, `mon-fichier`). */
export const ID_ENTREPRISE = /^[a-z0-9-]{1,60}$/;

/**
 * The validator of a record of one value per company id, from the validator of one value:
 * the whole record is refused (set aside and reported) as soon as one id or one value is wrong.
 */
export function validerParEntreprise<T>(valider: Validateur<T>): Validateur<Record<string, T>> {
  return (brut) => {
    if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
    const r: Record<string, T> = {};
    for (const [id, v] of Object.entries(brut)) {
      const lu = ID_ENTREPRISE.test(id) ? valider(v) : undefined;
      if (lu === undefined) return undefined;
      r[id] = lu;
    }
    return r;
  };
}

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
      if (memoire.has(cle)) {
        // A value of a shared link, not the visitor's data: nothing to set aside.
        $erreursStockage.set([...$erreursStockage.get(), 'Une valeur de ce lien de scénario était illisible\u202f: l’exemple par défaut la remplace.']);
        return defaut;
      }
      try {
        localStorage.setItem(`${cle}:corrompu`, texte);
      } catch { /* storage full: the reset still happens */ }
      signalerStockageCorrompu(nom);
      return defaut;
    },
  });
}

/**
 * Shared scenarios (issue 8, format in scenario.ts). When the page's address carries
 * `?scenario=…`, the stores it names (and the company studied) are read from and written to
 * memory, laid over the visitor's stored values; every other key still goes to localStorage
 * (exercise progress, display). This runs when this module is first evaluated, before any store
 * is created, since every persistent store is made here. Nothing is written to the visitor's
 * storage until « Garder ce scénario ».
 */
export type EtatScenario = { mode: 'aucun' } | { mode: 'partage'; entreprise: string } | { mode: 'invalide'; message: string };
/** Whether the page shows a shared scenario, for the banner. */
export const $scenario = atom<EtatScenario>({ mode: 'aucun' });
/** The keys held in memory for the scenario; `undefined` values stand for « absent ». */
const memoire = new Map<string, string | undefined>();

// Top-level await: the reader of links loads only on a page opened from one, and every store
// waits for it (this module is their common import) before reading anything.
const parametreScenario = typeof location === 'undefined' || typeof localStorage === 'undefined' ? null : new URLSearchParams(location.search).get('scenario');
if (parametreScenario !== null) await import('./scenario.ts').then((m) => m.installerScenario({ parametre: parametreScenario, memoire, etat: $scenario }));


/** The stored text of a key as the page sees it (the scenario's value when one is shown). */
export function lireCle(cle: string): string | null {
  if (memoire.has(cle)) return memoire.get(cle) ?? null;
  try { return localStorage.getItem(cle); } catch { return null; }
}

/** The keys a shared scenario holds in memory, with their texts (undefined: absent), for « Garder ce scénario ». */
export function entreesScenario(): [string, string | undefined][] {
  return [...memoire];
}
