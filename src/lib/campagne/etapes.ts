/**
 * The prospecting funnel's vocabulary, defined once (issue 14, « one fact, one place »): the five
 * stages from the file to the orders, their French names, the word for one person at each stage
 * (for sentences that agree with 0, 1 or many), and the four rates that link two stages.
 * The datasets' schema (campagne.json `etapes`), the funnel of chapter 10, the dashboard of
 * chapter 11, the dossier and the exercises read these ids; nothing joins stages by position alone.
 */

/** Ids of the stages, top to bottom (the keys of campagne.json `etapes` and of the dossier). */
export const IDS_ETAPES = [
  'fichier',
  'contactsJoints',
  'rdv',
  'propositions',
  'commandes',
] as const;
/** A stage of the funnel. */
export type IdEtape = (typeof IDS_ETAPES)[number];

/** One stage: its label in tables, and the noun for one or several people there (feminine for « aucune »). */
export interface DefinitionEtape {
  id: IdEtape;
  nom: string;
  singulier: string;
  pluriel: string;
  feminin: boolean;
}

/** The stages, in funnel order. */
export const ETAPES_ENTONNOIR: readonly DefinitionEtape[] = [
  {
    id: 'fichier',
    nom: 'Contacts appelés',
    singulier: 'contact appelé',
    pluriel: 'contacts appelés',
    feminin: false,
  },
  {
    id: 'contactsJoints',
    nom: 'Contacts joints',
    singulier: 'contact joint',
    pluriel: 'contacts joints',
    feminin: false,
  },
  {
    id: 'rdv',
    nom: 'Rendez-vous',
    singulier: 'rendez-vous',
    pluriel: 'rendez-vous',
    feminin: false,
  },
  {
    id: 'propositions',
    nom: 'Propositions',
    singulier: 'proposition',
    pluriel: 'propositions',
    feminin: true,
  },
  { id: 'commandes', nom: 'Commandes', singulier: 'commande', pluriel: 'commandes', feminin: true },
];

/** A rate linking a stage to the next one, named as the lesson's ratio table names it. */
export interface DefinitionTaux {
  de: IdEtape;
  vers: IdEtape;
  libelle: string;
  article: string;
  court: string;
}

/** The four stage rates: `vers` ÷ `de`. */
export const TAUX_ENTONNOIR: readonly DefinitionTaux[] = [
  {
    de: 'fichier',
    vers: 'contactsJoints',
    libelle: 'Taux de joignabilité',
    article: 'le taux de joignabilité',
    court: 'la joignabilité',
  },
  {
    de: 'contactsJoints',
    vers: 'rdv',
    libelle: 'Taux de prise de RDV',
    article: 'le taux de prise de RDV',
    court: 'la prise de RDV',
  },
  {
    de: 'rdv',
    vers: 'propositions',
    libelle: 'Taux de proposition',
    article: 'le taux de proposition',
    court: 'la proposition',
  },
  {
    de: 'propositions',
    vers: 'commandes',
    libelle: 'Taux de transformation',
    article: 'le taux de transformation',
    court: 'la transformation',
  },
];

/** Counts by stage id (a past campaign's `etapes`, a dossier's results). */
export type EffectifsParEtape = Record<IdEtape, number>;

/** The counts in funnel order, top to bottom. */
export function effectifsEnListe(e: EffectifsParEtape): number[] {
  return IDS_ETAPES.map((id) => e[id]);
}

/** Counts in funnel order back to counts by stage id. */
export function effectifsParEtape(liste: readonly number[]): EffectifsParEtape {
  return Object.fromEntries(IDS_ETAPES.map((id, i) => [id, liste[i] ?? 0])) as EffectifsParEtape;
}
