/**
 * Versioned, validated persistence for state that must survive a reload (ARCHITECTURE rule 5).
 *
 * Every key is `atelier:v1:<name>`. On read, the stored JSON goes through a validator; a value
 * that fails (a hand-edited store, an older format, a truncated write) is copied aside under
 * `<key>:corrompu`, reported through `$erreursStockage` in French, and replaced by the default,
 * so a damaged store never blanks a page. A record kept per company is checked company by
 * company: one bad company is set aside alone, the others are kept (issue 15). « Mon bilan »
 * lists what was set aside, to download or restore it. When a format changes, bump `v1` in the
 * key and add a migration here from the previous key, rather than reading old data with a new shape.
 *
 * Every read and write goes through one engine (stockage-sur.ts): blocked or full storage never
 * throws out of a store, the value stays in memory for the page, and `$etatStockage` says so.
 */
import { atom } from 'nanostores';
import type { EtatScenario } from './scenario.ts';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentListener,
} from '@nanostores/persistent';
import {
  creerMoteur,
  stockageDuNavigateur,
  type EtatStockage,
  type MoteurSur,
} from './stockage-sur.ts';

export type { EtatStockage };

/** French messages about stores that were unreadable and have been reset. */
export const $erreursStockage = atom<string[]>([]);

/** What the browser lets the site keep (blocked or full storage: this page's values live in memory). */
export const $etatStockage = atom<EtatStockage>('ok');

function signaler(message: string): void {
  if (!$erreursStockage.get().includes(message))
    $erreursStockage.set([...$erreursStockage.get(), message]);
}

/** Shows a French notice about stored data (IndexedDB stores with a case of their own). */
export function signalerAvis(message: string): void {
  signaler(message);
}

/**
 * Reports a reset store (exported for stores with their own loading, such as IndexedDB ones);
 * `copie` is false when the unreadable value could not be set aside (full storage): the message
 * must not promise a copy that does not exist.
 */
export function signalerStockageCorrompu(
  nom: string,
  {
    copie = true,
    entreprise,
    libelle = `«\u00a0${nom}\u00a0»`,
  }: { copie?: boolean; entreprise?: string; libelle?: string } = {},
): void {
  const quoi = entreprise
    ? `Vos données ${libelle} pour l’entreprise ${entreprise}`
    : `Vos données ${libelle}`;
  const suite = entreprise ? ', celles des autres entreprises sont intactes' : '';
  signaler(
    copie
      ? `${quoi} enregistrées dans ce navigateur étaient illisibles\u202f: elles ont été mises de côté (page Mon bilan, pour les télécharger ou les restaurer) et remplacées par les valeurs par défaut${suite}.`
      : `${quoi} enregistrées dans ce navigateur étaient illisibles et n’ont pas pu être mises de côté (stockage plein)\u202f: elles sont remplacées par les valeurs par défaut${suite}.`,
  );
}

/** A validator returns the typed value, or undefined when the stored value is not acceptable. */
export type Validateur<T> = (brut: unknown) => T | undefined;

/** What a company id looks like (samples' folder names, `mon-fichier`). */
export const ID_ENTREPRISE = /^[a-z0-9-]{1,60}$/;

/** A record read company by company: the companies kept, and the raw parts refused by id. */
export interface LecturePartielle<T> {
  valeur: Record<string, T>;
  refuses: Record<string, unknown>;
}

/** The validator of a per-company record; `partiel` keeps the good companies and names the bad ones. */
export interface ValidateurParEntreprise<T> extends Validateur<Record<string, T>> {
  partiel: (brut: unknown) => LecturePartielle<T> | undefined;
}

/**
 * The validator of a record of one value per company id, from the validator of one value.
 * Called directly it refuses the whole record as soon as one id or one value is wrong; the
 * stores read it through `partiel`, so that one bad company loses only its own part.
 */
