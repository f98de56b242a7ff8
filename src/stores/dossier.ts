/**
 * The learner's « Mon dossier de prospection »: one dossier per browser, kept in IndexedDB
 * (src/stores/indexeddb.ts) under `atelier:v1:dossier` as `{ dossier, etape }`, saved 400 ms after
 * the last edit, and its analyses derived with `computed`.
 * Stale or damaged storage: the stored value goes through `validerDossier` (the same check as an
 * imported file); what fails is copied aside under `atelier:v1:dossier:corrompu`, reported in
 * French and replaced by an empty dossier, so the page never breaks. A format change means
 * version 2 in lib/dossier/modele.ts and a migration in lecture.ts, the key staying the same.
 * Import never overwrites before the file is fully validated; delete and example ask first (island).
 *
 * NOTHING TYPED IS LOST (issue 15)
 * - Saves are by field (lib/dossier/champs-modifies.ts): the fields edited since the last save
 *   are merged into the stored dossier in one IndexedDB transaction, so a save never drops a
 *   field another tab saved meanwhile; the other tabs hear of it (BroadcastChannel) and take
 *   the fields they are not editing themselves.
 * - Until IndexedDB confirms, the edited fields also sit in a synchronous localStorage journal
 *   (`atelier:v1:dossier:journal`): a reload or a navigation within the 400 ms loses nothing,
 *   the next load replays the journal over the stored dossier.
 * - A field typed while the page loads is never replaced by the stored copy.
 * - A stored copy that cannot be read at load (IndexedDB failing to open, its module failing to
 *   load: transient, seen once on a fresh browser) is not taken for an empty dossier: the read is
 *   tried again, and the first save (whose transaction reads the stored copy) brings it back too;
 *   the fields of this page and of the journal stay on top. Before, the page showed the journal
 *   alone (the last fields typed), the fields already saved came back empty, and the journal's
 *   replay over an empty dossier queued empty lists for saving over the stored ones.
 */
import { atom, computed, onMount } from 'nanostores';
import { analyserDossier } from '../lib/dossier/analyser.ts';
import {
  champsModifies,
  poserChamps,
  reporterChamps,
  valeurChamp,
} from '../lib/dossier/champs-modifies.ts';
import { dossierVide, type Dossier } from '../lib/dossier/modele.ts';
import type { Resultat } from '../lib/commun/resultat.ts';
import { stockageDuNavigateur } from './stockage-navigateur.ts';

const CLE = 'atelier:v1:dossier';
const JOURNAL = `${CLE}:journal`;
const DELAI = 400;

/** The dossier being written. */
export const $dossier = atom<Dossier>(dossierVide());
/** The step of the form the learner is on (kept with the dossier). */
export const $etape = atom(0);
/** Storage state: loading, ready, or a French message about the last failure. */
export const $stockage = atom<{
  etat: 'chargement' | 'pret' | 'enregistre' | 'erreur';
  message?: string;
}>({ etat: 'chargement' });
/** Every analysis, recomputed after each edit. */
export const $analyses = computed($dossier, (dossier) => analyserDossier({ dossier }));

interface Stocke {
  dossier?: unknown;
  etape?: unknown;
}
/** The journal: edited fields not yet confirmed by IndexedDB, with their values. */
interface Journal {
  champs: Record<string, unknown>;
  etape?: number;
}

let minuteur: ReturnType<typeof setTimeout> | undefined;
let charge = false;
/** Whether the stored copy has been read (or found absent): until then the page shows only its own fields. */
let lu = false;
/** Fields edited on this page or replayed from the journal: the stored copy never replaces them on load. */
const touches = new Set<string>();
/** Fields edited since the last save. */
const enAttente = new Set<string>();
let etapeEnAttente = false;
/** The channel to the other tabs, opened on first use (undefined: the browser has none). */
let canalOuvert: BroadcastChannel | undefined | null = null;
const canal = (): BroadcastChannel | undefined => {
  if (canalOuvert === null)
    canalOuvert =
      typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('atelier-dossier');
  return canalOuvert;
};

