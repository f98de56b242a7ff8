/**
 * The thread of the campaign, step by step (issue 14, page « Ma campagne »): for each step from
 * the file (chapter 5) to the dashboard (chapter 11), its chapter, the simulator it links to and
 * its state — « fait », « à faire » or « à revoir » (an earlier step changed after this one used
 * it). The states are derived from what the learner's inputs already say; nothing is stored for
 * them, and no figure is computed here (the page reads the figures from the chapters' stores).
 */
import { accorder } from '../commun/accord.ts';

/** State of a step. */
export type EtatEtapeFil = 'fait' | 'a-faire' | 'a-revoir';
/** Ids of the steps, in the thread's order. */
export const IDS_FIL = [
  'fichier',
  'selection',
  'methode',
  'capacite',
  'budget',
  'entonnoir',
  'tableau',
] as const;
/** A step of the thread. */
export type IdEtapeFil = (typeof IDS_FIL)[number];

/** What a step is, where it is done. */
export interface DefinitionEtapeFil {
  id: IdEtapeFil;
  chapitre: number;
  titre: string;
  lien: string;
}

/** The steps, with the anchor of the simulator that does each one. */
export const ETAPES_FIL: readonly DefinitionEtapeFil[] = [
  {
    id: 'fichier',
    chapitre: 5,
    titre: 'Fichier nettoyé',
    lien: '/chapitres/exploiter-le-fichier/#simulateur-fichier',
  },
  {
    id: 'selection',
    chapitre: 6,
    titre: 'Prospects notés et sélectionnés',
    lien: '/chapitres/selectionner-les-prospects/#simulateur-scoring',
  },
  {
    id: 'methode',
    chapitre: 7,
    titre: 'Méthode choisie',
    lien: '/chapitres/methodes-et-moyens/#simulateur-methodes',
  },
  {
    id: 'capacite',
    chapitre: 8,
    titre: 'Capacité de visite',
    lien: '/chapitres/planifier/#simulateur-capacite',
  },
  { id: 'budget', chapitre: 9, titre: 'Budget', lien: '/chapitres/budgetiser/#simulateur-budget' },
  {
    id: 'entonnoir',
    chapitre: 10,
    titre: 'Entonnoir',
    lien: '/chapitres/mesurer-l-efficacite/#simulateur-entonnoir',
  },
  {
    id: 'tableau',
    chapitre: 11,
    titre: 'Tableau de bord',
    lien: '/chapitres/mesurer-la-rentabilite/#simulateur-tableau-de-bord',
  },
];

/** What the learner's inputs say about each step (counts and flags, no figure to recompute). */
export interface EntreeFil {
  /** Cleaning operations in the log of chapter 5. */
  operations: number;
  /** Ids selected in chapter 6, and how many of them are still rows of the cleaned file (not opposed). */
  selection: { enregistres: number; retenus: number };
  methodeChoisie: boolean;
  /** The capacity figures differ from the lesson's example. */
  capaciteModifiee: boolean;
  /** The budget was edited for this company; the chosen method's line in it. */
  budget: { saisi: boolean; ligneMethode: 'absente' | 'a-jour' | 'perimee' };
  /** The funnel was edited for this company; its contacts, and whether they were taken from the selection. */
  entonnoir: { saisi: boolean; depuisSelection: boolean; contacts: number | null };
  /** The dashboard was edited for this company; the plan's rates it took (« Reprendre mon plan »), if any. */
  tableau: { saisi: boolean; tauxPrevus: readonly number[] | null };
  /** The rates of the current plan (chapter 10), or null when it cannot be computed. */
  tauxDuPlan: readonly number[] | null;
}

/** A step's state and, when it is to be reviewed, why. */
export interface EtatFil {
  etat: EtatEtapeFil;
  raison?: string;
}

const memesTaux = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) < 1e-9);

const fait = (oui: boolean): EtatFil => ({ etat: oui ? 'fait' : 'a-faire' });
const aRevoir = (raison: string): EtatFil => ({ etat: 'a-revoir', raison });

/** The selection is to review when some selected prospects have left the file since. */
function etatSelection({ selection }: EntreeFil): EtatFil {
  if (selection.enregistres === 0) return fait(false);
  const perdus = selection.enregistres - selection.retenus;
  if (perdus <= 0) return fait(true);
  return aRevoir(
    `${accorder(perdus, 'prospect sélectionné a', 'prospects sélectionnés ont')} quitté le fichier depuis (nettoyage ou opposition).`,
  );
}

/** The budget is to review when the method changed after its line was added. */
function etatBudget({ budget }: EntreeFil): EtatFil {
  if (budget.ligneMethode === 'perimee')
    return aRevoir('La méthode a changé depuis que sa ligne a été ajoutée au budget.');
  return fait(budget.saisi || budget.ligneMethode === 'a-jour');
}

/** The funnel is to review when it started from the selection and the selection has changed size. */
function etatEntonnoir({ entonnoir, selection }: EntreeFil): EtatFil {
  if (!entonnoir.saisi) return fait(false);
  if (!entonnoir.depuisSelection || entonnoir.contacts === selection.retenus) return fait(true);
  return aRevoir(
    `L’entonnoir part de ${accorder(entonnoir.contacts ?? 0, 'contact', 'contacts')}, mais la sélection compte maintenant ${accorder(selection.retenus, 'prospect', 'prospects')}.`,
  );
}

/** The dashboard is to review when the funnel's rates changed after the plan was taken as objective. */
function etatTableau({ tableau, tauxDuPlan }: EntreeFil): EtatFil {
  if (!tableau.saisi) return fait(false);
  if (!tableau.tauxPrevus || !tauxDuPlan || memesTaux(tableau.tauxPrevus, tauxDuPlan))
    return fait(true);
  return aRevoir(
    'Les taux de l’entonnoir ont changé depuis que le plan a été repris comme objectif.',
  );
}

/** The state of every step of the thread. */
export function etatsDuFil(e: EntreeFil): Record<IdEtapeFil, EtatFil> {
  return {
    fichier: fait(e.operations > 0),
    selection: etatSelection(e),
    methode: fait(e.methodeChoisie),
    capacite: fait(e.capaciteModifiee),
    budget: etatBudget(e),
    entonnoir: etatEntonnoir(e),
    tableau: etatTableau(e),
  };
}

/** The state as the page writes it. */
export const LIBELLES_ETAT: Readonly<Record<EtatEtapeFil, string>> = {
  fait: 'fait',
  'a-faire': 'à faire',
  'a-revoir': 'à revoir',
};
