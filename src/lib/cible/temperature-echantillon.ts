/**
 * A sample of contacts to classify by hand (course chapter 3, island « Température »).
 * Why stratified: a file is mostly suspects and cold prospects, so a plain random draw of a
 * dozen rows often holds no hot prospect and no client, and teaches nothing about them. The
 * rows are classified by the rule (temperature.ts), each stage is shuffled with the seed, and
 * the stages are drawn in turn (suspect, froid, tiède, chaud, client, then again) until the
 * sample is full or the file exhausted; the sample is then shuffled so its order gives nothing
 * away. Same rows, date and seed → same sample, in Node and in the browser (aleatoire.ts).
 * Rows the rule cannot read (a negative count in an imported file) are left out and counted; so are
 * the people who objected to prospecting, who have no temperature at all.
 */
import { creerAleatoire, type Aleatoire } from '../commun/aleatoire.ts';
import {
  classerContact,
  REGLES_TEMPERATURE,
  STADES,
  type ClassementContact,
  type ReglesTemperature,
  type SignauxContact,
  type Stade,
} from './temperature.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';

/** A contact of the sample with the rule's verdict. */
export interface ContactClasse<P> {
  contact: P;
  classement: ClassementContact;
}

/** A drawn sample and what the draw saw of the file. */
export interface Echantillon<P> {
  contacts: ContactClasse<P>[];
  /** Rows per stage in the whole file, by the rule. */
  repartition: Record<Stade, number>;
  /** Rows left out because a signal was unreadable. */
  ecartes: number;
  /** Rows left out because the person objected to prospecting. */
  opposes: number;
}

/** Size of the sample the island shows. */
export const TAILLE_ECHANTILLON = 12;

function melanger<T>(alea: Aleatoire, liste: T[]): T[] {
  // Fisher–Yates: every order equally likely, in place.
  for (let i = liste.length - 1; i > 0; i--) {
    const j = Math.floor(alea() * (i + 1));
    [liste[i], liste[j]] = [liste[j], liste[i]];
  }
  return liste;
}

/** The rule's own settings: a fault there is the caller's, not one contact's, and stops the draw. */
const CHAMPS_DES_REGLES = new Set(['dateReference', 'joursFraicheur', 'visitesTiede']);

/** Every contact classified, grouped by stage; opposed and unreadable contacts are counted apart. */
function classerParStade<P extends SignauxContact>(
  prospects: readonly P[],
  dateReference: string,
  regles: ReglesTemperature,
): Resultat<{ groupes: Record<Stade, ContactClasse<P>[]>; ecartes: number; opposes: number }> {
  const groupes: Record<Stade, ContactClasse<P>[]> = {
    suspect: [],
    froid: [],
    tiede: [],
    chaud: [],
    client: [],
  };
  let ecartes = 0,
    opposes = 0;
  for (const contact of prospects) {
    const c = classerContact({ contact, dateReference, regles });
    if (c.ok) groupes[c.valeur.stade].push({ contact, classement: c.valeur });
    else if (c.erreur.champ === 'opposition') opposes++;
    else if (CHAMPS_DES_REGLES.has(c.erreur.champ ?? '')) return c;
    else ecartes++;
  }
  return ok({ groupes, ecartes, opposes });
}

/** One contact of each stage in turn, until `taille` or every stage is exhausted (a small file). */
function tourATour<P extends SignauxContact>(
  groupes: Record<Stade, ContactClasse<P>[]>,
  taille: number,
): ContactClasse<P>[] {
  const contacts: ContactClasse<P>[] = [];
  const places = Object.fromEntries(STADES.map((s) => [s, 0])) as Record<Stade, number>;
  while (contacts.length < taille) {
    const avant = contacts.length;
    for (const s of STADES) {
      if (contacts.length < taille && places[s] < groupes[s].length)
        contacts.push(groupes[s][places[s]++]);
    }
    if (contacts.length === avant) break;
  }
  return contacts;
}

/** Draws a stratified sample of `taille` contacts from a file, with each one's stage and reason. */
export function echantillonContacts<P extends SignauxContact>({
  prospects,
  dateReference,
  graine,
  taille = TAILLE_ECHANTILLON,
  regles = REGLES_TEMPERATURE,
}: {
  prospects: readonly P[];
  dateReference: string;
  graine: string | number;
  taille?: number;
  regles?: ReglesTemperature;
}): Resultat<Echantillon<P>> {
  if (!Array.isArray(prospects)) return echec('Le fichier de prospects est absent.', 'prospects');
  if (!Number.isInteger(taille) || taille < 1)
    return echec('La taille de l’échantillon doit être un nombre entier d’au moins 1.', 'taille');
  const classes = classerParStade(prospects, dateReference, regles);
  if (!classes.ok) return classes;
  const { groupes, ecartes, opposes } = classes.valeur;
  const repartition = Object.fromEntries(STADES.map((s) => [s, groupes[s].length])) as Record<
    Stade,
    number
  >;
  const alea = creerAleatoire(`temperature:${graine}`);
  for (const s of STADES) melanger(alea, groupes[s]);
  const contacts = tourATour(groupes, taille);
  return ok({ contacts: melanger(alea, contacts), repartition, ecartes, opposes });
}
