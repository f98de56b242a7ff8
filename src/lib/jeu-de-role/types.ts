/**
 * The shape of a phone role-play (« jeu de rôle téléphonique »), as the domain sees it. The
 * authored JSON (content/dialogues/*.json) is validated against src/schemas/dialogue.ts, which
 * produces exactly these types; this module has no dependency so the browser can use it.
 */

/** The six phases of a prospecting call, in the order of the course (chapter 13). */
export const PHASES = [
  'standard',
  'accroche',
  'decouverte',
  'objection',
  'rdv',
  'confirmation',
] as const;
export type Phase = (typeof PHASES)[number];

/** French labels of the phases. */
export const LIBELLES_PHASE: Record<Phase, string> = {
  standard: 'Standard et premier contact',
  accroche: 'Accroche',
  decouverte: 'Découverte',
  objection: 'Objections',
  rdv: 'Prise de rendez-vous',
  confirmation: 'Confirmation',
};

/** The buying motives of the SONCAS(E) grid. */
export const MOBILES = [
  'securite',
  'orgueil',
  'nouveaute',
  'confort',
  'argent',
  'sympathie',
  'environnement',
] as const;
export type Mobile = (typeof MOBILES)[number];

/** Points a reply is worth: 2 the course's answer, 1 acceptable, 0 against the rule. */
export type Points = 0 | 1 | 2;

/** One reply the salesperson may choose. */
export interface Choix {
  texte: string;
  points: Points;
  /** Id of the course rule behind the verdict (REGLES_APPEL). */
  regle: string;
  /** What this reply does well or badly, in one sentence (optional: the rule speaks otherwise). */
  pourquoi?: string;
  /** What the other person answers to it. */
  reaction: string;
  /** Id of the next step; absent: the next step in the file. */
  suite?: string;
}

/** A turn of the call: the other person speaks, the salesperson chooses a reply. */
export interface Tour {
  id: string;
  phase: Phase;
  /** Who speaks: the switchboard (or whoever picks up) or the prospect. */
  interlocuteur: 'standard' | 'prospect';
  /** What they say before the salesperson replies (empty on the first turn when the salesperson speaks first). */
  replique: string;
  choix: Choix[];
}

/** How a call can end. */
export type Issue = 'rdv' | 'rappel' | 'echec';

/** An end of the call. */
export interface Fin {
  id: string;
  fin: Issue;
  /** The summary shown at the end (what happened, why). */
  bilan: string;
}

export type Etape = Tour | Fin;

/** The person called: drawn from the company's prospect file. */
export interface Persona {
  /** Row of the company's prospect file it is drawn from. */
  prospect?: string;
  prenom: string;
  nom: string;
  fonction: string;
  societe?: string;
  ville: string;
  temperature: 'suspect' | 'froid' | 'tiede' | 'chaud';
  /** Short portrait: « acheteuse pressée », « client satisfait d’un concurrent »… */
  profil: string;
  mobiles: Mobile[];
  description: string;
}

/** A whole scenario. */
export interface Dialogue {
  id: string;
  entreprise: string;
  titre: string;
  /** The salesperson's name and what they want. */
  vendeur: string;
  objectif: string;
  persona: Persona;
  etapes: Etape[];
}

export const estFin = (e: Etape): e is Fin => 'fin' in e;
