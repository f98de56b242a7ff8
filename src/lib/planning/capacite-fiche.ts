/**
 * A sample company's visit capacity as chapter 8 computes it from its card, for everything that is
 * not chapter 8 itself: the dataset generator (the card's `visitesParJour`), the dossier example
 * and the lessons' <Chiffre>. One rule: prospecting days a week = working days × share of time
 * spent prospecting, to the half day; visits a day = the day's minutes, less the admin time,
 * ÷ (visit + travel), rounded down — the helpers of planning.ts that capaciteDeDepart (chapter 8's
 * start) uses too. Not through capacite-depart.ts: shared with the dossier, that module would
 * leave chapter 8's store chunk for a chunk of its own (+0,18 Ko on the page, measured).
 */
import {
  capaciteDeVisites,
  joursDeProspectionParSemaine,
  tempsAdministratifParJour,
} from './planning.ts';
import type { Resultat } from '../commun/resultat.ts';
import { ok } from '../commun/resultat.ts';

/** The card's figures the capacity is computed from (entreprise.json `forceDeVente`). */
export interface ForceDeVenteCapacite {
  semainesParAn: number;
  joursParSemaine: number;
  partTempsProspection: number;
  heuresParJour: number;
  dureeVisiteMinutes: number;
  trajetMoyenMinutes: number;
  tempsAdministratifHeuresParSemaine: number;
}

/** Prospecting days a week exactly, to the half day as chapter 8 starts, and visits a day. */
export interface CapaciteDeLaFiche {
  joursParSemaineExacts: number;
  joursParSemaine: number;
  visitesParJour: number;
}

/** Chapter 8's starting capacity of a salesperson of the company (see the module comment). */
export function capaciteDeLaFiche({
  forceDeVente,
}: {
  forceDeVente: ForceDeVenteCapacite;
}): Resultat<CapaciteDeLaFiche> {
  const c = capaciteDeVisites({
    minutesParJour: forceDeVente.heuresParJour * 60,
    dureeVisite: forceDeVente.dureeVisiteMinutes,
    dureeTrajet: forceDeVente.trajetMoyenMinutes,
    tempsAdministratif: tempsAdministratifParJour(forceDeVente),
    jours: 1,
  });
  if (!c.ok) return c;
  return ok({
    joursParSemaineExacts: forceDeVente.joursParSemaine * forceDeVente.partTempsProspection,
    joursParSemaine: joursDeProspectionParSemaine(forceDeVente),
    visitesParJour: c.valeur.visitesParJour,
  });
}
