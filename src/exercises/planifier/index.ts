/**
 * The randomized problems of chapter 8 « Planifier », in the order of the series. The static
 * questions live in content/exercises/planifier.json (see registre.ts).
 * No Zod and no JSON here: the numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { visitesParJourExercice } from './visites-par-jour.ts';
import { visitesParAnExercice } from './visites-par-an.ts';
import { commerciauxExercice } from './commerciaux.ts';

/** Numeric problems of « Planifier ». */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  visitesParJourExercice,
  visitesParAnExercice,
  commerciauxExercice,
];
