/**
 * The randomized problems of chapter 11 « Mesurer la rentabilité », in the order of the series.
 * The static questions live in content/exercises/mesurer-la-rentabilite.json (see registre.ts).
 * No Zod and no JSON here: the numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { tauxDeRealisationExercice } from './taux-de-realisation.ts';
import { resultatRoiExercice } from './resultat-roi.ts';
import { clientsRentabiliserExercice } from './clients-rentabiliser.ts';

/** Numeric problems of « Mesurer la rentabilité ». */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  tauxDeRealisationExercice,
  resultatRoiExercice,
  clientsRentabiliserExercice,
];
