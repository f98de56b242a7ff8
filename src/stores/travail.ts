/**
 * The shape of the learner's work on one company, and the checks run on everything read back
 * from the browser (localStorage, IndexedDB) before it reaches a store. Hand-written rather
 * than Zod: these checks ship with every island that reads the campaign, and a schema library
 * would cost more than the whole island (ARCHITECTURE budgets).
 *
 * HOW STORED WORK GOES STALE, AND WHAT HAPPENS
 * - A sample file is regenerated (rows renamed or removed): log operations and selected ids that
 *   no longer match a row are skipped (`appliquerJournal` reports them), never an error.
 * - A company disappears from the samples: its entry stays in storage, unused, until reset.
 * - A method id or a grid field disappears: the island falls back to its default and says so.
 * - Issue 14 removed two fields, read and dropped here (no version bump: nothing else changed):
 *   `plan` (a copy of derived figures, now computed by stores/plan.ts: dropping it loses nothing)
 *   and `budget` (the budget of a company left, now kept per company under `atelier:v1:budgets`:
 *   budget-saisie.ts adopts it once from the raw stored value, then it is gone on the next write).
 * - Issue 20 removed `entonnoir` (funnel assumptions: validated and saved, never written since the
 *   funnel has its own store, stores/entonnoir.ts): a stored value, valid or not, is ignored on
 *   read and gone on the next write; work saved by an earlier version loads unchanged otherwise.
 * - Issue 14 (D11) added `baseMethode`, optional: what the method was chosen on (the selection's
 *   head count and fingerprint, the contacts). Work saved before it has none and loads as it was:
 *   its method counts as up to date (src/lib/campagne/base-methode.ts), until chosen again. A
 *   malformed record is dropped alone (the method is then « up to date » too), never the work.
 * - The format changes: bump `atelier:v1:travail` to v2 and migrate from v1 on first read;
 *   a value these checks refuse is set aside under `…:corrompu` and reported (persistance.ts).
 */
import { champ, estObjet, nombre, texte } from './gardes.ts';
import type { OperationNettoyage, ValeurChamp } from '../lib/fichier/journal.ts';
import type { CritereDeScoring, SeuilsTemperature } from '../lib/scoring/scoring.ts';
import type { BaseMethode } from '../lib/campagne/base-methode.ts';

/** A scoring grid as the learner set it. */
export interface GrilleScoring {
  criteres: CritereDeScoring[];
  seuils: SeuilsTemperature;
}

/** What the learner did on one company, chapter after chapter; `null` means « the default ». */
export interface TravailEntreprise {
  /** Chapter 5: cleaning operations over the original file. */
  journal: OperationNettoyage[];
  /** Chapter 6: the scoring grid. */
  grille: GrilleScoring | null;
  /** Chapter 6 → 10: the selected prospect ids. */
  selection: string[];
  /** Chapter 7: the chosen method id (methodes.ts). */
  methode: string | null;
  /** Chapter 7: the selection and contacts the method was chosen on; absent when unknown. */
  baseMethode?: BaseMethode;
}

/** Work on a company not touched yet. */
export const TRAVAIL_VIDE: TravailEntreprise = {
  journal: [],
  grille: null,
  selection: [],
  methode: null,
};

const MAX_OPERATIONS = 20_000;
const ids = (v: unknown, max = 200_000): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((x) => texte(x, 10_000));
const valeur = (v: unknown): v is ValeurChamp =>
  v === null || typeof v === 'boolean' || nombre(v) || texte(v);

/** A log operation as stored, or undefined. */
export function validerOperation(brut: unknown): OperationNettoyage | undefined {
  if (!estObjet(brut)) return undefined;
  if (brut.type === 'modifier' && texte(brut.id) && champ(brut.champ) && valeur(brut.valeur))
    return { type: 'modifier', id: brut.id, champ: brut.champ, valeur: brut.valeur };
  if (brut.type === 'supprimer' && ids(brut.ids)) return { type: 'supprimer', ids: brut.ids };
  if (brut.type === 'fusionner' && ids(brut.ids, 1000) && texte(brut.garder))
    return { type: 'fusionner', ids: brut.ids, garder: brut.garder };
  return undefined;
}

function validerCritere(c: unknown): boolean {
  if (!estObjet(c) || !texte(c.id, 200) || !texte(c.champ, 200)) return false;
  if (c.nature === 'engagement')
    return nombre(c.pointsParOccurrence) && (c.plafond === undefined || nombre(c.plafond));
  if (c.nature !== 'profil') return false;
  if (Array.isArray(c.tranches))
    return c.tranches.every(
      (t) =>
        estObjet(t) &&
        nombre(t.points) &&
        (t.min === undefined || nombre(t.min)) &&
        (t.max === undefined || nombre(t.max)),
    );
  return estObjet(c.valeurs) && Object.values(c.valeurs).every(nombre);
}

/** One company's work as stored, or undefined when any part is unreadable. */
export function validerTravail(brut: unknown, _avant14?: unknown): TravailEntreprise | undefined {
  if (!estObjet(brut) || !Array.isArray(brut.journal) || brut.journal.length > MAX_OPERATIONS)
    return undefined;
  const journal = brut.journal.map(validerOperation);
  if (journal.some((o) => o === undefined)) return undefined;
  const g = brut.grille;
  if (
    g !== null &&
    !(
      estObjet(g) &&
      Array.isArray(g.criteres) &&
      g.criteres.length <= 100 &&
      g.criteres.every(validerCritere) &&
      estObjet(g.seuils) &&
      nombre(g.seuils.chaud) &&
      nombre(g.seuils.tiede)
    )
  )
    return undefined;
  if (!ids(brut.selection) || !(brut.methode === null || texte(brut.methode, 100)))
    return undefined;
  // Former `budget` (adopted by budget-saisie.ts), `plan` (a derived copy) and `entonnoir` (never
  // written): dropped, see the note above.
  const travail: TravailEntreprise = {
    journal: journal as OperationNettoyage[],
    grille: g as GrilleScoring | null,
    selection: brut.selection,
    methode: brut.methode as string | null,
  };
  const b = brut.baseMethode;
  if (
    brut.methode !== null &&
    estObjet(b) &&
    nombre(b.prospects) &&
    nombre(b.contacts) &&
    texte(b.empreinte, 64)
  )
    travail.baseMethode = { prospects: b.prospects, empreinte: b.empreinte, contacts: b.contacts };
  return travail;
}
