/**
 * The prospect record shared by the datasets (prospects.csv), the stores and every chapter
 * (quality, requests, scoring, RGPD). Course vocabulary: a « suspect » is a contact not yet
 * qualified; once qualified it becomes a prospect (froid, tiède, chaud), then a client.
 * Conventions: dates are ISO `yyyy-mm-dd` strings (no time zone surprises), amounts are HT,
 * an absent value is `undefined` (or an empty string for raw imported text, which the
 * quality functions treat as missing). Booleans are real booleans, never « oui » / « non ».
 */

/** B2B: a company (raison sociale); B2C: a private person. */
export type TypeProspect = 'B2B' | 'B2C';

/** Country of the contact: the rules (Bloctel, CNIL / loi 09-08) and number formats depend on it. */
export type Pays = 'FR' | 'MA';

/** Whom the law protects in a row: a consumer (buying for private needs) or a professional acting for their business. */
export type NatureProspect = 'consommateur' | 'professionnel';

/** Qualification stage of a contact, from the unqualified suspect to the hot prospect. */
export type Temperature = 'suspect' | 'froid' | 'tiede' | 'chaud';

/** Where the contact comes from: internal sources first, then external ones (course chapter 5). */
export type SourceProspect =
  | 'force-de-vente'
  | 'marketing'
  | 'comptabilite'
  | 'annuaire'
  | 'fichier-achete'
  | 'salon'
  | 'site-web'
  | 'parrainage'
  | 'reseau-social';

/** The sources the course calls internal (already in the company). */
export const SOURCES_INTERNES: readonly SourceProspect[] = [
  'force-de-vente',
  'marketing',
  'comptabilite',
];

/** The sources the course calls external (bought, collected or met outside). */
export const SOURCES_EXTERNES: readonly SourceProspect[] = [
  'annuaire',
  'fichier-achete',
  'salon',
  'site-web',
  'parrainage',
  'reseau-social',
];

/** Size band of a B2B target (TPE < 10 employees, PME < 250, ETI < 5 000, GE beyond). */
export type TailleEntreprise = 'TPE' | 'PME' | 'ETI' | 'GE';

/** One row of a prospect file. */
export interface Prospect {
  /** Stable row id (« P0001 »), unique within a file. */
  id: string;
  /** Company name (B2B). */
  raisonSociale?: string;
  /** Last name of the contact person (B2C, or the B2B interlocutor). */
  nom?: string;
  /** First name of the contact person. */
  prenom?: string;
  type: TypeProspect;
  /** Activity sector (« agroalimentaire », « cosmétique », « particulier » …). */
  secteur: string;
  /** Size band (B2B); absent for individuals. */
  taille?: TailleEntreprise;
  /** Annual turnover HT in the dataset's currency (B2B). */
  chiffreAffaires?: number;
  /** Job title of the contact (« Responsable achats », « Étudiant » …). */
  fonction: string;
  /** Age in years (B2C). */
  age?: number;
  ville: string;
  codePostal: string;
  pays: Pays;
  /** Phone as typed in the file (may be malformed or empty: the quality report checks it). */
  telephone: string;
  /** E-mail as typed in the file (may be malformed or empty). */
  email: string;
  source: SourceProspect;
  /** Date the contact entered the file (ISO yyyy-mm-dd). */
  dateCollecte: string;
  /** Date of the last exchange with the contact (ISO yyyy-mm-dd); the 3-year retention clock starts here. */
  dateDernierContact: string;
  /** Prior consent to commercial e-mail / SMS (opt-in), required in B2C. */
  consentementEmail: boolean;
  /** The person objected to prospecting: no campaign may target them. */
  opposition: boolean;
  /** Phone number registered on Bloctel (FR consumers): no cold call allowed. */
  bloctel: boolean;
  temperature: Temperature;
  /** Number of marketing e-mails opened. */
  ouvertures: number;
  /** Number of clicks in those e-mails. */
  clics: number;
  /** Number of visits to the company's website. */
  visitesSite: number;
  /** The contact asked for a quote. */
  demandeDevis: boolean;
  /** Outcome of the past campaign: became a client (used to backtest a scoring grid). */
  converti: boolean;
  /** Date of the last refusal on the phone, if any (ISO); no new call within 60 days of it. */
  dateRefus?: string;
  /** Consumer or professional acting for their business (a self-employed person buying for their work is a professional); absent: from `type`. */
  nature?: NatureProspect;
  /** Prior consent to phone prospecting, recorded (required for French consumers from 2026-08-11); absent: no consent. */
  consentementTelephone?: boolean;
  /** Date that consent was given (ISO): without it, the consent cannot be proved. */
  dateConsentementTelephone?: string;
  /** How that consent was obtained (« formulaire du site, case non pré-cochée »…). */
  origineConsentementTelephone?: string;
}

/** The fields of a prospect, for generic code (requests, column mapping, missing-field checks). */
export type ChampProspect = keyof Prospect;

/** Every field name in file order: the column order of prospects.csv. */
export const CHAMPS_PROSPECT: readonly ChampProspect[] = [
  'id',
  'raisonSociale',
  'nom',
  'prenom',
  'type',
  'secteur',
  'taille',
  'chiffreAffaires',
  'fonction',
  'age',
  'ville',
  'codePostal',
  'pays',
  'telephone',
  'email',
  'source',
  'dateCollecte',
  'dateDernierContact',
  'consentementEmail',
  'opposition',
  'bloctel',
  'temperature',
  'ouvertures',
  'clics',
  'visitesSite',
  'demandeDevis',
  'converti',
  'dateRefus',
  'nature',
  'consentementTelephone',
  'dateConsentementTelephone',
  'origineConsentementTelephone',
];

/** French label of each field, for column headers, the query builder and its descriptions. */
export const LIBELLES_PROSPECT: Readonly<Record<ChampProspect, string>> = {
  id: 'identifiant',
  raisonSociale: 'raison sociale',
  nom: 'nom',
  prenom: 'prénom',
  type: 'type',
  secteur: 'secteur',
  taille: 'taille',
  chiffreAffaires: 'chiffre d’affaires',
  fonction: 'fonction',
  age: 'âge',
  ville: 'ville',
  codePostal: 'code postal',
  pays: 'pays',
  telephone: 'téléphone',
  email: 'e-mail',
  source: 'source',
  dateCollecte: 'date de collecte',
  dateDernierContact: 'date du dernier contact',
  consentementEmail: 'consentement e-mail',
  opposition: 'opposition',
  bloctel: 'inscrit sur Bloctel',
  temperature: 'température',
  ouvertures: 'ouvertures',
  clics: 'clics',
  visitesSite: 'visites du site',
  demandeDevis: 'demande de devis',
  converti: 'converti',
  dateRefus: 'date du refus',
  nature: 'nature',
  consentementTelephone: 'consentement téléphone',
  dateConsentementTelephone: 'date du consentement téléphone',
  origineConsentementTelephone: 'recueil du consentement téléphone',
};

/** Display name of a prospect: the company for B2B, « Prénom Nom » otherwise. */
export function nomAffiche({
  prospect,
}: {
  prospect: Pick<Prospect, 'raisonSociale' | 'nom' | 'prenom' | 'type'>;
}): string {
  if (prospect.type === 'B2B' && prospect.raisonSociale) return prospect.raisonSociale;
  const personne = [prospect.prenom, prospect.nom].filter((x) => x && x.trim() !== '').join(' ');
  return personne || prospect.raisonSociale || '';
}
