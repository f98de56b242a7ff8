/**
 * « Ma campagne » (issue 14): the thread of the company studied, read from the very stores the
 * chapters use — the cleaned file and the selection (campagne.ts), the chosen method (methodes.ts),
 * the capacity (capacite.ts), the budget, the funnel's plan (plan.ts) and the dashboard — and the
 * state of each step (src/lib/campagne/fil.ts). Nothing is stored or recomputed here: every figure
 * is the one its chapter shows, so the page and the chapters cannot disagree.
 * The capacity of chapter 8 is kept per company (capacite.ts), like every other input: a step is
 * done once the learner typed figures for the company studied.
 */
import { atom, computed, onMount } from 'nanostores';
import {
  $donnees,
  $entreprise,
  $nettoyage,
  $prospectsOriginaux,
  $selection,
  $travail,
} from './campagne.ts';
import { $campagneMethodeChoisie, $empreinteSelection } from './methodes.ts';
import { $capacites, $evaluationCapacite } from './capacite.ts';
// The company's salespeople, as the capacity and the annual plan of chapter 8 read them.
import { $contextePlan } from './planning-contexte.ts';
import { $evaluationBudget, $saisieBudget } from './budget.ts';
import { $budgets } from './budget-saisie.ts';
import { $entonnoirs, $saisieEntonnoir } from './entonnoir.ts';
import { $plan } from './plan.ts';
import { $evaluationTableauDeBord, $tableauxDeBord } from './tableau-de-bord.ts';
import { etatsDuFil } from '../lib/campagne/fil.ts';
import { etatLigneMethode, ID_LIGNE_METHODE } from '../lib/campagne/budget-saisi.ts';
import { parseNombre } from '../lib/commun/nombres.ts';

const $idEntreprise = computed($entreprise, (e) => e?.id ?? '');

/** The file and the selection as the thread shows them (chapters 5 and 6). */
export interface FilFichier {
  origine: number;
  nettoye: number;
  operations: number;
  retenus: number;
  enregistres: number;
  /** The selection's fingerprint (base-methode.ts), which tells whether the method is to review. */
  empreinte?: string;
}

/** The counts from the rows themselves (null while they load). */
const $fichierDesLignes = computed(
  [$donnees, $prospectsOriginaux, $nettoyage, $selection, $travail, $empreinteSelection],
  (d, originaux, n, selection, t, empreinte): FilFichier | null =>
    d.etat === 'pret'
      ? {
          origine: originaux.length,
          nettoye: n.prospects.length,
          operations: t.journal.length,
          retenus: selection.length,
          enregistres: t.selection.length,
          empreinte: empreinte?.empreinte,
        }
      : null,
);

/** Prospects in each sample's file, counted at build (MaCampagne.astro passes them to the island). */
const $fichesDesExemples = atom<Readonly<Record<string, number>>>({});
/** Gives the thread the samples' counts before it computes (FilVivant.tsx, calculerLeFil). */
export function connaitreLesFiches(fiches: Readonly<Record<string, number>>): void {
  $fichesDesExemples.set(fiches);
}

/**
 * The counts without the rows, when nothing done on the file needs them: no cleaning, no selection,
 * no method chosen on a selection, a sample (whose count the build knows). Then the file is the
 * sample untouched and the selection is empty, so the rows would give the same figures, and a
 * first visit to /campagne/ spares a phone the dataset's download and parsing (issue 14: 267 KB,
 * about 150 ms of main thread at 4× CPU). Null: the rows are needed.
 */
const $fichierSansLignes = computed(
  [$entreprise, $travail, $fichesDesExemples],
  (e, t, fiches): FilFichier | null => {
    const n = e && Object.hasOwn(fiches, e.id) ? fiches[e.id] : undefined;
    if (n === undefined || t.journal.length > 0 || t.selection.length > 0 || t.baseMethode)
      return null;
    return { origine: n, nettoye: n, operations: 0, retenus: 0, enregistres: 0 };
  },
);

/**
 * The file and the selection: the counts without the rows when they suffice, else from the rows
 * (null while they load). A store fed by its listeners rather than a computed, because which
 * source it follows changes: a computed listening to the rows would start their download always.
 */
export const $filFichier = atom<FilFichier | null>(null);
onMount($filFichier, () => {
  let suivreLignes: (() => void) | undefined;
  const arreter = $fichierSansLignes.subscribe((sans) => {
    if (sans) {
      suivreLignes?.();
      suivreLignes = undefined;
      $filFichier.set(sans);
    } else if (!suivreLignes) {
      $filFichier.set(null);
      suivreLignes = $fichierDesLignes.subscribe((f) => $filFichier.set(f));
    }
  });
  return () => {
    arreter();
    suivreLignes?.();
  };
});

/** Whether the thread reads the rows of the company studied (see $fichierSansLignes). */
export const lignesNecessaires = (): boolean => $fichierSansLignes.get() === null;

/** Every step's state, from the learner's inputs only. */
export const $etatsFil = computed(
  [
    $idEntreprise,
    $filFichier,
    $travail,
    $campagneMethodeChoisie,
    $capacites,
    $budgets,
    $saisieBudget,
    $entonnoirs,
    $saisieEntonnoir,
    $tableauxDeBord,
  ],
  (id, f, t, methode, capacite, budgets, budget, entonnoirs, entonnoir, tableaux) => {
    const contacts = parseNombre(entonnoir.contacts);
    return etatsDuFil({
      operations: t.journal.length,
      // While the rows load, the stored ids stand for the selection (nothing can have left it yet).
      selection: f
        ? { enregistres: f.enregistres, retenus: f.retenus, empreinte: f.empreinte }
        : { enregistres: t.selection.length, retenus: t.selection.length },
      methodeChoisie: methode !== null,
      baseMethode: t.baseMethode,
      capaciteModifiee: id in capacite,
      budget: {
        saisi: id in budgets,
        ligneMethode: etatLigneMethode({ saisie: budget, methode }),
        action: budget.lignes.find((l) => l.id === ID_LIGNE_METHODE)?.action,
      },
      entonnoir: {
        saisi: id in entonnoirs,
        depuisSelection: entonnoir.mode === 'avant' && entonnoir.origine === 'selection',
        // Backward from an objective, the typed contacts are not used: nothing to compare.
        contacts: entonnoir.mode === 'avant' && contacts.ok ? contacts.valeur : null,
      },
      tableau: { saisi: id in tableaux },
    });
  },
);

export {
  $entreprise,
  $campagneMethodeChoisie,
  $evaluationCapacite,
  $contextePlan,
  $evaluationBudget,
  $plan,
  $evaluationTableauDeBord,
};
