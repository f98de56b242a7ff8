/**
 * The randomized problems of chapter 6 « Sélectionner les prospects », in the order of the series.
 * The static questions live in content/exercises/selectionner-les-prospects.json (see registre.ts).
 * No Zod and no JSON here: the chapter's numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { notePondereeExercice } from './note-ponderee.ts';
import { scorePointsExercice } from './score-points.ts';
import { clientsAttendusExercice } from './clients-attendus.ts';
import { partCapteeExercice } from './part-captee.ts';

/** Numeric problems of the chapter. */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  notePondereeExercice,
  scorePointsExercice,
  clientsAttendusExercice,
  partCapteeExercice,
];
