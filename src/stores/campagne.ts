/**
 * The campaign that flows through the course (PRODUCT « One campaign through the whole course »):
 * the company studied — a sample or the learner's own file — and the learner's work on it,
 * chapter after chapter. Every island reads these stores, so changing company updates them all.
 *
 * Stored:
 * - `atelier:v1:entreprise`: the chosen company id (a sample id, or `mon-fichier`);
 * - `atelier:v1:travail`: the work per company id (travail.ts lists how it can go stale);
 * - the budget of chapter 9 is kept per company like every simulator's input
 *   (`atelier:v1:budgets`, budget.ts), so switching company swaps nothing.
 * Nothing here copies a derived figure: the campaign's plan is computed (stores/plan.ts).
 * The rows themselves are not stored here: samples are fetched from `/donnees/<id>.json`
 * (built from content/datasets) when an island first needs them; the import is in IndexedDB.
 */
import { atom, computed, onMount } from 'nanostores';
import { appliquerJournal } from '../lib/fichier/journal.ts';
import { isoDepuisJour } from '../lib/commun/dates.ts';
import type { Prospect } from '../lib/commun/prospect.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import {
  ENTREPRISES_EXEMPLES,
  chargerExemple,
  type DonneesEntreprise,
  type EntrepriseResume,
} from './catalogue.ts';
import { $metaImport, ID_IMPORT } from './import-resume.ts';
import { $entreprise, $entreprises, $entrepriseId, basculer } from './entreprise.ts';

export { $entreprise, $entreprises, $entrepriseId, choisirEntreprise } from './entreprise.ts';
import { TRAVAIL_VIDE, validerTravail, type TravailEntreprise } from './travail.ts';
import type { BaseMethode } from '../lib/campagne/base-methode.ts';

export { ID_IMPORT, type EntrepriseResume, type DonneesEntreprise };

/** The learner's work, per company id. */
export const $travaux = atomePersistant<Record<string, TravailEntreprise>>(
  'travail',
  {},
  validerParEntreprise((t) => validerTravail(t)),
  { libelle: 'de votre campagne (fichier nettoyé, sélection et méthode, chapitres 5 à 7)' },
);

/** The work on the current company. */
export const $travail = computed([$travaux, $entreprise], (t, e) => (e && t[e.id]) || TRAVAIL_VIDE);

/** Loading state of the current company's rows. */
export type EtatDonnees =
  | { etat: 'chargement'; id: string }
  | { etat: 'pret'; id: string; donnees: DonneesEntreprise }
  | { etat: 'erreur'; id: string; message: string };

/** The current company's data, fetched when an island first listens. */
export const $donnees = atom<EtatDonnees>({ etat: 'chargement', id: '' });

const aujourdhui = () => isoDepuisJour(Math.floor(Date.now() / 86_400_000));

/** Which import the rows loaded for `mon-fichier` come from (its date): another tab may replace it. */
let importCharge: string | undefined;
const versionImport = () => $metaImport.get()?.importeLe;
/** Whether the rows loaded for `id` are current: always for a sample, for an import only if still its latest version. */
const importAJour = (id: string) => id !== ID_IMPORT || importCharge === versionImport();

async function charger(e: EntrepriseResume): Promise<void> {
  const d = $donnees.get();
  if (d.id === e.id && d.etat !== 'erreur' && importAJour(e.id)) return;
  $donnees.set({ etat: 'chargement', id: e.id });
  if (e.id === ID_IMPORT) importCharge = versionImport();
  let r: EtatDonnees;
  if (e.id === ID_IMPORT) {
    const prospects = await (await import('./import-fichier.ts')).lireImport();
    r = prospects
      ? { etat: 'pret', id: e.id, donnees: { prospects, dateReference: aujourdhui() } }
      : {
          etat: 'erreur',
          id: e.id,
          message: 'Votre fichier importé est introuvable dans ce navigateur.',
        };
  } else {
    const d = await chargerExemple(e.id);
    r = d.ok
      ? { etat: 'pret', id: e.id, donnees: d.valeur }
      : { etat: 'erreur', id: e.id, message: d.erreur.message };
  }
  if ($entreprise.get()?.id === e.id) $donnees.set(r); // a slower load must not overwrite a newer choice
}

