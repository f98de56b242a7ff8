/**
 * Planning the prospecting (course chapter 8; seed 000 « Préparer la prospection »: an annual plan
 * month by month, tasks put in order to avoid errors and delays; seed 002 §4.1.4–4.1.5: time
 * needed versus time available, visit and travel time).
 * Conventions:
 * - jours ouvrés = Monday to Friday, minus the public holidays given (French ones by default:
 *   the 11 national holidays, Easter Monday, Ascension and Whit Monday computed from Easter;
 *   Alsace-Moselle adds Good Friday and 26 December); Moroccan ones with `feries: 'maroc'`
 *   (feries-maroc.ts: the lunar ones are estimated, Morocco announces them each year), or any
 *   list of dates (the official Moroccan announcements, regional holidays);
 * - a visit costs its own duration plus one average trip; admin time is taken once per day;
 *   visits per day are rounded DOWN (half a visit is not made), people needed rounded UP
 *   (capacite.ts);
 * - an action's workload is spread over its months in proportion to their working days
 *   (the annual plan, plan-annuel.ts).
 */
import { commerciauxNecessaires } from './capacite.ts';
import {
  composantes,
  isoDepuisDate,
  isoDepuisJour,
  jourDePaques,
  jourDepuisISO,
  jourDeSemaine,
} from '../commun/dates.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { joursFeriesMaroc } from './feries-maroc.ts';
import { estFini } from '../commun/nombres.ts';

/** A public holiday. */
export interface JourFerie {
  date: string;
  nom: string;
}

/** French public holidays of a year, in date order. */
export function joursFeries({
  annee,
  alsaceMoselle = false,
}: {
  annee: number;
  alsaceMoselle?: boolean;
}): Resultat<JourFerie[]> {
  if (!Number.isInteger(annee) || annee < 1900 || annee > 2200)
    return echec('L’année doit être un entier entre 1900 et 2200.', 'annee');
  const paques = jourDePaques(annee);
  const liste: JourFerie[] = [
    { date: isoDepuisDate(annee, 1, 1), nom: 'Jour de l’an' },
    { date: isoDepuisJour(paques + 1), nom: 'Lundi de Pâques' },
    { date: isoDepuisDate(annee, 5, 1), nom: 'Fête du Travail' },
    { date: isoDepuisDate(annee, 5, 8), nom: 'Victoire 1945' },
    { date: isoDepuisJour(paques + 39), nom: 'Ascension' },
    { date: isoDepuisJour(paques + 50), nom: 'Lundi de Pentecôte' },
    { date: isoDepuisDate(annee, 7, 14), nom: 'Fête nationale' },
    { date: isoDepuisDate(annee, 8, 15), nom: 'Assomption' },
    { date: isoDepuisDate(annee, 11, 1), nom: 'Toussaint' },
    { date: isoDepuisDate(annee, 11, 11), nom: 'Armistice 1918' },
    { date: isoDepuisDate(annee, 12, 25), nom: 'Noël' },
  ];
  if (alsaceMoselle)
    liste.push(
      { date: isoDepuisJour(paques - 2), nom: 'Vendredi saint' },
      { date: isoDepuisDate(annee, 12, 26), nom: 'Saint-Étienne' },
    );
  return ok(liste.sort((a, b) => a.date.localeCompare(b.date)));
}

/** Holidays to skip: French or Moroccan ones (computed for each year of the period), none, or a list of ISO dates. */
export type Feries = 'france' | 'maroc' | 'aucun' | readonly string[];

/** The holidays of a period as day numbers (also used by the annual plan, plan-annuel.ts). */
export function ensembleFeries(feries: Feries, debut: number, fin: number): Resultat<Set<number>> {
  const s = new Set<number>();
  if (feries === 'aucun') return ok(s);
  if (feries === 'france' || feries === 'maroc') {
    for (let a = composantes(debut).annee; a <= composantes(fin).annee; a++) {
      const l = feries === 'france' ? joursFeries({ annee: a }) : joursFeriesMaroc({ annee: a });
      if (!l.ok) return l;
      for (const f of l.valeur) s.add(jourDepuisISO(f.date) as number);
    }
    return ok(s);
  }
  for (const f of feries) {
    const j = jourDepuisISO(f);
    if (j === null)
      return echec(
        `Le jour férié «\u00a0${f}\u00a0» n’est pas une date valide (aaaa-mm-jj).`,
        'feries',
      );
    s.add(j);
  }
  return ok(s);
}

