/**
 * Every analysis of the dossier, in the order of its outline, recomputed from scratch after each
 * edit: a typical dossier is a few dozen numbers, so recomputing all is cheaper and simpler than
 * tracking what changed (measured in tests/bench/dossier.bench.ts, well under a frame).
 */
import type { Analyse } from './analyse.ts';
import { contexteDe } from './contexte.ts';
import type { Dossier } from './modele.ts';
import { analyseEvolution, analyseRepartition } from './analyses-portefeuille.ts';
import { analyseABCClients, analyseRFM } from './analyses-clients.ts';
import { analyseMarges, analysePanier, analyseValeurClient } from './analyses-valeur.ts';
import { analyseBudgetMethode, analyseObjectifs } from './analyses-mission.ts';
import { analyseBase, analyseTemps } from './analyses-preparation.ts';
import {
  analyseEntonnoir,
  analyseRentabilite,
  analyseTableauDeBord,
} from './analyses-resultats.ts';

/** The ids of the analyses, in the dossier's order. */
export const IDS_ANALYSES = [
  'evolution-ca',
  'repartition-ca',
  'abc-clients',
  'rfm',
  'panier-moyen',
  'taux-de-marque',
  'valeur-client',
  'objectifs',
  'budget',
  'qualite-base',
  'temps',
  'entonnoir',
  'tableau-de-bord',
  'rentabilite',
] as const;

/** All the analyses of a dossier, keyed by id (each computed, incomplete or in error). */
export function analyserDossier({
  dossier,
}: {
  dossier: Dossier;
}): Record<(typeof IDS_ANALYSES)[number], Analyse> {
  const contexte = contexteDe({ dossier });
  const p = { dossier, contexte };
  return {
    'evolution-ca': analyseEvolution(p),
    'repartition-ca': analyseRepartition(p),
    'abc-clients': analyseABCClients(p),
    rfm: analyseRFM(p),
    'panier-moyen': analysePanier(p),
    'taux-de-marque': analyseMarges(p),
    'valeur-client': analyseValeurClient(p),
    objectifs: analyseObjectifs(p),
    budget: analyseBudgetMethode(p),
    'qualite-base': analyseBase(p),
    temps: analyseTemps(p),
    entonnoir: analyseEntonnoir(p),
    'tableau-de-bord': analyseTableauDeBord(p),
    rentabilite: analyseRentabilite(p),
  };
}

/** The interpretation to print: the learner's own text (empty until they write one). */
export function interpretationDe({
  dossier,
  analyse,
}: {
  dossier: Dossier;
  analyse: Analyse;
}): string {
  const propre = dossier.interpretations[analyse.id];
  return propre !== undefined && propre.trim() !== '' ? propre : '';
}
