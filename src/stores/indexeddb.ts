/**
 * A tiny promise wrapper over IndexedDB, for what localStorage cannot hold (an imported prospect
 * file of up to 100 000 rows: tens of megabytes, where localStorage stops near 5 MB).
 * One database `atelier`, one object store `fichiers`, values stored by key as structured clones.
 * Every failure (private browsing without IndexedDB, quota exceeded, a blocked upgrade) becomes a
 * rejected promise with a French message, never an uncaught exception.
 * Versioning: the database version is 1; a new store or index means version 2 with an
 * `onupgradeneeded` branch that keeps the `fichiers` store, never a deleted database.
 */
const BASE = 'atelier';
const MAGASIN = 'fichiers';

let ouverture: Promise<IDBDatabase> | undefined;

/** The browser refuses this site any storage (site data blocked, some private modes): nothing can be kept. */
export class StockageRefuse extends Error {
  constructor() {
    super(
      'Ce navigateur ne laisse pas le site enregistrer de données (réglage du navigateur ou de l’établissement)\u202f: rien ne peut y être gardé.',
    );
    this.name = 'StockageRefuse';
  }
}

function ouvrir(): Promise<IDBDatabase> {
  ouverture ??= new Promise<IDBDatabase>((resoudre, rejeter) => {
    let r: IDBOpenDBRequest;
    try {
      // A browser that refuses site data throws a SecurityError (in English) on the mere read of
      // `indexedDB`: that reached the learner word for word (session 11).
      if (typeof indexedDB === 'undefined') throw new Error('absent');
      r = indexedDB.open(BASE, 1);
    } catch {
      return rejeter(new StockageRefuse());
    }
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(MAGASIN)) r.result.createObjectStore(MAGASIN);
    };
    r.onsuccess = () => {
      // Another tab upgrading the base must not stay blocked by this one.
      r.result.onversionchange = () => {
        r.result.close();
        ouverture = undefined;
      };
      resoudre(r.result);
    };
    r.onerror = () =>
      rejeter(
        new Error(
          `Impossible d’ouvrir le stockage du navigateur\u202f: ${r.error?.message ?? 'erreur inconnue'}.`,
        ),
      );
    r.onblocked = () =>
      rejeter(
        new Error(
          'Le stockage du navigateur est bloqué par un autre onglet du site\u202f: fermez-le puis rechargez la page.',
        ),
      );
  }).catch((e) => {
    ouverture = undefined;
    throw e;
  });
  return ouverture;
}

/** A failed transaction in French: a full store says what to do (`manquePlace`), anything else names the browser's error. */
function erreurDeStockage(e: DOMException | null, manquePlace: string): Error {
  return new Error(
    e?.name === 'QuotaExceededError'
      ? manquePlace
      : `Le stockage du navigateur a échoué\u202f: ${e?.message ?? 'erreur inconnue'}.`,
  );
}

async function transaction<T>(
  mode: IDBTransactionMode,
  action: (m: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const base = await ouvrir();
  return new Promise<T>((resoudre, rejeter) => {
    const t = base.transaction(MAGASIN, mode);
    const requete = action(t.objectStore(MAGASIN));
    t.oncomplete = () => resoudre(requete.result as T);
    const echec = () => {
      rejeter(
        erreurDeStockage(
          t.error ?? requete.error,
          'Le navigateur manque de place pour enregistrer ce fichier\u202f: libérez de l’espace ou importez un fichier plus petit.',
        ),
      );
    };
    t.onerror = echec;
    t.onabort = echec;
  });
}

/** Reads a value (undefined when absent). */
export function lireIDB<T = unknown>(cle: string): Promise<T | undefined> {
  return transaction<T | undefined>('readonly', (m) => m.get(cle));
}

/** Writes a value under a key, replacing the previous one only if the write succeeds. */
export function ecrireIDB(cle: string, valeur: unknown): Promise<void> {
  return transaction<unknown>('readwrite', (m) => m.put(valeur, cle)).then(() => undefined);
}

/** Deletes a key. */
export function supprimerIDB(cle: string): Promise<void> {
  return transaction<unknown>('readwrite', (m) => m.delete(cle)).then(() => undefined);
}

/**
 * Reads and rewrites a value in one transaction, so that another tab's write cannot slip in
 * between (« Mon dossier » merges its fields into the stored dossier this way).
 */
export async function modifierIDB<T>(
  cle: string,
  modifier: (actuel: T | undefined) => T,
): Promise<T> {
  const base = await ouvrir();
  return new Promise<T>((resoudre, rejeter) => {
    const t = base.transaction(MAGASIN, 'readwrite');
    const m = t.objectStore(MAGASIN);
    let ecrit: T;
    const lecture = m.get(cle);
    lecture.onsuccess = () => {
      try {
        ecrit = modifier(lecture.result as T | undefined);
        m.put(ecrit, cle);
      } catch (e) {
        t.abort();
        rejeter(e);
      }
    };
    t.oncomplete = () => resoudre(ecrit);
    const echec = () => {
      rejeter(
        erreurDeStockage(
          t.error ?? lecture.error,
          'Le navigateur manque de place pour enregistrer\u202f: libérez de l’espace ou exportez votre travail.',
        ),
      );
    };
    t.onerror = echec;
    t.onabort = echec;
  });
}
