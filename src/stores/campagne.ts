/**
 * The campaign that flows through the course (PRODUCT « One campaign through the whole course »):
 * the company studied — a sample or the learner's own file — and the learner's work on it,
 * chapter after chapter. Every island reads these stores, so changing company updates them all.
 *
 * Stored:
 * - `atelier:v1:entreprise`: the chosen company id (a sample id, or `mon-fichier`);
 * - `atelier:v1:travail`: the work per company id (travail.ts lists how it can go stale);
 * - the budget of chapter 9 keeps its own key (`atelier:v1:budget`, budget.ts): it holds the
 *   CURRENT company's budget, and `choisirEntreprise` swaps it with the one kept per company.
 * The rows themselves are not stored here: samples are fetched from `/donnees/<id>.json`
 * (built from content/datasets) when an island first needs them; the import is in IndexedDB.
 */
import { atom, computed, onMount } from 'nanostores';
import { appliquerJournal, type OperationNettoyage } from '../lib/journal.ts';
import { isoDepuisJour } from '../lib/dates.ts';
import type { Prospect } from '../lib/prospect.ts';
import { atomePersistant, ID_ENTREPRISE, validerParEntreprise } from './persistance.ts';
import { ENTREPRISES_EXEMPLES, chargerExemple, type DonneesEntreprise, type EntrepriseResume } from './catalogue.ts';
import { $metaImport, ID_IMPORT, lireImport } from './import-fichier.ts';
import { TRAVAIL_VIDE, validerTravail, type PlanCampagne, type TravailEntreprise } from './travail.ts';
import { $saisieBudget, BUDGET_PAR_DEFAUT, validerSaisieBudget } from './budget-saisie.ts';

export { ID_IMPORT, type EntrepriseResume, type DonneesEntreprise };


/** The chosen company id; an unknown id falls back to the first sample (see `$entreprise`). */
export const $entrepriseId = atomePersistant<string>('entreprise', ENTREPRISES_EXEMPLES[0]?.id ?? ID_IMPORT, (b) => (typeof b === 'string' && ID_ENTREPRISE.test(b) ? b : undefined));

/** Every company the learner can study: the samples, then their own file if imported. */
export const $entreprises = computed($metaImport, (meta): EntrepriseResume[] =>
  meta ? [...ENTREPRISES_EXEMPLES, { id: ID_IMPORT, nom: meta.nom, devise: meta.devise, pays: meta.devise === 'MAD' ? 'MA' : 'FR', importe: true }] : [...ENTREPRISES_EXEMPLES]);

/** The company studied now. */
export const $entreprise = computed([$entrepriseId, $entreprises], (id, liste) => liste.find((e) => e.id === id) ?? liste[0]);

/** The learner's work, per company id. */
export const $travaux = atomePersistant<Record<string, TravailEntreprise>>('travail', {}, validerParEntreprise((t) => validerTravail(t, validerSaisieBudget)));

/** The work on the current company. */
export const $travail = computed([$travaux, $entreprise], (t, e) => (e && t[e.id]) || TRAVAIL_VIDE);

/** Loading state of the current company's rows. */
export type EtatDonnees = { etat: 'chargement'; id: string } | { etat: 'pret'; id: string; donnees: DonneesEntreprise } | { etat: 'erreur'; id: string; message: string };

/** The current company's data, fetched when an island first listens. */
export const $donnees = atom<EtatDonnees>({ etat: 'chargement', id: '' });

const aujourdhui = () => isoDepuisJour(Math.floor(Date.now() / 86_400_000));

async function charger(e: EntrepriseResume): Promise<void> {
  if ($donnees.get().id === e.id && $donnees.get().etat !== 'erreur') return;
  $donnees.set({ etat: 'chargement', id: e.id });
  let r: EtatDonnees;
  if (e.id === ID_IMPORT) {
    const prospects = await lireImport();
    r = prospects ? { etat: 'pret', id: e.id, donnees: { prospects, dateReference: aujourdhui() } } : { etat: 'erreur', id: e.id, message: 'Votre fichier importé est introuvable dans ce navigateur.' };
  } else {
    const d = await chargerExemple(e.id);
    r = d.ok ? { etat: 'pret', id: e.id, donnees: d.valeur } : { etat: 'erreur', id: e.id, message: d.erreur.message };
  }
  if ($entreprise.get()?.id === e.id) $donnees.set(r); // a slower load must not overwrite a newer choice
}

onMount($donnees, () => $entreprise.subscribe((e) => { if (e) void charger(e); }));

