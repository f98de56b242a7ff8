/**
 * The thread of the campaign, step by step (issue 14, page « Ma campagne »): for each step from
 * the file (chapter 5) to the dashboard (chapter 11), its chapter, the simulator it links to and
 * its state — « fait », « à faire » or « à revoir » (an earlier step changed after this one used
 * it). The states are derived from what the learner's inputs already say; nothing is stored for
 * them, and no figure is computed here (the page reads the figures from the chapters' stores).
 * From the method on, each step rests on the one before (the budget holds the method's line, the
 * plan reads the budget…): a step done on top of a step « à revoir » is « à revoir » too, with the
 * first reason, so the page never shows two head counts of the same campaign both « fait » (D11).
 */
import { minuscule } from '../commun/majuscule.ts';
import { accorder } from '../commun/accord.ts';
import { revueMethode, type BaseMethode } from './base-methode.ts';

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
  /**
   * Ids selected in chapter 6, how many of them are still rows of the cleaned file (not opposed),
   * and the fingerprint of those (base-methode.ts; absent while the rows load).
   */
  selection: { enregistres: number; retenus: number; empreinte?: string };
  methodeChoisie: boolean;
  /** What the method was chosen on (saved with the choice); absent or null: unknown, taken as up to date. */
  baseMethode?: BaseMethode | null;
  /** The capacity figures differ from the lesson's example. */
  capaciteModifiee: boolean;
  /** The budget was edited for this company; the chosen method's line in it. */
  budget: { saisi: boolean; ligneMethode: 'absente' | 'a-jour' | 'perimee'; action?: string };
  /**
   * The funnel was edited for this company; its contacts (null when it runs backward from an
   * objective, or while they are in error), and whether they were taken from the selection.
   */
  entonnoir: { saisi: boolean; depuisSelection: boolean; contacts: number | null };
  /**
   * The dashboard was edited for this company. Following the plan, its objectives and rates are
   * derived from the current plan (session 11): they cannot lag behind it, so no « à revoir » of
   * its own; it is reviewed only when an earlier step is (enCascade).
   */
  tableau: { saisi: boolean };
}

/** A step's state and, when it is to be reviewed, why. */
export interface EtatFil {
  etat: EtatEtapeFil;
  raison?: string;
}

/** The state of every step of the thread. */
export function etatsDuFil(e: EntreeFil): Record<IdEtapeFil, EtatFil> {
  const perdus = e.selection.enregistres - e.selection.retenus;
  const selection: EtatFil =
    e.selection.enregistres === 0
      ? { etat: 'a-faire' }
      : perdus > 0
        ? {
            etat: 'a-revoir',
            raison: `${accorder(perdus, 'prospect sélectionné a', 'prospects sélectionnés ont')} quitté le fichier depuis (nettoyage ou opposition).`,
          }
        : { etat: 'fait' };
  const budget: EtatFil =
    e.budget.ligneMethode === 'perimee'
      ? {
          etat: 'a-revoir',
          raison: e.budget.action
            ? `La ligne «\u00a0${e.budget.action}\u00a0» a été ajoutée au budget pour la méthode d’avant\u202f: elle est à mettre à jour.`
            : 'La méthode a changé depuis que sa ligne a été ajoutée au budget.',
        }
      : { etat: e.budget.saisi || e.budget.ligneMethode === 'a-jour' ? 'fait' : 'a-faire' };
  const contacts = e.entonnoir.contacts;
  const entonnoir: EtatFil = !e.entonnoir.saisi
    ? { etat: 'a-faire' }
    : e.entonnoir.depuisSelection && contacts !== e.selection.retenus
      ? {
          etat: 'a-revoir',
          raison: `L’entonnoir part de ${accorder(contacts ?? 0, 'contact', 'contacts')}, mais la sélection compte maintenant ${accorder(e.selection.retenus, 'prospect', 'prospects')}.`,
        }
      : // Contacts typed by hand that are not the selection's head count: the funnel is about
        // other people than the campaign's, so the thread cannot call it done (issue 14).
        !e.entonnoir.depuisSelection &&
          contacts !== null &&
          e.selection.enregistres > 0 &&
          contacts !== e.selection.retenus
        ? {
            etat: 'a-revoir',
            raison: `Saisi à la main, l’entonnoir ne suit pas la sélection : il part de ${accorder(contacts, 'contact', 'contacts')}, la sélection du chapitre 6 compte ${accorder(e.selection.retenus, 'prospect', 'prospects')}.`,
          }
        : { etat: 'fait' };
  const tableau: EtatFil = { etat: e.tableau.saisi ? 'fait' : 'a-faire' };
  const revue = e.methodeChoisie
    ? revueMethode({
        base: e.baseMethode,
        selection:
          e.selection.empreinte === undefined
            ? null
            : { prospects: e.selection.retenus, empreinte: e.selection.empreinte },
      })
    : null;
  const etats: Record<IdEtapeFil, EtatFil> = {
    fichier: { etat: e.operations > 0 ? 'fait' : 'a-faire' },
    selection,
    methode: revue
      ? { etat: 'a-revoir', raison: revue }
      : { etat: e.methodeChoisie ? 'fait' : 'a-faire' },
    capacite: { etat: e.capaciteModifiee ? 'fait' : 'a-faire' },
    budget,
    entonnoir,
    tableau,
  };
  return enCascade(etats);
}

