/**
 * The learner's « Mon dossier de prospection »: one dossier per browser, kept in IndexedDB
 * (src/stores/indexeddb.ts) under `atelier:v1:dossier` as `{ dossier, etape }`, saved 400 ms after
 * the last edit, and its analyses derived with `computed`.
 * Stale or damaged storage: the stored value goes through `validerDossier` (the same check as an
 * imported file); what fails is copied aside under `atelier:v1:dossier:corrompu`, reported in
 * French and replaced by an empty dossier, so the page never breaks. A format change means
 * version 2 in lib/dossier/modele.ts and a migration in lecture.ts, the key staying the same.
 * Import never overwrites before the file is fully validated; delete and example ask first (island).
 */
import { atom, computed } from 'nanostores';
import { analyserDossier } from '../lib/dossier/analyser.ts';
import { lireDossier, validerDossier } from '../lib/dossier/lecture.ts';
import { dossierVide, type Dossier } from '../lib/dossier/modele.ts';
import type { Resultat } from '../lib/resultat.ts';
import { ecrireIDB, lireIDB, supprimerIDB } from './indexeddb.ts';

const CLE = 'atelier:v1:dossier';
const DELAI = 400;

/** The dossier being written. */
export const $dossier = atom<Dossier>(dossierVide());
/** The step of the form the learner is on (kept with the dossier). */
export const $etape = atom(0);
/** Storage state: loading, ready, or a French message about the last failure. */
export const $stockage = atom<{ etat: 'chargement' | 'pret' | 'enregistre' | 'erreur'; message?: string }>({ etat: 'chargement' });
/** Every analysis, recomputed after each edit. */
export const $analyses = computed($dossier, (dossier) => analyserDossier({ dossier }));

let minuteur: ReturnType<typeof setTimeout> | undefined;
let charge = false;

function enregistrer(): Promise<void> {
  clearTimeout(minuteur);
  minuteur = undefined;
  return ecrireIDB(CLE, { dossier: $dossier.get(), etape: $etape.get() })
    .then(() => $stockage.set({ etat: 'enregistre' }))
    .catch((e: Error) => $stockage.set({ etat: 'erreur', message: e.message }));
}

function planifier(): void {
  if (!charge) return;
  clearTimeout(minuteur);
  minuteur = setTimeout(enregistrer, DELAI);
}

/** Reads the stored dossier once (on mount); a damaged one is set aside and reported. */
export async function chargerDossier(): Promise<void> {
  if (charge) return;
  try {
    const brut = await lireIDB<{ dossier?: unknown; etape?: unknown }>(CLE);
    if (brut !== undefined) {
      const lu = validerDossier({ donnees: brut?.dossier });
      if (lu.ok) {
        $dossier.set(lu.valeur);
        $etape.set(typeof brut.etape === 'number' && Number.isInteger(brut.etape) && brut.etape >= 0 && brut.etape < 8 ? brut.etape : 0);
      } else {
        await ecrireIDB(`${CLE}:corrompu`, brut).catch(() => undefined);
        $stockage.set({ etat: 'erreur', message: `Le dossier enregistré dans ce navigateur était illisible (${lu.erreur.message})\u202F: il a été mis de côté et un dossier vide le remplace.` });
        charge = true;
        return;
      }
    }
    $stockage.set({ etat: 'pret' });
  } catch (e) {
    $stockage.set({ etat: 'erreur', message: (e as Error).message });
  }
  charge = true;
}

/** Applies an edit to the dossier and schedules the save. */
export function modifierDossier(modifier: (d: Dossier) => Dossier): void {
  $dossier.set(modifier($dossier.get()));
  planifier();
}

/** Moves to a step of the form (remembered for the next visit). */
export function allerAEtape(etape: number): void {
  $etape.set(etape);
  planifier();
}

/** Replaces the whole dossier (example, import) and saves at once. */
export function remplacerDossier(dossier: Dossier): Promise<void> {
  $dossier.set(dossier);
  charge = true;
  return enregistrer();
}

/** Imports a dossier file's text: on error nothing changes and the French message is returned. */
export async function importerDossier(texte: string): Promise<Resultat<Dossier>> {
  const r = lireDossier({ texte });
  if (r.ok) await remplacerDossier(r.valeur);
  return r;
}

/** Deletes the dossier from this browser and starts an empty one. */
export async function supprimerDossier(): Promise<void> {
  clearTimeout(minuteur);
  $dossier.set(dossierVide());
  $etape.set(0);
  await supprimerIDB(CLE).then(() => $stockage.set({ etat: 'pret' })).catch((e: Error) => $stockage.set({ etat: 'erreur', message: e.message }));
}

/** Saves now (before the page is left). */
export function enregistrerMaintenant(): void {
  if (minuteur !== undefined) void enregistrer();
}
