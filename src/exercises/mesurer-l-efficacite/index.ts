/**
 * The randomized problems of chapter 10 « Mesurer l’efficacité », in the order of the series.
 * The static questions live in content/exercises/mesurer-l-efficacite.json (see registre.ts).
 * No Zod and no JSON here: the numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { tauxEtapeExercice } from './taux-etape.ts';
import { tauxGlobalExercice } from './taux-global.ts';
import { contactsAReboursExercice } from './contacts-a-rebours.ts';

/** Numeric problems of « Mesurer l’efficacité ». */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  tauxEtapeExercice,
  tauxGlobalExercice,
  contactsAReboursExercice,
];
