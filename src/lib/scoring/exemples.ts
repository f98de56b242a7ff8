/**
 * The default scoring grid of each sample company (chapter 6), the one the island starts from
 * and returns to with « Revenir à la grille par défaut ». Built the way the lesson builds one:
 * profil points for the sectors or professions where the company's best clients are (its
 * portfolio, chapter 2) and for the right size, engagement points per open, click and visit
 * (capped, so that a compulsive opener does not outrank a quote request), a quote request
 * worth most. No points for an objection: a person who objected is not scored at all (scoring.ts).
 * A file the learner imported gets the generic grid: its sectors are unknown here.
 */
import type { GrilleLue } from './grille.ts';
import type { CritereDeScoring } from './scoring.ts';

const ENGAGEMENT: readonly CritereDeScoring[] = [
  {
    id: 'ouvertures',
    nature: 'engagement',
    champ: 'ouvertures',
    pointsParOccurrence: 2,
    plafond: 10,
  },
  { id: 'clics', nature: 'engagement', champ: 'clics', pointsParOccurrence: 5, plafond: 20 },
  {
    id: 'visites',
    nature: 'engagement',
    champ: 'visitesSite',
    pointsParOccurrence: 3,
    plafond: 15,
  },
  { id: 'devis', nature: 'engagement', champ: 'demandeDevis', pointsParOccurrence: 30 },
];
const TAILLE: CritereDeScoring = {
  id: 'taille',
  nature: 'profil',
  champ: 'taille',
  valeurs: { PME: 10, ETI: 10 },
};
const SEUILS = { chaud: 60, tiede: 35 };

const PROFILS: Readonly<Record<string, readonly CritereDeScoring[]>> = {
  'emballages-casablanca': [
    {
      id: 'secteur',
      nature: 'profil',
      champ: 'secteur',
      valeurs: {
        agroalimentaire: 20,
        cosmétique: 20,
        pharmaceutique: 12,
        distribution: 6,
        'détergents et chimie': 6,
      },
    },
    TAILLE,
  ],
  'mobilier-lyon': [
    {
      id: 'secteur',
      nature: 'profil',
      champ: 'secteur',
      valeurs: {
        informatique: 20,
        'services aux entreprises': 20,
        santé: 14,
        'enseignement et formation': 14,
        immobilier: 8,
        indépendant: 8,
      },
    },
    TAILLE,
  ],
  'assurances-rabat': [
    {
      id: 'fonction',
      nature: 'profil',
      champ: 'fonction',
      valeurs: {
        Cadre: 20,
        Ingénieur: 20,
        Ingénieure: 20,
        'Profession libérale': 20,
        Fonctionnaire: 14,
        Enseignant: 14,
        Enseignante: 14,
        'Sans emploi': -10,
      },
    },
    { id: 'age', nature: 'profil', champ: 'age', tranches: [{ min: 30, max: 56, points: 8 }] },
  ],
};

/** The default grid of a company (a sample's own, or the generic one for any other id). */
export function grilleParDefaut({ entrepriseId }: { entrepriseId: string }): GrilleLue {
  return {
    criteres: [...(PROFILS[entrepriseId] ?? [TAILLE]), ...ENGAGEMENT],
    seuils: { ...SEUILS },
  };
}
