import { expect } from 'vitest';
import { coutAcquisitionClient, coutUnitaire } from '@lib/marges/rentabilite.ts';
import { visitesParCommercial } from '@lib/planning/capacite.ts';
import { exercicesNumeriques } from '@exercises/methodes-et-moyens/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

/** Per exercise: recompute the expected answers from the statement's numbers, by hand and with src/lib. */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'methodes-et-moyens/cout-d-une-visite': (version) => {
    const { coutAnnuel, semaines, joursParSemaine, visitesParJour, trajet, rdv } = version.donnees;
    const visites = v(visitesParCommercial({ semaines, joursParSemaine, visitesParJour }));
    expect(attendu(version, 'visitesAn')).toBe(semaines * joursParSemaine * visitesParJour);
    expect(visites).toBe(attendu(version, 'visitesAn'));
    const cout = v(coutUnitaire({ coutTotal: coutAnnuel, nombre: visites })) + trajet;
    expect(attendu(version, 'coutVisite')).toBeCloseTo(cout, 9);
    expect(attendu(version, 'coutRdv')).toBeCloseTo(cout * rdv, 6);
  },
  'methodes-et-moyens/pour-mille': (version) => {
    const { envois, retours, commandes } = version.donnees;
    expect(attendu(version, 'tauxRetour')).toBeCloseTo(retours / envois, 12);
    expect(attendu(version, 'pourMille')).toBeCloseTo((commandes / envois) * 1000, 9);
    // Seed 003: returns between 0,5 and 3 % (up to rounding), fewer orders than returns.
    expect(retours / envois).toBeGreaterThanOrEqual(0.0045);
    expect(retours / envois).toBeLessThanOrEqual(0.031);
    expect(commandes).toBeLessThanOrEqual(retours);
  },
  'methodes-et-moyens/cout-par-client': (version) => {
    const { lettres, coutParLettre, coutsFixes, tauxRetour, tauxCommande } = version.donnees;
    const cout = coutsFixes + lettres * coutParLettre,
      clients = lettres * tauxRetour * tauxCommande;
    expect(attendu(version, 'coutTotal')).toBeCloseTo(cout, 6);
    expect(attendu(version, 'clients')).toBeCloseTo(clients, 9);
    expect(attendu(version, 'coutParClient')).toBeCloseTo(
      v(coutAcquisitionClient({ coutTotal: cout, nouveauxClients: clients })),
      6,
    );
    expect(tauxRetour).toBeGreaterThanOrEqual(0.005);
    expect(tauxRetour).toBeLessThanOrEqual(0.03);
  },
  'methodes-et-moyens/budget-en-clients': (version) => {
    const { budget, coutsFixes, coutParAppel, joints, rdv, commandes } = version.donnees;
    const appels = Math.floor((budget - coutsFixes) / coutParAppel + 1e-9);
    expect(attendu(version, 'appels')).toBe(appels);
    expect(coutsFixes + appels * coutParAppel).toBeLessThanOrEqual(budget);
    expect(coutsFixes + (appels + 1) * coutParAppel).toBeGreaterThan(budget);
    const clients = appels * joints * rdv * commandes;
    expect(attendu(version, 'clients')).toBeCloseTo(clients, 9);
    expect(attendu(version, 'coutParClient')).toBeCloseTo(
      (coutsFixes + appels * coutParAppel) / clients,
      6,
    );
  },
};

testerSerieNumerique({
  chapitre: 'methodes-et-moyens',
  exercicesNumeriques,
  recalcul: RECALCUL,
  minimum: 3,
  maxNombre: 100_000,
});