export function validerParEntreprise<T>(valider: Validateur<T>): ValidateurParEntreprise<T> {
  const partiel = (brut: unknown): LecturePartielle<T> | undefined => {
    if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
    const valeur: Record<string, T> = {},
      refuses: Record<string, unknown> = {};
    for (const [id, v] of Object.entries(brut)) {
      const lu = ID_ENTREPRISE.test(id) ? valider(v) : undefined;
      if (lu === undefined) refuses[id] = v;
      else valeur[id] = lu;
    }
    return { valeur, refuses };
  };
  const strict = (brut: unknown) => {
    const p = partiel(brut);
    return p && Object.keys(p.refuses).length === 0 ? p.valeur : undefined;
  };
  return Object.assign(strict, { partiel });
}

/** Stores whose part of a shared link failed its check: « Garder ce scénario » leaves them as the visitor had them. */
export const partiesRefusees = new Set<string>();

/** The validator of every persistent store created on this page, by key (for « Garder ce scénario »). */
export const validateurs = new Map<string, Validateur<unknown>>();
/** What each of those keys holds, as a message names it (« du budget (chapitre 9) »), by key. */
export const libelles = new Map<string, string>();

/**
 * Shared scenarios (issue 8, format in scenario.ts). When the page's address carries
 * `?scenario=…`, the stores it names (and the company studied) are read from and written to
 * memory, laid over the visitor's stored values; every other key still goes to localStorage
 * (exercise progress, display). This runs when this module is first evaluated, before any store
 * is created, since every persistent store is made here. Nothing is written to the visitor's
 * storage until « Garder ce scénario ».
 */
/** Whether the page shows a shared scenario, for the banner. */
export const $scenario = atom<EtatScenario>({ mode: 'aucun' });
/** The keys held in memory for the scenario; `undefined` values stand for « absent ». */
const memoire = new Map<string, string | undefined>();

/** The engine every store writes through, in a browser (tests install @nanostores/persistent's own). */
let moteur: MoteurSur | undefined;
if (typeof window !== 'undefined') {
  const local = stockageDuNavigateur();
  moteur = creerMoteur({
    local,
    scenario: memoire,
    surEtat: (e) => {
      if ($etatStockage.get() !== 'bloque') $etatStockage.set(e);
    },
  });
  // Other tabs' changes to the scenario's keys must not replace what this page shows.
  setPersistentEngine(moteur.objet, {
    addEventListener: (cle: string, l: PersistentListener, r: () => void) => {
      if (!memoire.has(cle)) windowPersistentEvents.addEventListener(cle, l, r);
    },
    removeEventListener: (cle: string, l: PersistentListener, r: () => void) => {
      if (!memoire.has(cle)) windowPersistentEvents.removeEventListener(cle, l, r);
    },
  });
  // Top-level await: the reader of links loads only on a page opened from one, and every store
  // waits for it (this module is their common import) before reading anything.
  const parametreScenario = new URLSearchParams(location.search).get('scenario');
  if (parametreScenario !== null) {
    await import('./scenario.ts').then((m) =>
      m.installerScenario({
        parametre: parametreScenario,
        memoire,
        etat: $scenario,
        lire: (c) => local?.getItem(c) ?? null,
      }),
    );
    // A refused link changes nothing, the header's company included: it read the link's company
    // before this check (src/elements/entreprise-entete.ts), so tell it to read again.
    if ($scenario.get().mode === 'invalide') {
      document.documentElement.dataset.scenarioRefuse = 'oui';
      dispatchEvent(new CustomEvent('atelier:entreprise'));
    }
  }
}

/** The stored text of a key as the page sees it (the scenario's value when one is shown). */
export function lireCle(cle: string): string | null {
  if (moteur) return moteur.lire(cle) ?? null;
  try {
    return persistentAtom<string | undefined>(cle, undefined, { listen: false }).get() ?? null;
  } catch {
    return null;
  }
}

/** Writes (or, with undefined, removes) a key; false when it could not reach the browser's storage. */
export function ecrireCle(cle: string, texte: string | undefined): boolean {
  if (moteur) return moteur.ecrire(cle, texte);
  try {
    persistentAtom<string | undefined>(cle, undefined, { listen: false }).set(texte);
    return true;
  } catch {
    return false;
  }
}