onMount($donnees, () => {
  const suivre = $entreprise.subscribe((e) => {
    if (e) void charger(e);
  });
  // A file imported in another tab (the description arrives by the storage event): its rows
  // replace the old ones here too, instead of old rows being edited under new ids (issue 15, case 9).
  const suivreImport = $metaImport.listen(() => {
    const e = $entreprise.get();
    if (e?.id === ID_IMPORT) void charger(e);
  });
  return () => {
    suivre();
    suivreImport();
  };
});

/** The original prospect file of the current company (empty while loading). */
export const $prospectsOriginaux = computed($donnees, (d): readonly Prospect[] =>
  d.etat === 'pret' ? d.donnees.prospects : [],
);
const $journal = computed($travail, (t) => t.journal);
/** The cleaned file: the original with the cleaning log replayed, and the operations that no longer apply. */
export const $nettoyage = computed([$prospectsOriginaux, $journal], (prospects, journal) =>
  appliquerJournal({ prospects, journal }),
);
/** The cleaned prospect file of the current company. */
export const $fichierNettoye = computed($nettoyage, (n) => n.prospects);
/** The date the file is judged at: the sample's reference date, today for an import. */
export const $dateReference = computed($donnees, (d) =>
  d.etat === 'pret' ? d.donnees.dateReference : aujourdhui(),
);

const $ids = computed($travail, (t) => t.selection);
/** The selected prospects (chapter 6 → 10), rows of the cleaned file, in file order; ids no longer in the file are left out. */
export const $selection = computed([$fichierNettoye, $ids], (prospects, ids) => {
  const choisis = new Set(ids);
  // An opposition excludes: a row marked opposed after it was selected leaves the selection too.
  return prospects.filter((p) => choisis.has(p.id) && p.opposition !== true);
});

/** Applies a change to a company's work (the current one by default). */
export function modifierTravail(
  f: (t: TravailEntreprise) => TravailEntreprise,
  id = $entreprise.get()?.id,
): void {
  if (!id) return;
  const travaux = $travaux.get();
  $travaux.set({ ...travaux, [id]: f(travaux[id] ?? TRAVAIL_VIDE) });
}

/** Whether the rows shown are those of the company studied, and for an import, of its latest version (another tab may have replaced it). */
export function fichierAJour(): boolean {
  const d = $donnees.get(),
    e = $entreprise.get();
  return d.etat === 'pret' && d.id === e?.id && importAJour(e.id);
}
/** Undoes the last cleaning operation. */
export function annulerOperation(): void {
  modifierTravail((t) => ({ ...t, journal: t.journal.slice(0, -1) }));
}
/** « Réinitialiser »: back to the original file (the log is emptied, the other work kept). */
export function reinitialiserFichier(): void {
  modifierTravail((t) => ({ ...t, journal: [] }));
}
/** Replaces the selected prospects. */
export function selectionnerProspects(ids: readonly string[]): void {
  modifierTravail((t) => ({ ...t, selection: [...new Set(ids)] }));
}
/** Sets the scoring grid (null: back to the default grid). */
export function definirGrille(grille: TravailEntreprise['grille']): void {
  modifierTravail((t) => ({ ...t, grille }));
}
/**
 * Chooses the prospecting method (id from methodes.ts) with what it is chosen on (`retenirMethode`
 * in methodes.ts builds it; issue 14, D11). Without one, nothing is recorded: the method then rests
 * on no selection and never goes stale against one.
 */
export function choisirMethode(methode: string | null, base?: BaseMethode): void {
  modifierTravail(({ baseMethode: _, ...t }) =>
    methode && base ? { ...t, methode, baseMethode: base } : { ...t, methode },
  );
}

/** After an import or a deletion: the new file becomes the company studied, or the first sample replaces the deleted one. */
export function apresChangementImport(present: boolean): void {
  // Work done on the previous import (log, selection…) does not apply to another file.
  modifierTravail(() => TRAVAIL_VIDE, ID_IMPORT);
  const courante = $entrepriseId.get() === ID_IMPORT;
  const cible = present
    ? $entreprises.get().find((e) => e.id === ID_IMPORT)
    : ENTREPRISES_EXEMPLES[0];
  if (!cible) return;
  if (courante || present) basculer(cible);
  if (present && $donnees.lc > 0) {
    $donnees.set({ etat: 'chargement', id: '' });
    void charger(cible);
  }
}
