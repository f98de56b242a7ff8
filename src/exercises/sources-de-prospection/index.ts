/**
 * The randomized problems of chapter « Les sources de prospection », in the order of the series.
 * The static questions live in content/exercises/sources-de-prospection.json (see registre.ts).
 * No Zod and no JSON here: the chapter's numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { partDuFichierExercice } from './part-du-fichier.ts';
import { tauxParSourceExercice } from './taux-par-source.ts';
import { coutParClientExercice } from './cout-par-client.ts';

/** Numeric problems of « Les sources de prospection ». */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  partDuFichierExercice,
  tauxParSourceExercice,
  coutParClientExercice,
];
