/**
 * Where chapter 8 starts for a sample company (issue 14): its capacity, and the year of its next
 * campaign. Apart from capacite.ts so that it ships only with the store that reads it
 * (planning-contexte.ts), not with every page that computes a capacity.
 */

import { joursDeProspectionParSemaine, tempsAdministratifParJour } from './planning.ts';
// A type only: erased from the build, so capacite-fiche.ts stays out of chapter 8's store chunk.
import type { ForceDeVenteCapacite } from './capacite-fiche.ts';

/** The figures of chapter 8's capacity, as a company's card and last campaign give them. */
export interface CapaciteDeDepart {
  semaines: number;
  /** Prospecting days a week: the card's share of prospecting time, to the half day. */
  joursParSemaine: number;
  heuresParJour: number;
  /** Admin minutes a working day: the card's hours a week spread over its days. */
  tempsAdministratif: number;
  dureeVisite: number;
  dureeTrajet: number;
  /** The rendez-vous the last campaign planned: the visits to make. */
  prospects: number;
  /** Proposals ÷ rendez-vous planned: the prospects seen a second time, to 5 points. */
  tauxSecondeVisite: number;
}

/**
 * Where chapter 8 starts for a company (issue 14): its own salesperson's week and the visits its
 * last campaign planned, not the lesson's example (the learner's own file, with no card, keeps
 * the lesson's).
 */
export function capaciteDeDepart({
  forceDeVente: f,
  rdvPrevus,
  propositionsPrevues,
}: {
  forceDeVente: ForceDeVenteCapacite;
  rdvPrevus: number;
  propositionsPrevues: number;
}): CapaciteDeDepart {
  return {
    semaines: f.semainesParAn,
    joursParSemaine: joursDeProspectionParSemaine(f),
    heuresParJour: f.heuresParJour,
    tempsAdministratif: tempsAdministratifParJour(f),
    dureeVisite: f.dureeVisiteMinutes,
    dureeTrajet: f.trajetMoyenMinutes,
    prospects: rdvPrevus,
    tauxSecondeVisite: Math.round((propositionsPrevues / rdvPrevus) * 20) / 20,
  };
}

/**
 * The year of a company's next campaign: the first time its campaign month comes round from the
 * reference date on (a campaign starting this very month is this year's). `reference` is an ISO
 * date (aaaa-mm-jj), `moisDebut` 1–12.
 */
export function anneeDeLaProchaineCampagne({
  reference,
  moisDebut,
}: {
  reference: string;
  moisDebut: number;
}): number {
  const annee = Number(reference.slice(0, 4)),
    mois = Number(reference.slice(5, 7));
  return moisDebut >= mois ? annee : annee + 1;
}