/** The original prospect file of the current company (empty while loading). */
export const $prospectsOriginaux = computed($donnees, (d): readonly Prospect[] => (d.etat === 'pret' ? d.donnees.prospects : []));
const $journal = computed($travail, (t) => t.journal);
/** The cleaned file: the original with the cleaning log replayed, and the operations that no longer apply. */
export const $nettoyage = computed([$prospectsOriginaux, $journal], (prospects, journal) => appliquerJournal({ prospects, journal }));
/** The cleaned prospect file of the current company. */
export const $fichierNettoye = computed($nettoyage, (n) => n.prospects);
/** The date the file is judged at: the sample's reference date, today for an import. */
export const $dateReference = computed($donnees, (d) => (d.etat === 'pret' ? d.donnees.dateReference : aujourdhui()));

const $ids = computed($travail, (t) => t.selection);
/** The selected prospects (chapter 6 → 10), rows of the cleaned file, in file order; ids no longer in the file are left out. */
export const $selection = computed([$fichierNettoye, $ids], (prospects, ids) => {
  const choisis = new Set(ids);
  // An opposition excludes: a row marked opposed after it was selected leaves the selection too.
  return prospects.filter((p) => choisis.has(p.id) && p.opposition !== true);
});

function signalerChangement(): void {
  // The header link is plain DOM (no island): it listens for this to show the new name.
  if (typeof dispatchEvent === 'function') dispatchEvent(new CustomEvent('atelier:entreprise'));
}

/** Moves to another company: the budget typed for the one left is kept with its work. */
function basculer(quitte: string | undefined, nouvelle: EntrepriseResume): void {
  if (quitte) modifierTravail((t) => ({ ...t, budget: $saisieBudget.get() }), quitte);
  $entrepriseId.set(nouvelle.id);
  $saisieBudget.set($travaux.get()[nouvelle.id]?.budget ?? { ...BUDGET_PAR_DEFAUT, devise: nouvelle.devise });
  signalerChangement();
}

/** Changes the company studied; its own work (budget included) comes back with it. */
export function choisirEntreprise(id: string): void {
  const ancienne = $entreprise.get(), nouvelle = $entreprises.get().find((e) => e.id === id);
  if (nouvelle && ancienne?.id !== id) basculer(ancienne?.id, nouvelle);
}

/** Applies a change to a company's work (the current one by default). */
export function modifierTravail(f: (t: TravailEntreprise) => TravailEntreprise, id = $entreprise.get()?.id): void {
  if (!id) return;
  const travaux = $travaux.get();
  $travaux.set({ ...travaux, [id]: f(travaux[id] ?? TRAVAIL_VIDE) });
}

/** Adds a cleaning operation (edit, merge, deletion) to the current company's log. */
export function ajouterOperation(op: OperationNettoyage): void {
  modifierTravail((t) => ({ ...t, journal: [...t.journal, op] }));
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
/** Chooses the prospecting method (id from methodes.ts). */
export function choisirMethode(methode: string | null): void {
  modifierTravail((t) => ({ ...t, methode }));
}
/** Sets the funnel assumptions (null: back to the defaults). */
export function definirEntonnoir(entonnoir: TravailEntreprise['entonnoir']): void {
  modifierTravail((t) => ({ ...t, entonnoir }));
}
/** Records part of the plan (chapter 9's budget, chapter 10's funnel) for the dashboard of chapter 11. */
export function retenirPlan(partie: PlanCampagne): void {
  const avant = $travail.get().plan, apres = { ...avant, ...partie };
  if (JSON.stringify(avant) !== JSON.stringify(apres)) modifierTravail((t) => ({ ...t, plan: apres }));
}
/** Forgets all the work on the current company (the file, grid, selection, method, budget, funnel). */
export function reinitialiserTravail(): void {
  modifierTravail(() => TRAVAIL_VIDE);
}

/** After an import or a deletion: the new file becomes the company studied, or the first sample replaces the deleted one. */
export function apresChangementImport(present: boolean): void {
  // Work done on the previous import (log, selection…) does not apply to another file.
  modifierTravail(() => TRAVAIL_VIDE, ID_IMPORT);
  const courante = $entrepriseId.get() === ID_IMPORT;
  const cible = present ? $entreprises.get().find((e) => e.id === ID_IMPORT) : ENTREPRISES_EXEMPLES[0];
  if (!cible) return;
  if (courante) basculer(undefined, cible); else if (present) basculer($entreprise.get()?.id, cible);
  if (present && $donnees.lc > 0) { $donnees.set({ etat: 'chargement', id: '' }); void charger(cible); }
}
