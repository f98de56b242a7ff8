/**
 * The randomized problems of chapter 3 « Connaître sa cible », in the order of the series: the
 * chapter's only figures are engagement counts and rates (src/lib/cible/engagement.ts).
 * The static questions live in content/exercises/connaitre-sa-cible.json (see registre.ts).
 * No Zod and no JSON here: the chapter's numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { tauxEngagementExercice } from './taux-engagement.ts';
import { triReponsesExercice } from './tri-reponses.ts';
import { destinatairesNecessairesExercice } from './destinataires-necessaires.ts';

/** Numeric problems of « Connaître sa cible ». */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  tauxEngagementExercice,
  triReponsesExercice,
  destinatairesNecessairesExercice,
];