/** The journal's storage: synchronous localStorage (null when the browser refuses site data: nothing to replay then). */
const local = stockageDuNavigateur();
const lireCle = (cle: string): string | null => {
  try {
    return local?.getItem(cle) ?? null;
  } catch {
    return null;
  }
};
const ecrireCle = (cle: string, texte: string | undefined): void => {
  try {
    if (texte === undefined) local?.removeItem(cle);
    else local?.setItem(cle, texte);
  } catch {
    /* full: IndexedDB still saves within 400 ms */
  }
};

/**
 * Where the dossier is really kept, for the banner (issue 15): IndexedDB at every edit; only the
 * localStorage journal when IndexedDB is refused (private browsing); nowhere when the browser
 * refuses all site data (the page's memory only).
 */
export const $modeEnregistrement = atom<'navigateur' | 'secours' | 'aucun'>('navigateur');

const etapeValide = (e: unknown): e is number =>
  typeof e === 'number' && Number.isInteger(e) && e >= 0 && e < 8;

function lireJournal(): Journal | undefined {
  try {
    const j = JSON.parse(lireCle(JOURNAL) ?? 'null') as Journal | null;
    return j && typeof j.champs === 'object' && j.champs !== null ? j : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the pending fields to the journal, synchronously (localStorage), merged with other tabs' ones. */
function journaliser(): void {
  const d = $dossier.get(),
    champs: Record<string, unknown> = { ...lireJournal()?.champs };
  for (const c of enAttente) champs[c] = valeurChamp({ dossier: d, champ: c }) ?? null;
  ecrireCle(
    JOURNAL,
    JSON.stringify({
      champs,
      ...(etapeEnAttente ? { etape: $etape.get() } : {}),
    } satisfies Journal),
  );
}

/** Removes from the journal the fields just saved, unless another edit changed them since. */
function oublierJournal(valeurs: Record<string, unknown>): void {
  const j = lireJournal();
  if (!j) return;
  for (const [c, v] of Object.entries(valeurs))
    if (!enAttente.has(c) && JSON.stringify(j.champs[c]) === JSON.stringify(v ?? null))
      delete j.champs[c];
  ecrireCle(
    JOURNAL,
    Object.keys(j.champs).length === 0 && !etapeEnAttente
      ? undefined
      : JSON.stringify({ champs: j.champs }),
  );
}

/**
 * The dossier's checks (lecture.ts, the larger part of this store) load with the first read of the
 * stored dossier, beside IndexedDB, rather than with the page (ARCHITECTURE budgets); every path
 * that validates awaits `chargerLecture()` first.
 */
/** IndexedDB's helpers, loaded with the first read as well (every use of them is already asynchronous). */
const idb = () => import('./indexeddb.ts');

let lecture: typeof import('../lib/dossier/lecture.ts') | undefined;
let lectureEnCours: Promise<typeof import('../lib/dossier/lecture.ts')> | undefined;
function chargerLecture(): Promise<typeof import('../lib/dossier/lecture.ts')> {
  lectureEnCours ??= import('../lib/dossier/lecture.ts').then((m) => (lecture = m));
  return lectureEnCours;
}

/** The stored dossier, checked (an unreadable one counts as empty here: loading reports it). */
function dossierStocke(brut: Stocke | undefined): Dossier {
  const lu =
    brut === undefined || !lecture ? undefined : lecture.validerDossier({ donnees: brut.dossier });
  return lu?.ok ? lu.valeur : dossierVide();
}

function enregistrer(): Promise<void> {
  clearTimeout(minuteur);
  minuteur = undefined;
  const d = $dossier.get(),
    champs = [...enAttente],
    etape = $etape.get();
  const valeurs: Record<string, unknown> = {};
  for (const c of champs) valeurs[c] = valeurChamp({ dossier: d, champ: c });
  enAttente.clear();
  etapeEnAttente = false;
  return Promise.all([idb(), chargerLecture()])
    .then(([{ modifierIDB }]) =>
      modifierIDB<Stocke>(CLE, (actuel) => ({
        dossier: poserChamps({ cible: dossierStocke(actuel), valeurs }),
        etape,
      })),
    )
    .then((ecrit) => {
      // The save read the stored copy that the load could not: the fields saved earlier come back.
      if (!lu) adopter(ecrit);
      $stockage.set({ etat: 'enregistre' });
      oublierJournal(valeurs);
      if (champs.length > 0) canal()?.postMessage({ champs });
    })
    .catch((e: Error) => {
      for (const c of champs) enAttente.add(c); // still to save, and still in the journal
      $stockage.set({ etat: 'erreur', message: e.message });
    });
}

function planifier(): void {
  journaliser();
  if (!charge) return;
  clearTimeout(minuteur);
  minuteur = setTimeout(enregistrer, DELAI);
}

/** Another tab saved some fields: take those this page is not editing. */
function recevoir(e: MessageEvent<{ champs?: unknown }>): void {
  const champs = Array.isArray(e.data?.champs)
    ? e.data.champs.filter((c): c is string => typeof c === 'string' && !enAttente.has(c))
    : [];
  if (!charge || champs.length === 0) return;
  void Promise.all([idb(), chargerLecture()])
    .then(([{ lireIDB }]) => lireIDB<Stocke>(CLE))
    .then(
      (brut) =>
        $dossier.set(
          reporterChamps({ cible: $dossier.get(), source: dossierStocke(brut), champs }),
        ),
      () => undefined,
    );
}
// The other tabs are heard while the dossier is in use, not from the module's load (house rule:
// nothing subscribes at module load).
onMount($dossier, () => {
  const c = canal();
  c?.addEventListener('message', recevoir);
  return () => c?.removeEventListener('message', recevoir);
});

/** The stored copy read late (a retry, a save), under what this page typed or replayed. */
function adopter(brut: Stocke | undefined): void {
  lu = true;
  $dossier.set(
    reporterChamps({ cible: dossierStocke(brut), source: $dossier.get(), champs: touches }),
  );
  if (!etapeEnAttente && etapeValide(brut?.etape)) $etape.set(brut.etape);
  $modeEnregistrement.set('navigateur');
  $stockage.set({ etat: 'pret' });
}

/** Tries the failed read again, a few times, further apart each time. */
function relire(essai = 1): void {
  setTimeout(() => {
    if (lu) return;
    void Promise.all([idb(), chargerLecture()])
      .then(([{ lireIDB }]) => lireIDB<Stocke>(CLE))
      .then(
        (brut) => lu || adopter(brut),
        () => essai < 4 && relire(essai + 1),
      );
  }, 500 * essai);
}

/** Reads the stored dossier once (on mount); a damaged one is set aside and reported. */
export async function chargerDossier(): Promise<void> {
  if (charge) return;
  let base = dossierVide(),
    rejoues: string[] = [];
  try {
    const [{ lireIDB, ecrireIDB }, { validerDossier }] = await Promise.all([
      idb(),
      chargerLecture(),
    ]);
    const brut = await lireIDB<Stocke>(CLE);
    if (brut !== undefined) {
      const lu = validerDossier({ donnees: brut?.dossier });
      if (lu.ok) {
        base = lu.valeur;
        if (!etapeEnAttente) $etape.set(etapeValide(brut.etape) ? brut.etape : 0);
      } else {
        await ecrireIDB(`${CLE}:corrompu`, brut).catch(() => undefined);
        $stockage.set({
          etat: 'erreur',
          message: `Le dossier enregistré dans ce navigateur était illisible (${lu.erreur.message})\u202F: il a été mis de côté et un dossier vide le remplace.`,
        });
      }
    }
    lu = true;
    if ($stockage.get().etat === 'chargement') $stockage.set({ etat: 'pret' });
  } catch (e) {
    $stockage.set({ etat: 'erreur', message: (e as Error).message });
    $modeEnregistrement.set(local ? 'secours' : 'aucun');
    relire();
  }
  // The journal holds edits IndexedDB never confirmed (a reload within the delay): they are newer.
  const journal = lireJournal();
  if (journal) {
    const { validerDossier } = await chargerLecture();
    // null stands for a field emptied (JSON has no undefined): emptied again, not refused.
    const valeurs: Record<string, unknown> = {};
    for (const [c, v] of Object.entries(journal.champs)) valeurs[c] = v ?? undefined;
    const rejoue = validerDossier({ donnees: poserChamps({ cible: base, valeurs }) });
    if (rejoue.ok) {
      // Only the journal's own fields are pending: the check rebuilds every list, and queuing
      // those too saved an empty dossier's lists over the stored ones when the read had failed.
      for (const c of Object.keys(valeurs)) enAttente.add(c);
      rejoues = Object.keys(valeurs);
      base = rejoue.valeur;
    }
    if (etapeValide(journal.etape) && !etapeEnAttente) {
      $etape.set(journal.etape);
      etapeEnAttente = true;
    }
  }
  // What the learner typed while the page was loading wins over both.
  $dossier.set(reporterChamps({ cible: base, source: $dossier.get(), champs: touches }));
  // Newer than the stored copy as well, should it be read only later (adopter).
  for (const c of rejoues) touches.add(c);
  charge = true;
  if (enAttente.size > 0 || etapeEnAttente) planifier();
}

/** Applies an edit to the dossier and schedules the save. */
export function modifierDossier(modifier: (d: Dossier) => Dossier): void {
  const avant = $dossier.get(),
    apres = modifier(avant);
  for (const c of champsModifies({ avant, apres })) {
    touches.add(c);
    enAttente.add(c);
  }
  $dossier.set(apres);
  planifier();
}

/** Moves to a step of the form (remembered for the next visit). */
export function allerAEtape(etape: number): void {
  $etape.set(etape);
  etapeEnAttente = true;
  planifier();
}

/** Replaces the whole dossier (example, import) and saves at once. */
export function remplacerDossier(dossier: Dossier): Promise<void> {
  const avant = $dossier.get();
  for (const c of champsModifies({ avant, apres: dossier })) {
    touches.add(c);
    enAttente.add(c);
  }
  $dossier.set(dossier);
  charge = true;
  journaliser();
  return enregistrer();
}

/** Reads and checks a dossier file's text without changing anything (to say what an import would change). */
export async function lireFichierDossier(texte: string): Promise<Resultat<Dossier>> {
  return (await chargerLecture()).lireDossier({ texte });
}

/** Imports a dossier file's text: on error nothing changes and the French message is returned. */
export async function importerDossier(texte: string): Promise<Resultat<Dossier>> {
  const r = await lireFichierDossier(texte);
  if (r.ok) await remplacerDossier(r.valeur);
  return r;
}

/** Deletes the dossier from this browser and starts an empty one. */
export async function supprimerDossier(): Promise<void> {
  clearTimeout(minuteur);
  minuteur = undefined;
  const avant = $dossier.get(),
    vide = dossierVide();
  const champs = champsModifies({ avant, apres: vide });
  enAttente.clear();
  etapeEnAttente = false;
  $dossier.set(vide);
  $etape.set(0);
  lu = true;
  ecrireCle(JOURNAL, undefined);
  await idb()
    .then(({ supprimerIDB }) => supprimerIDB(CLE))
    .then(() => {
      $stockage.set({ etat: 'pret' });
      if (champs.length > 0) canal()?.postMessage({ champs });
    })
    .catch((e: Error) => $stockage.set({ etat: 'erreur', message: e.message }));
}

/** Saves now (before the page is left); the journal already holds the edits if this cannot finish. */
export function enregistrerMaintenant(): void {
  if (minuteur !== undefined) void enregistrer();
}