/** The steps from the method on: each rests on the one before. */
const CHAINE: readonly IdEtapeFil[] = ['methode', 'capacite', 'budget', 'entonnoir', 'tableau'];

/** A step done after a step « à revoir » of the chain is « à revoir » too, saying which and why. */
function enCascade(etats: Record<IdEtapeFil, EtatFil>): Record<IdEtapeFil, EtatFil> {
  let origine: { chapitre: number; raison: string } | null = null;
  for (const id of CHAINE) {
    const e = etats[id];
    if (origine && e.etat === 'fait')
      etats[id] = {
        etat: 'a-revoir',
        // Lower case after the colon, as French typography wants.
        raison: `Elle s’appuie sur le chapitre\u00a0${origine.chapitre}, à revoir\u202f: ${minuscule(origine.raison)}`,
      };
    else if (!origine && e.etat === 'a-revoir' && e.raison)
      origine = { chapitre: ETAPES_FIL.find((x) => x.id === id)!.chapitre, raison: e.raison };
  }
  return etats;
}

/** The state as the page writes it. */
export const LIBELLES_ETAT: Readonly<Record<EtatEtapeFil, string>> = {
  fait: 'fait',
  'a-faire': 'à faire',
  'a-revoir': 'à revoir',
};

/**
 * Where the figure of an untouched step comes from (issue 14, « never the course example as the
 * company's »): its chapter starts from the company's own data (the past campaign's budget,
 * results and visits) or from the lesson's example (the funnel's 800 contacts).
 */
const DEPART: Partial<Record<IdEtapeFil, 'entreprise' | 'exemple'>> = {
  capacite: 'entreprise',
  budget: 'entreprise',
  entonnoir: 'exemple',
  tableau: 'entreprise',
};

/** What the thread shows for a step: its figure (with a sentence saying whose it is), or a sentence instead. */
export type ChiffreDuFil = { montrer: true; mention?: string } | { montrer: false; texte: string };

/**
 * Whether a step's figure may be shown, and as whose. A step done or to review shows the
 * learner's figure. A step « à faire » shows the company's own figure labelled with its past
 * campaign (« Chiffres de départ, ceux de la campagne … ») or, when it would be the lesson's example or the
 * company has no past campaign (an imported file), no figure at all.
 */
export function chiffreDuFil({
  id,
  etat,
  campagnePassee,
}: {
  id: IdEtapeFil;
  etat: EtatEtapeFil;
  /** The name of the company's past campaign (« Campagne « Étuis sur mesure » – printemps 2026 »). */
  campagnePassee?: string | null;
}): ChiffreDuFil {
  const depart = DEPART[id];
  if (etat !== 'a-faire' || !depart) return { montrer: true };
  if (depart === 'entreprise' && campagnePassee)
    return {
      montrer: true,
      mention: `Chiffres de départ, ceux de la ${minuscule(campagnePassee)}\u202f: pas encore votre plan.`,
    };
  const chapitre = ETAPES_FIL.find((x) => x.id === id)!.chapitre;
  return {
    montrer: false,
    texte: `Pas encore fait pour cette entreprise\u202f: le chapitre\u00a0${chapitre} part de l’exemple du cours, pas de ses chiffres.`,
  };
}
