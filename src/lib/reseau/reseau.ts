/**
 * The map of a professional network (course chapter 12, seed 002 § 5.2). The course sorts contacts
 * into four networks: personnel (relatives and acquaintances), vertical (suppliers and customers
 * up and down the value chain), horizontal (peers in other firms at the same level), transversal
 * (associations, clubs, CCI, other sectors).
 * Conventions chosen here: the strength of a link is 1 (faible), 2 (moyen) or 3 (fort); a contact
 * « not seen for more than 6 months » is one whose last exchange falls strictly before the same
 * day six calendar months earlier (31 August → 28 or 29 February); a contact with no date is
 * counted apart, as « date inconnue », never as recent. Dates are ISO `yyyy-mm-dd`.
 */
import { jourDepuisISO } from '../commun/dates.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';

/** The four networks of the course, in the order the map draws them. */
export const CATEGORIES_RESEAU = ['personnel', 'vertical', 'horizontal', 'transversal'] as const;
/** One of the four networks. */
export type CategorieReseau = (typeof CATEGORIES_RESEAU)[number];
/** Strength of a link: 1 faible, 2 moyen, 3 fort. */
export type ForceLien = 1 | 2 | 3;

/** Who belongs to each network, in a few words (the ids are already the French names). */
export const MEMBRES_CATEGORIES: Readonly<Record<CategorieReseau, string>> = {
  personnel: 'famille, amis, anciens camarades, club de sport',
  vertical: 'fournisseurs, sous-traitants, clients, distributeurs',
  horizontal: 'commerciaux d’autres entreprises, au même niveau de la chaîne',
  transversal: 'associations, clubs d’affaires, CCI, collectivités, écoles',
};
/** French label of each strength. */
export const LIBELLES_FORCE: Readonly<Record<ForceLien, string>> = {
  1: 'faible',
  2: 'moyen',
  3: 'fort',
};

/** A contact of the learner's network. */
export interface Contact {
  /** Stable id (given by the store). */ id: string;
  /** Name as typed (any text: rendered as text, never as HTML). */ nom: string;
  /** Which of the four networks. */ categorie: CategorieReseau;
  /** Job or link (« acheteuse », « ancien camarade de BTS »); may be empty. */ role: string;
  /** Company or body; may be empty. */ organisation: string;
  /** Strength of the link. */ force: ForceLien;
  /** Last exchange, ISO `yyyy-mm-dd`, or '' when unknown. */ dernierEchange: string;
}

/** A contact as typed in the form, before validation (the strength arrives as text from a select). */
export interface SaisieContact {
  nom: string;
  categorie: string;
  role: string;
  organisation: string;
  force: string | number;
  dernierEchange: string;
}
/** Names of the form's fields. */
export type ChampContact = keyof SaisieContact;

/** Longest name, role or organisation accepted (a map label, not a biography). */
export const LONGUEUR_MAX = 80;
/** Most contacts a map holds: the layout guarantees no overlap up to this count. */
export const CONTACTS_MAX = 40;

const tropLong = (texte: string): boolean => texte.trim().length > LONGUEUR_MAX;
/** 1, 2 or 3, typed (an empty field is not 0). */
const forceValide = (force: SaisieContact['force']): boolean =>
  [1, 2, 3].includes(Number(force)) && String(force).trim() !== '';

/** Every French error of a typed contact, by field (empty when the contact is valid). */
export function erreursContact({
  saisie,
  aujourdhui,
}: {
  saisie: SaisieContact;
  aujourdhui: string;
}): Partial<Record<ChampContact, string>> {
  const e: Partial<Record<ChampContact, string>> = {};
  const nom = saisie.nom.trim();
  if (nom === '') e.nom = 'Le nom du contact est obligatoire.';
  else if (nom.length > LONGUEUR_MAX)
    e.nom = `Le nom du contact ne doit pas dépasser ${LONGUEUR_MAX}\u00a0caractères.`;
  if (!(CATEGORIES_RESEAU as readonly string[]).includes(saisie.categorie))
    e.categorie =
      'Choisissez le réseau du contact\u202f: personnel, vertical, horizontal ou transversal.';
  if (tropLong(saisie.role))
    e.role = `Le rôle ne doit pas dépasser ${LONGUEUR_MAX}\u00a0caractères.`;
  if (tropLong(saisie.organisation))
    e.organisation = `L’organisation ne doit pas dépasser ${LONGUEUR_MAX}\u00a0caractères.`;
  if (!forceValide(saisie.force))
    e.force = 'La force du lien doit être 1 (faible), 2 (moyen) ou 3 (fort).';
  const date = erreurDate(saisie.dernierEchange.trim(), aujourdhui);
  if (date) e.dernierEchange = date;
  return e;
}

/** The last exchange is optional; typed, it must be a real day, today or before. */
function erreurDate(date: string, aujourdhui: string): string | undefined {
  if (date === '') return undefined;
  const jour = jourDepuisISO(date),
    limite = jourDepuisISO(aujourdhui);
  if (jour === null)
    return 'La date du dernier échange n’est pas une date valide (jour, mois, année).';
  if (limite !== null && jour > limite)
    return 'La date du dernier échange ne peut pas être dans le futur.';
  return undefined;
}

/** Checks a typed contact; the first fault found is the error. */
export function validerContact({
  saisie,
  aujourdhui,
}: {
  saisie: SaisieContact;
  aujourdhui: string;
}): Resultat<Omit<Contact, 'id'>> {
  const erreurs = erreursContact({ saisie, aujourdhui });
  const champ = (Object.keys(erreurs) as ChampContact[])[0];
  if (champ !== undefined) return echec(erreurs[champ] as string, champ);
  return ok({
    nom: saisie.nom.trim(),
    categorie: saisie.categorie as CategorieReseau,
    role: saisie.role.trim(),
    organisation: saisie.organisation.trim(),
    force: Number(saisie.force) as ForceLien,
    dernierEchange: saisie.dernierEchange.trim(),
  });
}

/** The day number six calendar months before an ISO date (the end of month is clamped), or null. */
export function jourSixMoisAvant({ date }: { date: string }): number | null {
  const jour = jourDepuisISO(date);
  if (jour === null) return null;
  const [a, m, j] = date.trim().split('-').map(Number);
  const mois = m - 1 - 6;
  const dernier = new Date(Date.UTC(a, mois + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(a, mois, Math.min(j, dernier)) / 86_400_000);
}

/** Whether a contact was last seen more than six months before `aujourdhui` (false when the date is unknown). */
export function estPerduDeVue({
  contact,
  aujourdhui,
}: {
  contact: Contact;
  aujourdhui: string;
}): boolean {
  const jour = jourDepuisISO(contact.dernierEchange),
    limite = jourSixMoisAvant({ date: aujourdhui });
  return jour !== null && limite !== null && jour < limite;
}

/** Number of contacts per network. */
export function comptesParCategorie({
  contacts,
}: {
  contacts: readonly Contact[];
}): Record<CategorieReseau, number> {
  const comptes = { personnel: 0, vertical: 0, horizontal: 0, transversal: 0 };
  for (const c of contacts) comptes[c.categorie] += 1;
  return comptes;
}