/** Working days between two dates (both included): calendar days, weekend days, holidays on weekdays, jours ouvrés. */
export function joursOuvres({
  debut,
  fin,
  feries = 'france',
}: {
  debut: string;
  fin: string;
  feries?: Feries;
}): Resultat<{ calendaires: number; weekEnds: number; feries: number; ouvres: number }> {
  const d = jourDepuisISO(debut),
    f = jourDepuisISO(fin);
  if (d === null) return echec('La date de début n’est pas une date valide (aaaa-mm-jj).', 'debut');
  if (f === null) return echec('La date de fin n’est pas une date valide (aaaa-mm-jj).', 'fin');
  if (f < d) return echec('La date de fin précède la date de début.', 'fin');
  if (f - d > 366 * 20) return echec('La période dépasse vingt ans.', 'fin');
  const s = ensembleFeries(feries, d, f);
  if (!s.ok) return s;
  let weekEnds = 0,
    nbFeries = 0;
  for (let j = d; j <= f; j++) {
    if (jourDeSemaine(j) >= 5) weekEnds++;
    else if (s.valeur.has(j)) nbFeries++;
  }
  const calendaires = f - d + 1;
  return ok({ calendaires, weekEnds, feries: nbFeries, ouvres: calendaires - weekEnds - nbFeries });
}

/**
 * Prospecting days a week from a company's card: working days × share of time spent prospecting,
 * to the HALF DAY (the smallest slot a round of visits is planned in), at least half a day.
 */
export const joursDeProspectionParSemaine = (f: {
  joursParSemaine: number;
  partTempsProspection: number;
}): number => Math.round(f.joursParSemaine * f.partTempsProspection * 2) / 2 || 0.5;

/** Admin minutes a working day from a company's card: its hours a week spread over its days. */
export const tempsAdministratifParJour = (f: {
  tempsAdministratifHeuresParSemaine: number;
  joursParSemaine: number;
}): number => Math.round((f.tempsAdministratifHeuresParSemaine * 60) / f.joursParSemaine);

/** Visits one salesperson can make: per day (rounded down) and over `jours` working days. */
export function capaciteDeVisites({
  minutesParJour,
  dureeVisite,
  dureeTrajet,
  tempsAdministratif = 0,
  jours,
}: {
  /** Working time per day, in minutes (7 h = 420). */ minutesParJour: number;
  /** Average visit length, in minutes. */ dureeVisite: number;
  /** Average travel time to reach one visit, in minutes. */ dureeTrajet: number;
  /** Admin time per day (reports, CRM, appointments), in minutes. */ tempsAdministratif?: number;
  /** Working days available for visits. */ jours: number;
}): Resultat<{
  minutesParVisite: number;
  visitesParJour: number;
  visitesPossibles: number;
  minutesInutilisees: number;
}> {
  for (const [champ, v, nom] of [
    ['minutesParJour', minutesParJour, 'Le temps de travail par jour'],
    ['dureeVisite', dureeVisite, 'La durée d’une visite'],
    ['dureeTrajet', dureeTrajet, 'Le temps de trajet'],
    ['tempsAdministratif', tempsAdministratif, 'Le temps administratif'],
    ['jours', jours, 'Le nombre de jours'],
  ] as const) {
    if (!estFini(v) || v < 0) return echec(`${nom} doit être un nombre positif ou nul.`, champ);
  }
  if (minutesParJour > 24 * 60)
    return echec(
      'Le temps de travail par jour ne peut pas dépasser 24\u00a0heures (1\u202f440\u00a0minutes).',
      'minutesParJour',
    );
  const minutesParVisite = dureeVisite + dureeTrajet;
  if (minutesParVisite <= 0)
    return echec(
      'Une visite doit durer quelque chose\u202f: durée de visite et trajet sont nuls.',
      'dureeVisite',
    );
  const libre = Math.max(0, minutesParJour - tempsAdministratif);
  const visitesParJour = Math.floor(libre / minutesParVisite + 1e-9);
  return ok({
    minutesParVisite,
    visitesParJour,
    visitesPossibles: visitesParJour * jours,
    minutesInutilisees: libre - visitesParJour * minutesParVisite,
  });
}

/** Visits needed versus visits possible: gap, coverage rate, and salespeople needed (rounded up). */
export function bilanDeCapacite({
  visitesNecessaires,
  visitesPossiblesParCommercial,
  commerciaux = 1,
}: {
  visitesNecessaires: number;
  visitesPossiblesParCommercial: number;
  commerciaux?: number;
}): Resultat<{
  visitesPossibles: number;
  ecart: number;
  tauxDeCouverture: number | null;
  suffisant: boolean;
  commerciauxNecessaires: number;
}> {
  if (!estFini(visitesNecessaires) || visitesNecessaires < 0)
    return echec(
      'Le nombre de visites nécessaires doit être positif ou nul.',
      'visitesNecessaires',
    );
  if (!Number.isInteger(commerciaux) || commerciaux < 0)
    return echec('Le nombre de commerciaux doit être un entier positif ou nul.', 'commerciaux');
  const besoin = commerciauxNecessaires({
    visitesAFaire: visitesNecessaires,
    visitesParCommercial: visitesPossiblesParCommercial,
  });
  if (!besoin.ok) return echec(besoin.erreur.message, 'visitesPossiblesParCommercial');
  const visitesPossibles = visitesPossiblesParCommercial * commerciaux;
  return ok({
    visitesPossibles,
    ecart: visitesPossibles - visitesNecessaires,
    tauxDeCouverture: visitesNecessaires > 0 ? visitesPossibles / visitesNecessaires : null,
    suffisant: visitesPossibles >= visitesNecessaires,
    commerciauxNecessaires: besoin.valeur,
  });
}
