/**
 * The randomized problems of chapter 1 « Pourquoi prospecter », in the order of the series.
 * The static questions live in content/exercises/pourquoi-prospecter.json (see registre.ts).
 * No Zod and no JSON here: the numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { nouveauxClientsAnExercice } from './nouveaux-clients-an.ts';
import { nouveauxClientsMoisExercice } from './nouveaux-clients-mois.ts';
import { dureeDeVieExercice } from './duree-de-vie.ts';

/** Numeric problems of « Pourquoi prospecter ». */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  nouveauxClientsAnExercice,
  nouveauxClientsMoisExercice,
  dureeDeVieExercice,
];
