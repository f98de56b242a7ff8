/**
 * The randomized problems of chapter 7 « Méthodes et moyens », in the order of the series.
 * The static questions live in content/exercises/methodes-et-moyens.json (see registre.ts).
 * No Zod and no JSON here: the chapter's numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { pourMilleExercice } from './pour-mille.ts';
import { coutParClientExercice } from './cout-par-client.ts';
import { budgetEnClientsExercice } from './budget-en-clients.ts';
import { coutDUneVisiteExercice } from './cout-d-une-visite.ts';

/** Numeric problems of « Méthodes et moyens ». */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  pourMilleExercice,
  coutDUneVisiteExercice,
  coutParClientExercice,
  budgetEnClientsExercice,
];