/** Sets an unreadable text aside under `<cle>:corrompu` (dated when one is already there); false if it could not be written. */
function mettreDeCote(cle: string, texte: string): boolean {
  const cible =
    lireCle(`${cle}:corrompu`) === null
      ? `${cle}:corrompu`
      : `${cle}:corrompu:${new Date().toISOString()}`;
  return ecrireCle(cible, texte);
}

/** A persistent atom whose stored value is validated on every read. */
export function atomePersistant<T>(
  nom: string,
  defaut: T,
  valider: Validateur<T>,
  /** What the key holds, as a learner names it in a message (« du budget (chapitre 9) »). */
  { libelle }: { libelle?: string } = {},
) {
  const cle = `atelier:v1:${nom}`;
  validateurs.set(cle, valider as Validateur<unknown>);
  if (libelle) libelles.set(cle, libelle);
  const partiel = (valider as Partial<ValidateurParEntreprise<unknown>>).partiel;
  /** Set when the stored text held a part to drop: the cleaned value is written back once. */
  let aReecrire = false;
  const store = persistentAtom<T>(cle, defaut, {
    encode: (v) => JSON.stringify(v),
    decode: (texte) => {
      let brut: unknown;
      try {
        brut = JSON.parse(texte);
      } catch {
        brut = undefined;
      }
      const lu = partiel ? partiel(brut) : undefined;
      const valeur = lu ? (lu.valeur as T) : valider(brut);
      const refuses = lu ? Object.keys(lu.refuses) : [];
      if (valeur !== undefined && refuses.length === 0) return valeur;
      if (memoire.has(cle)) {
        // A part of a shared link, not the visitor's data: nothing to set aside. The visitor's own
        // value takes its place (so a store that writes while the scenario is shown writes theirs),
        // and « Garder ce scénario » leaves this store as the visitor had it.
        partiesRefusees.add(nom);
        signaler(
          `Une partie de ce lien de scénario («\u00a0${nom}\u00a0») était illisible\u202f: vos propres saisies la remplacent, et elle ne sera pas gardée.`,
        );
        let visiteur: unknown;
        try {
          visiteur = JSON.parse(lireCleVisiteur(cle) ?? 'null');
        } catch {
          visiteur = undefined;
        }
        if (!lu || valeur === undefined) return valider(visiteur) ?? defaut;
        const siens = partiel!(visiteur)?.valeur ?? {};
        const r: Record<string, unknown> = { ...(valeur as Record<string, unknown>) };
        for (const id of refuses) if (id in siens) r[id] = siens[id];
        return r as T;
      }
      aReecrire = true;
      if (lu && valeur !== undefined) {
        const copie = mettreDeCote(cle, JSON.stringify(lu.refuses));
        for (const id of refuses) signalerStockageCorrompu(nom, { copie, entreprise: id, libelle });
        return valeur;
      }
      signalerStockageCorrompu(nom, { copie: mettreDeCote(cle, texte), libelle });
      return defaut;
    },
  });
  if (aReecrire) {
    aReecrire = false;
    store.set(store.get()); // the cleaned value replaces the unreadable text: it is not set aside again on every page
  }
  return store;
}

/** The visitor's own stored text of a key, under a shared scenario's values. */
export function lireCleVisiteur(cle: string): string | null {
  return moteur ? (moteur.lireSous(cle) ?? null) : lireCle(cle);
}
/** Writes the visitor's own value of a key, under a shared scenario's (« Garder ce scénario »). */
export function ecrireCleVisiteur(cle: string, texte: string | undefined): boolean {
  return moteur ? moteur.ecrireSous(cle, texte) : ecrireCle(cle, texte);
}

/** Every key of the site the visitor has stored (`atelier:v1:…`), those kept in memory included. */
export function clesStockees(): string[] {
  return (moteur ? moteur.cles() : []).filter((c) => c.startsWith('atelier:v1:')).sort();
}

/** The keys a shared scenario holds in memory, with their texts (undefined: absent), for « Garder ce scénario ». */
export function entreesScenario(): [string, string | undefined][] {
  return [...memoire];
}
