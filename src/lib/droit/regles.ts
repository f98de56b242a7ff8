/**
 * The law of prospecting as data (issue 16): for France and Morocco, each rule says which channels
 * and which targets it covers, the condition it sets, the dates it is in force (`du` / `au`,
 * inclusive, ISO) and its source (text and article). Every check, every lesson's « état du droit »,
 * the checklist of chapter 12 and the dossier read this table: a rule is written once, here.
 * Conventions:
 * - `portee`: `loi` (a binding text), `recommandation` (a regulator's benchmark the course applies,
 *   said as such), `silence` (the law of that country says nothing on the point: we say so rather
 *   than borrow the other country's rule);
 * - `controle` names the test `verifier.ts` applies to each row or call; a rule without it is shown,
 *   not checked (sanctions, withdrawal periods, duties that no file column can tell);
 * - `prealable`: a duty to meet before any campaign (CNDP declaration, opt-out link), listed by the
 *   check whatever the rows.
 * Dates: Bloctel (C. consom. art. L223-1, former wording) until 10 August 2026; from 11 August 2026
 * the law n° 2025-594 of 30 June 2025 requires the consumer's prior consent. Hours, frequency and
 * the 60 days after a refusal come from décret n° 2022-1313, in force since 1 March 2023.
 */
import type { Canal, Nature, Pays } from './types.ts';

/** Where a rule comes from: the text and, when there is one, its article. */
export interface Source {
  texte: string;
  article?: string;
}

/** What a rule asks. */
export type Condition =
  | 'opposition'
  | 'consentement'
  | 'opt-out'
  | 'liste-opposition'
  | 'horaires'
  | 'frequence'
  | 'delai-apres-refus'
  | 'conservation'
  | 'declaration'
  | 'interdiction'
  | 'retractation'
  | 'sanction'
  | 'libre';

/** The tests `verifier.ts` knows how to apply to a campaign. */
export type Controle =
  | 'opposition'
  | 'conservation'
  | 'consentement-email'
  | 'opt-out-metier'
  | 'consentement-personne-physique'
  | 'liste-opposition'
  | 'consentement-telephone'
  | 'horaires'
  | 'frequence'
  | 'delai-apres-refus'
  | 'renovation-energetique';

/** One rule of one country. */
export interface RegleDroit {
  /** Stable id, prefixed by the country (`fr-`, `ma-`). */ id: string;
  pays: Pays;
  /** Channels it covers. */ canaux: readonly Canal[];
  /** Targets it protects. */ cibles: readonly Nature[];
  condition: Condition;
  /** The rule, in one French sentence. */ libelle: string;
  /** What it means in practice, or its exceptions. */ precision?: string;
  /** First day in force (ISO), absent: long before the course's dates. */ du?: string;
  /** Last day in force (ISO), absent: still in force. */ au?: string;
  source: Source;
  portee: 'loi' | 'recommandation' | 'silence';
  /** The test applied to rows or calls; absent: shown, not checked. */ controle?: Controle;
  /** A duty to meet before any campaign on these channels. */ prealable?: boolean;
}

const TOUS: readonly Canal[] = [
  'email',
  'sms',
  'telephone',
  'automate',
  'courrier',
  'visite',
  'porte-a-porte',
];
const TOUTES: readonly Nature[] = ['consommateur', 'professionnel'];
const NBSP = '\u00a0',
  FINE = '\u202f';

/** Day the consumer's prior consent to phone prospecting becomes the rule in France. */
export const DEBUT_CONSENTEMENT_TELEPHONE = '2026-08-11';
/** Last day Bloctel applies. */
export const FIN_BLOCTEL = '2026-08-10';

