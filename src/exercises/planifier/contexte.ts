/**
 * The sales teams and working days the « Planifier » problems draw from: a day of 7 to 9 hours
 * in half hours, admin time in quarter hours, visits and travel in 5-minute steps, as a sales
 * manager would estimate them. Convention of the chapter: 52 weeks minus the holidays and one
 * week of public holidays give the weeks worked.
 */
import { type Aleatoire, choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { montantRond } from '../generateur.ts';

/** A fictional company of chapter 8 and a salesperson’s typical day. */
export interface Journee {
  /** Name and activity, ready to start a sentence. */
  presentation: string;
  /** Short name for the following sentences. */
  nom: string;
  /** Working time per day, in minutes. */
  minutesParJour: number;
  /** Admin time per day, in minutes. */
  tempsAdministratif: number;
  /** Average visit length, in minutes. */
  dureeVisite: number;
  /** Average travel time to a visit, in minutes. */
  dureeTrajet: number;
}

const ENTREPRISES: readonly { nom: string; presentation: string }[] = [
  {
    nom: 'Agri-Pièces',
    presentation: 'Agri-Pièces, distributeur de pièces agricoles dans la Marne,',
  },
  { nom: 'Office Pro', presentation: 'Office Pro, loueur de photocopieurs à Bordeaux,' },
  { nom: 'Saveurs du Souss', presentation: 'Saveurs du Souss, grossiste alimentaire d’Agadir,' },
  { nom: 'Sécurimax', presentation: 'Sécurimax, installateur d’alarmes pour commerces à Lyon,' },
];

/** Draws a company and a working day (two to seven visits fit in a day). */
export function journeeAuHasard(alea: Aleatoire): Journee {
  return {
    ...choisir(alea, ENTREPRISES),
    minutesParJour: montantRond(alea, { min: 420, max: 540, pas: 30 }),
    tempsAdministratif: montantRond(alea, { min: 30, max: 90, pas: 15 }),
    dureeVisite: montantRond(alea, { min: 45, max: 90, pas: 5 }),
    dureeTrajet: montantRond(alea, { min: 20, max: 60, pas: 5 }),
  };
}

/** Weeks of holidays (4 to 6), to subtract from 52 with one week of public holidays. */
export function semainesDeConges(alea: Aleatoire): number {
  return entierEntre(alea, 4, 6);
}

/** A duration in minutes written as the course does (« 8 h », « 7 h 30 »). */
export function heures(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${m}`;
}