/** The rules of both countries, in the order a lesson reads them: all channels, then channel by channel. */
export const REGLES: readonly RegleDroit[] = [
  // ── France ──
  {
    id: 'fr-opposition',
    pays: 'FR',
    canaux: TOUS,
    cibles: TOUTES,
    condition: 'opposition',
    portee: 'loi',
    controle: 'opposition',
    libelle:
      'Une personne qui s’est opposée à la prospection n’est plus sollicitée, par aucun canal.',
    precision: `Le droit d’opposition à la prospection est absolu${FINE}: la personne n’a pas à se justifier.`,
    source: { texte: 'RGPD', article: `art.${NBSP}21, §${NBSP}2 et 3` },
  },
  {
    id: 'fr-conservation',
    pays: 'FR',
    canaux: TOUS,
    cibles: TOUTES,
    condition: 'conservation',
    portee: 'recommandation',
    controle: 'conservation',
    libelle: `Les données d’un prospect resté muet sont supprimées 3${NBSP}ans après le dernier contact venant de lui.`,
    precision: `Le RGPD exige une durée limitée sans la chiffrer${FINE}; les 3${NBSP}ans sont une recommandation de la CNIL, que le cours applique.`,
    source: { texte: 'RGPD, art. 5, §\u00a01, e\u202f; recommandation de la CNIL' },
  },
  {
    id: 'fr-email-consommateur',
    pays: 'FR',
    canaux: ['email', 'sms'],
    cibles: ['consommateur'],
    condition: 'consentement',
    portee: 'loi',
    controle: 'consentement-email',
    libelle:
      'Un e-mail ou un SMS de prospection à un particulier suppose son consentement préalable (opt-in).',
    precision:
      'Exception : un client déjà acquis, pour des produits analogues à ceux qu’il a achetés.',
    source: {
      texte: 'Code des postes et des communications électroniques',
      article: `art.${NBSP}L34-5`,
    },
  },
  {
    id: 'fr-email-professionnel',
    pays: 'FR',
    canaux: ['email', 'sms'],
    cibles: ['professionnel'],
    condition: 'opt-out',
    portee: 'loi',
    controle: 'opt-out-metier',
    prealable: true,
    libelle:
      'Un professionnel peut recevoir un e-mail sans accord préalable si l’offre concerne son métier, avec un lien pour s’y opposer (opt-out).',
    precision: 'Sans rapport avec son métier, son consentement préalable est nécessaire.',
    source: {
      texte: `Code des postes et des communications électroniques, art.${NBSP}L34-5${FINE}; doctrine de la CNIL`,
    },
  },
  {
    id: 'fr-automate',
    pays: 'FR',
    canaux: ['automate'],
    cibles: TOUTES,
    condition: 'consentement',
    portee: 'loi',
    controle: 'consentement-personne-physique',
    libelle:
      'Un appel automatisé (automate d’appel) de prospection suppose le consentement préalable de la personne appelée.',
    source: {
      texte: 'Code des postes et des communications électroniques',
      article: `art.${NBSP}L34-5`,
    },
  },
  {
    id: 'fr-bloctel',
    pays: 'FR',
    canaux: ['telephone'],
    cibles: ['consommateur'],
    condition: 'liste-opposition',
    portee: 'loi',
    controle: 'liste-opposition',
    au: FIN_BLOCTEL,
    libelle:
      'On n’appelle pas pour prospecter un consommateur dont le numéro est inscrit sur Bloctel.',
    precision: 'Sauf contrat en cours avec la personne.',
    source: {
      texte: 'Code de la consommation',
      article: `art.${NBSP}L223-1 (rédaction antérieure au 11${NBSP}août 2026)`,
    },
  },
  {
    id: 'fr-telephone-consentement',
    pays: 'FR',
    canaux: ['telephone'],
    cibles: ['consommateur'],
    condition: 'consentement',
    portee: 'loi',
    controle: 'consentement-telephone',
    du: DEBUT_CONSENTEMENT_TELEPHONE,
    libelle: 'On n’appelle pas un consommateur pour le prospecter sans son consentement préalable.',
    precision: `Un consentement libre, spécifique, éclairé, univoque et révocable, que l’appelant doit pouvoir prouver (date et moyen de recueil)${FINE}; sauf sollicitation liée à un contrat en cours.`,
    source: {
      texte: `Loi n°${NBSP}2025-594 du 30${NBSP}juin 2025${FINE}; Code de la consommation`,
      article: `art.${NBSP}L223-1`,
    },
  },
  {
    id: 'fr-telephone-sanctions',
    pays: 'FR',
    canaux: ['telephone'],
    cibles: ['consommateur'],
    condition: 'sanction',
    portee: 'loi',
    libelle: `Un manquement aux règles du démarchage téléphonique est puni d’une amende administrative pouvant atteindre 75${NBSP}000${NBSP}€ pour une personne physique et 375${NBSP}000${NBSP}€ pour une personne morale.`,
    source: { texte: 'Code de la consommation', article: `art.${NBSP}L242-16` },
  },
  {
    id: 'fr-horaires',
    pays: 'FR',
    canaux: ['telephone'],
    cibles: ['consommateur'],
    condition: 'horaires',
    portee: 'loi',
    controle: 'horaires',
    du: '2023-03-01',
    libelle: `Les appels de prospection n’ont lieu que du lundi au vendredi, de 10${NBSP}h à 13${NBSP}h et de 14${NBSP}h à 20${NBSP}h, jamais un jour férié.`,
    source: {
      texte: `Décret n°${NBSP}2022-1313 du 13${NBSP}octobre 2022`,
      article: `C. consom., art.${NBSP}D223-8`,
    },
  },
  {
    id: 'fr-frequence',
    pays: 'FR',
    canaux: ['telephone'],
    cibles: ['consommateur'],
    condition: 'frequence',
    portee: 'loi',
    controle: 'frequence',
    du: '2023-03-01',
    libelle: `Au plus 4${NBSP}appels de prospection en 30${NBSP}jours à la même personne.`,
    source: {
      texte: `Décret n°${NBSP}2022-1313 du 13${NBSP}octobre 2022`,
      article: `C. consom., art.${NBSP}D223-9`,
    },
  },
  {
    id: 'fr-refus',
    pays: 'FR',
    canaux: ['telephone'],
    cibles: ['consommateur'],
    condition: 'delai-apres-refus',
    portee: 'loi',
    controle: 'delai-apres-refus',
    du: '2023-03-01',
    libelle: `Après un refus, aucun nouvel appel pendant 60${NBSP}jours.`,
    source: {
      texte: `Décret n°${NBSP}2022-1313 du 13${NBSP}octobre 2022`,
      article: `C. consom., art.${NBSP}D223-9`,
    },
  },
  {
    id: 'fr-renovation-energetique',
    pays: 'FR',
    canaux: ['telephone', 'sms', 'email', 'automate', 'porte-a-porte'],
    cibles: TOUTES,
    condition: 'interdiction',
    portee: 'loi',
    controle: 'renovation-energetique',
    du: '2025-07-02',
    libelle:
      'Toute prospection pour des travaux de rénovation énergétique est interdite, quel que soit le canal.',
    source: { texte: `Loi n°${NBSP}2025-594 du 30${NBSP}juin 2025` },
  },
  {
    id: 'fr-courrier',
    pays: 'FR',
    canaux: ['courrier'],
    cibles: TOUTES,
    condition: 'libre',
    portee: 'loi',
    libelle:
      'Le courrier postal de prospection est permis sans accord préalable, tant que la personne ne s’y est pas opposée.',
    source: { texte: 'RGPD', article: `art.${NBSP}21` },
  },
  {
    id: 'fr-hors-etablissement',
    pays: 'FR',
    canaux: ['visite', 'porte-a-porte'],
    cibles: ['consommateur'],
    condition: 'retractation',
    portee: 'loi',
    libelle: `Un contrat signé lors d’une visite chez un consommateur se rétracte pendant 14${NBSP}jours, et aucun paiement n’est exigé avant 7${NBSP}jours.`,
    source: { texte: 'Code de la consommation', article: `art.${NBSP}L221-10 et L221-18` },
  },
  {
    id: 'fr-visite-professionnel',
    pays: 'FR',
    canaux: ['visite', 'porte-a-porte', 'telephone'],
    cibles: ['professionnel'],
    condition: 'libre',
    portee: 'loi',
    libelle:
      'Démarcher un professionnel pour son activité (visite, appel) n’obéit pas aux règles protégeant les consommateurs ; son opposition reste à respecter.',
    precision: 'Un indépendant qui achète pour son activité est un professionnel.',
    source: { texte: 'Code de la consommation, article liminaire' },
  },

  // ── Maroc ──
  {
    id: 'ma-opposition',
    pays: 'MA',
    canaux: TOUS,
    cibles: TOUTES,
    condition: 'opposition',
    portee: 'loi',
    controle: 'opposition',
    libelle:
      'Une personne qui s’est opposée à la prospection n’est plus sollicitée, par aucun canal.',
    precision: 'L’opposition à la prospection est gratuite et n’a pas à être motivée.',
    source: { texte: 'Loi n°\u00a009-08', article: `art.${NBSP}9` },
  },
  {
    id: 'ma-declaration',
    pays: 'MA',
    canaux: TOUS,
    cibles: TOUTES,
    condition: 'declaration',
    portee: 'loi',
    prealable: true,
    libelle:
      'Le fichier de prospects est déclaré à la CNDP (ou autorisé par elle) avant tout traitement.',
    precision:
      'CNDP : Commission nationale de contrôle de la protection des données à caractère personnel.',
    source: { texte: 'Loi n°\u00a009-08', article: `art.${NBSP}12` },
  },
  {
    id: 'ma-email',
    pays: 'MA',
    canaux: ['email', 'sms', 'automate'],
    cibles: TOUTES,
    condition: 'consentement',
    portee: 'loi',
    controle: 'consentement-personne-physique',
    libelle:
      'Un e-mail, un SMS ou un appel automatisé de prospection adressé à une personne physique suppose son consentement préalable, y compris entre professionnels.',
    precision:
      'Exception : un client déjà acquis, pour des produits analogues, s’il peut s’y opposer. Une adresse générique d’entreprise (contact@, achats@) n’est pas celle d’une personne physique.',
    source: { texte: 'Loi n°\u00a009-08', article: `art.${NBSP}10` },
  },
  {
    id: 'ma-sanctions',
    pays: 'MA',
    canaux: TOUS,
    cibles: TOUTES,
    condition: 'sanction',
    portee: 'loi',
    libelle: `Prospecter une personne malgré son opposition, ou sans le consentement exigé, est puni de 3${NBSP}mois à 1${NBSP}an d’emprisonnement et de 20${NBSP}000 à 200${NBSP}000${NBSP}DH d’amende.`,
    source: { texte: 'Loi n°\u00a009-08', article: `art.${NBSP}59` },
  },
  {
    id: 'ma-conservation',
    pays: 'MA',
    canaux: TOUS,
    cibles: TOUTES,
    condition: 'conservation',
    portee: 'silence',
    libelle:
      'Les données ne sont gardées que le temps nécessaire au but annoncé ; la loi marocaine ne fixe pas de durée chiffrée.',
    source: { texte: 'Loi n°\u00a009-08', article: `art.${NBSP}3` },
  },
  {
    id: 'ma-telephone',
    pays: 'MA',
    canaux: ['telephone'],
    cibles: TOUTES,
    condition: 'libre',
    portee: 'silence',
    libelle:
      'La loi marocaine ne fixe ni horaires d’appel, ni nombre maximal d’appels, ni liste nationale d’opposition : l’appel par une personne est permis, sauf opposition.',
    source: { texte: 'Loi n°\u00a009-08', article: `art.${NBSP}9 et 10` },
  },
  {
    id: 'ma-courrier',
    pays: 'MA',
    canaux: ['courrier', 'visite'],
    cibles: TOUTES,
    condition: 'libre',
    portee: 'loi',
    libelle:
      'Le courrier postal et la visite de prospection sont permis sans accord préalable, tant que la personne ne s’y est pas opposée.',
    source: { texte: 'Loi n°\u00a009-08', article: `art.${NBSP}9` },
  },
  {
    id: 'ma-demarchage',
    pays: 'MA',
    canaux: ['visite', 'porte-a-porte'],
    cibles: ['consommateur'],
    condition: 'retractation',
    portee: 'loi',
    libelle: `Un contrat conclu par démarchage chez un consommateur est écrit, et le consommateur peut se rétracter pendant 7${NBSP}jours.`,
    source: {
      texte: 'Loi n°\u00a031-08 édictant des mesures de protection du consommateur',
      article: `art.${NBSP}45 à 53`,
    },
  },
];
